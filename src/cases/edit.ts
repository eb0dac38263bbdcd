import type { StepNumber } from '../content/schema';
import { next, position, reconcile } from '../meldcode/engine';
import type { Kader, KaderEvent, KaderState } from '../meldcode/types';

/** What these edits need of a pack: its kader (so any pack format will do). */
type WithKader = { kader: Kader };
import type { Case } from './types';


// Small immutable edits: each returns a new Case and leaves the old one untouched, so the
// autosave can compare, retry or keep both versions after a conflict.

export function applyKaderEvent(c: Case, pack: WithKader, event: KaderEvent, now: string): Case {
  // From the walk as shown: a stored walk that does not fit the pack loses its unfit answers here.
  const before = reconcile(pack.kader, c.kader.state);
  const state = next(pack.kader, before, event);
  // The same answer again changes nothing, not even when it was given.
  if (state === before) return c;
  const answeredAt = { ...c.kader.answeredAt };
  if (event.type === 'answer' || event.type === 'continue') answeredAt[event.node] = now;
  return withKaderState(c, pack, state, answeredAt, now);
}

/** The case with this walk: a time for every move (kept where known), and the outcome once the
 * walk has ended (its time kept when the outcome did not change). */
function withKaderState(c: Case, pack: WithKader, state: KaderState, times: Record<string, string>, now: string): Case {
  const pos = position(pack.kader, state);
  const answeredAt: Record<string, string> = {};
  for (const move of state.moves) answeredAt[move.node] = times[move.node] ?? now;
  const node = pack.kader.nodes[pos.current];
  const outcome = pos.finished && node?.type === 'outcome'
    ? { node: pos.current, code: node.code, meldnormen: pos.meldnormen, at: c.kader.outcome?.node === pos.current ? c.kader.outcome.at : now }
    : undefined;
  const kader = { ...c.kader, state, answeredAt };
  if (outcome) kader.outcome = outcome;
  else delete kader.outcome;
  return { ...c, kader };
}

/** A new case takes over what was done before it existed: the answers (with their times) and
 * the steps marked done, so creating a case never drops work. */
export function carryWalk(c: Case, pack: WithKader, walk: { kader: KaderState; done: StepNumber[]; answeredAt: Record<string, string> }, now: string): Case {
  return { ...withKaderState(c, pack, walk.kader, walk.answeredAt, now), done: walk.done };
}

/** The steps done, with `step` added once and kept in order. */
export function withStep(done: StepNumber[], step: StepNumber): StepNumber[] {
  return done.includes(step) ? done : ([...done, step].sort() as StepNumber[]);
}

export function markDone(c: Case, step: StepNumber): Case {
  const done = withStep(c.done, step);
  return done === c.done ? c : { ...c, done };
}
