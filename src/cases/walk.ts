import { initialState, reconcile } from '../meldcode/engine';
import type { Kader, KaderState, Position } from '../meldcode/types';
import type { StepNumber } from '../meldcode/types';
import { withStep } from './edit';
import type { Case } from './types';

/** What a screen shows of a case's walk through one pack: the kader answers (with when each was
 * given) and the steps marked done. */
export interface Walk {
  kader: KaderState;
  done: StepNumber[];
  answeredAt: Record<string, string>;
}

/** The walk of a case: the part of its stored answers that fits the pack (reconcile), so no
 * stored walk (an older file, a changed pack) can make a screen throw. The stored answers stay
 * as they are until the user answers again; PackRoutes says how many are not shown. */
export function caseWalk(pack: { kader: Kader }, c: Case): Walk {
  return { kader: reconcile(pack.kader, c.kader.state), done: c.done, answeredAt: c.kader.answeredAt };
}

/** Steps done: those marked by the user, plus the kader's step once the kader has an outcome. */
export function doneSteps(pack: { kaderStep: StepNumber }, walk: Walk, pos: Position): StepNumber[] {
  return pos.finished ? withStep(walk.done, pack.kaderStep) : walk.done;
}

/** What a pack's screens show before anything was answered. */
export const emptyWalk = (pack: { kader: Kader }): Walk => ({ kader: initialState(pack.kader), done: [], answeredAt: {} });

/** The walk without a case: a case of its own, kept in the memory repository only (one per pack),
 * so the screens and the engine treat it like any case and nothing of it is ever stored. Made by
 * walkCase (new-case.ts). */
export const walkCaseId = (packId: string) => `walk:${packId}`;
