import { withStep } from '../cases/edit';
import type { CompiledPack, StepNumber } from '../content/schema';
import { initialState, next } from '../meldcode/engine';
import type { KaderEvent, KaderState, Position } from '../meldcode/types';
import { href } from './routes';

/** A walk through one pack in this session: the kader answers (with when each was given, so a
 * case created later can take them over) and the steps marked done. */
export interface Walk {
  kader: KaderState;
  done: StepNumber[];
  answeredAt: Record<string, string>;
}

export function emptyWalk(pack: CompiledPack): Walk {
  return { kader: initialState(pack.kader), done: [], answeredAt: {} };
}

export function markDone(walk: Walk, step: StepNumber): Walk {
  const done = withStep(walk.done, step);
  return done === walk.done ? walk : { ...walk, done };
}

export function applyEvent(pack: CompiledPack, walk: Walk, event: KaderEvent, now = new Date().toISOString()): Walk {
  const answeredAt = event.type === 'answer' || event.type === 'continue' ? { ...walk.answeredAt, [event.node]: now } : walk.answeredAt;
  return { ...walk, kader: next(pack.kader, walk.kader, event), answeredAt };
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

