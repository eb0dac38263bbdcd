import { STEP_NUMBERS } from '../content/schema';
import type { Position, StepNumber } from '../meldcode/types';
import type { Case } from './types';

// Its own module, not walk.ts: walk.ts is in the shell, and only the (lazy) step screen needs this.
/** Steps begun but not done, which the stepper shows as "bezig": notes or ticks, the step's own
 * fields (overleg, gesprek, beslissingen), or answers in the afwegingskader on its step. */
export function startedSteps(pack: { kaderStep: StepNumber }, c: Case | null, done: StepNumber[], pos: Position): StepNumber[] {
  const work = (n: StepNumber) => !!c && (
    c.steps[n].notes.trim() !== '' || c.steps[n].checked.length > 0
    || (n === 2 && c.consultations.length > 0)
    || (n === 3 && c.conversation.held !== '')
    || (n === 5 && Object.values(c.decisions).some((v) => v.trim() !== ''))
    || (n === pack.kaderStep && c.kader.reason.trim() !== ''));
  return STEP_NUMBERS.filter((n) => !done.includes(n) && (work(n) || (n === pack.kaderStep && pos.path.length > 1)));
}
