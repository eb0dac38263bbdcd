import { STEP_NUMBERS, type StepNumber } from '../meldcode/types';
import type { Case, StepRecord } from './types';

/** An empty case at revision 1, made without the storage code (so the walk without a case can
 * start before that has loaded). The same as storage's newCase: a test holds them together. */
export function blankCase({ id, label, packId, packVersion, now }: { id: string; label: string; packId: string; packVersion: string; now: string }): Case {
  return {
    id, label, packId, packVersion, createdAt: now, updatedAt: now, revision: 1, status: 'open', followUp: '', done: [],
    steps: Object.fromEntries(STEP_NUMBERS.map((n): [StepNumber, StepRecord] => [n, { notes: '', checked: [] }])) as Record<StepNumber, StepRecord>,
    consultations: [],
    conversation: { held: '', date: '', notes: '', skipReason: '' },
    kader: { state: { start: '', moves: [] }, answeredAt: {}, reason: '' },
    decisions: { melden: '', meldDate: '', hulp: '', hulpWhat: '', notes: '', meldAt: '', meldTo: '' },
    routes: {},
  };
}
