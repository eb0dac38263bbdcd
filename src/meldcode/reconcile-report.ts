import { reconcile } from './engine';
import type { Kader, KaderState, Move } from './types';

/**
 * What reconcile keeps of a stored walk, and what it leaves out: the moves from the first one that
 * does not fit this kader (a renamed node or answer, an old file), or every move when the walk
 * cannot start where it says. Screens use it to name the questions to answer again. Apart from
 * engine.ts, which ships in the initial JavaScript; only the pack screens need this.
 */
export function reconcileReport(kader: Kader, state: KaderState): { state: KaderState; dropped: Move[] } {
  const kept = reconcile(kader, state);
  return { state: kept, dropped: kept === state ? [] : state.moves.slice(kept.moves.length) };
}
