import { withStep } from '../cases/edit';
import type { CompiledPack, StepNumber } from '../content/schema';
import { initialState, next, reconcile } from '../meldcode/engine';
import type { Case } from '../cases/types';
import type { KaderEvent, KaderState, Position } from '../meldcode/types';
import { href } from './routes';

/** A walk through one pack in this session: the kader answers and the steps marked done. */
export interface Walk {
  kader: KaderState;
  done: StepNumber[];
}

export function emptyWalk(pack: CompiledPack): Walk {
  return { kader: initialState(pack.kader), done: [] };
}

/** The walk of an open case: the part of its stored answers that fits the pack (reconcile), so
 * no stored walk (an older file, a changed pack) can make a screen throw. The stored answers stay
 * as they are until the user answers again; PackRoutes says how many are not shown. */
export function caseWalk(pack: CompiledPack, c: Case): Walk {
  return { kader: reconcile(pack.kader, c.kader.state), done: c.done };
}

export function markDone(walk: Walk, step: StepNumber): Walk {
  const done = withStep(walk.done, step);
  return done === walk.done ? walk : { ...walk, done };
}

export function applyEvent(pack: CompiledPack, walk: Walk, event: KaderEvent): Walk {
  return { ...walk, kader: next(pack.kader, walk.kader, event) };
}

/** Where the walk should be shown: the current question or waypoint, or the outcome. */
export function positionHref(pack: CompiledPack, pos: Position): string {
  return pos.finished ? href({ name: 'outcome', pack: pack.id }) : href({ name: 'kader', pack: pack.id, node: pos.current });
}

/** Where 'back' leads from a node: the node before it on the path, or the kader's step. */
export function backHref(pack: CompiledPack, pos: Position, node: string): string {
  const index = pos.path.indexOf(node);
  const previous = index > 0 ? pos.path[index - 1] : undefined;
  return previous ? href({ name: 'kader', pack: pack.id, node: previous }) : href({ name: 'step', pack: pack.id, step: pack.kaderStep });
}

/** Steps done: those marked by the user, plus the kader's step once the kader has an outcome. */
export function doneSteps(pack: CompiledPack, walk: Walk, pos: Position): StepNumber[] {
  return pos.finished ? withStep(walk.done, pack.kaderStep) : walk.done;
}

