import { reconcile } from '../meldcode/engine';
import type { Kader, KaderState, Position } from '../meldcode/types';
import type { StepNumber } from '../meldcode/types';
import { blankCase } from './blank';
import { carryWalk, withStep } from './edit';
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

/** The walk without a case: a case of its own, kept in the memory repository only (one per pack),
 * so the screens and the engine treat it like any case and nothing of it is ever stored. */
export const walkCaseId = (packId: string) => `walk:${packId}`;

export function walkCase(pack: { id: string; version: string; kader: Kader }, now = new Date().toISOString()): Case {
  const c = blankCase({ id: walkCaseId(pack.id), label: '', packId: pack.id, packVersion: pack.version, now });
  return { ...c, kader: { ...c.kader, state: { start: pack.kader.start, moves: [] } } };
}

/** A new case that takes over what was done before it existed (the walk without a case): the
 * answers with their times and the steps marked done, so creating a case never drops work. */
export function newCaseFrom(input: { id: string; label: string; now: string }, pack: { id: string; version: string; kader: Kader }, before?: Case): Case {
  const blank = blankCase({ ...input, packId: pack.id, packVersion: pack.version });
  return before ? carryWalk(blank, pack, caseWalk(pack, before), input.now) : blank;
}
