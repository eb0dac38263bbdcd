import { withStep } from '../cases/edit';
import type { LocalizedPack, StepNumber } from '../content/schema';
import { initialState, next, reconcile } from '../meldcode/engine';
import type { Case } from '../cases/types';
import type { KaderEvent, KaderState, Position } from '../meldcode/types';
import { href, WAYPOINT } from '../routes';

/** A walk through one pack in this session: the kader answers (with when each was given, so a
 * case created later can take them over) and the steps marked done. */
export interface Walk {
  kader: KaderState;
  done: StepNumber[];
  answeredAt: Record<string, string>;
}

export function emptyWalk(pack: LocalizedPack): Walk {
  return { kader: initialState(pack.kader), done: [], answeredAt: {} };
}

/** The walk of an open case: the part of its stored answers that fits the pack (reconcile), so
 * no stored walk (an older file, a changed pack) can make a screen throw. The stored answers stay
 * as they are until the user answers again; PackRoutes says how many are not shown. */
export function caseWalk(pack: LocalizedPack, c: Case): Walk {
  return { kader: reconcile(pack.kader, c.kader.state), done: c.done, answeredAt: c.kader.answeredAt };
}

export function markDone(walk: Walk, step: StepNumber): Walk {
  const done = withStep(walk.done, step);
  return done === walk.done ? walk : { ...walk, done };
}

export function applyEvent(pack: LocalizedPack, walk: Walk, event: KaderEvent, now = new Date().toISOString()): Walk {
  const answeredAt = event.type === 'answer' || event.type === 'continue' ? { ...walk.answeredAt, [event.node]: now } : walk.answeredAt;
  return { ...walk, kader: next(pack.kader, walk.kader, event), answeredAt };
}

/** A node's address: a question's own, or the neutral one every waypoint shares. */
export function nodeHref(pack: LocalizedPack, node: string): string {
  const waypoint = pack.kader.nodes[node]?.type === 'outcome';
  return href({ name: 'kader', pack: pack.id, node: waypoint ? WAYPOINT : node });
}

/** Where the walk should be shown: the current question or waypoint, or the outcome. */
export function positionHref(pack: LocalizedPack, pos: Position): string {
  return pos.finished ? href({ name: 'outcome', pack: pack.id }) : nodeHref(pack, pos.current);
}

/** Steps done: those marked by the user, plus the kader's step once the kader has an outcome. */
export function doneSteps(pack: LocalizedPack, walk: Walk, pos: Position): StepNumber[] {
  return pos.finished ? withStep(walk.done, pack.kaderStep) : walk.done;
}

