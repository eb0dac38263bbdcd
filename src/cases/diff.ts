import { STEP_NUMBERS, type StepNumber } from '../content/schema';
import type { Case } from './types';

/** What two versions of one case say differently, field by field, as short plain texts: the
 * conflict dialog shows both sides, so the user sees what each choice keeps. */
export type DiffField = 'label' | 'status' | 'followUp' | 'notes' | 'consultations' | 'conversation' | 'kader' | 'reason' | 'decisions';

export interface CaseDifference {
  field: DiffField;
  step?: StepNumber;
  mine: string;
  theirs: string;
}

const MAX = 280;
const short = (text: string) => (text.length > MAX ? `${text.slice(0, MAX)}…` : text);

function views(c: Case, day: (date: string) => string): { field: DiffField; step?: StepNumber; text: string }[] {
  const date = (d: string) => d && day(d);
  return [
    { field: 'label', text: c.label },
    { field: 'status', text: c.status },
    { field: 'followUp', text: date(c.followUp) },
    ...STEP_NUMBERS.map((step) => ({ field: 'notes' as const, step, text: c.steps[step].notes })),
    { field: 'consultations', text: c.consultations.map((k) => [[date(k.date), k.time].filter(Boolean).join(' '), k.advice].filter(Boolean).join(': ')).join(' | ') },
    { field: 'conversation', text: [date(c.conversation.date), c.conversation.notes, c.conversation.skipReason].filter(Boolean).join(' — ') },
    { field: 'kader', text: c.kader.state.moves.map((m) => (m.answer ? `${m.node}: ${m.answer}` : m.node)).join(', ') },
    { field: 'reason', text: c.kader.reason },
    { field: 'decisions', text: [c.decisions.melden, date(c.decisions.meldDate), c.decisions.hulp, c.decisions.hulpWhat, c.decisions.notes, c.decisions.meldAt, c.decisions.meldTo].filter(Boolean).join(' — ') },
  ];
}

/** `formatDate` writes a calendar date (YYYY-MM-DD) in words; the raw value without it. */
export function differences(mine: Case, theirs: Case, formatDate = (date: string) => date): CaseDifference[] {
  const other = views(theirs, formatDate);
  return views(mine, formatDate).flatMap((v, i) => {
    const o = other[i]!;
    return v.text === o.text ? [] : [{ field: v.field, ...(v.step ? { step: v.step } : {}), mine: short(v.text), theirs: short(o.text) }];
  });
}
