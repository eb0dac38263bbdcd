import { STEP_NUMBERS } from '../content/schema';
import type { Position, StepNumber } from '../meldcode/types';
import { startedSteps } from './progress';
import type { Case } from './types';

// Pure, for the case overview (a lazy pack screen): the stepper's own rules, as a task list.

/** A task's state in the GOV.UK task list: *Niet begonnen / Bezig / Klaar*. */
export type TaskStatus = 'todo' | 'busy' | 'done';

export interface CaseTasks {
  steps: Record<StepNumber, TaskStatus>;
  /** The afwegingskader: done once it has an outcome, begun with an answer or the reasoning. */
  kader: TaskStatus;
}

/** The state of each step and of the afwegingskader, by the same rules as the stepper: a step
 * is done when marked done (the kader's step when the kader has an outcome), begun with notes,
 * ticks, its own fields or answers (startedSteps). */
export function caseTasks(pack: { kaderStep: StepNumber }, c: Case, done: StepNumber[], pos: Position): CaseTasks {
  const started = startedSteps(pack, c, done, pos);
  const steps = Object.fromEntries(STEP_NUMBERS.map((n) => [n, done.includes(n) ? 'done' : started.includes(n) ? 'busy' : 'todo'])) as Record<StepNumber, TaskStatus>;
  const kader: TaskStatus = pos.finished ? 'done' : pos.path.length > 1 || c.kader.reason.trim() !== '' ? 'busy' : 'todo';
  return { steps, kader };
}
