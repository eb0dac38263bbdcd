import { initialState, next, reconcile } from '../meldcode/engine';
import type { Graph, KaderEvent, KaderState } from '../meldcode/types';
import type { Case } from './types';

/** The case's walk of a route, cut to what fits the route as it is now (a route's walk may change
 * with its version, like the afwegingskader), or a fresh one. */
export function routeWalkState(c: Case | null, routeId: string, walk: Graph): KaderState {
  const stored = c?.routes?.[routeId]?.state;
  return stored ? reconcile(walk, stored) : initialState(walk);
}

/** One answer (or going back, or starting again) in a route's walk, recorded in the case with the
 * time of each answer. The same answer again keeps the case as it is. */
export function applyRouteEvent(c: Case, routeId: string, walk: Graph, event: KaderEvent, now: string): Case {
  const before = routeWalkState(c, routeId, walk);
  const state = next(walk, before, event);
  if (state === before && c.routes?.[routeId]) return c;
  const answeredAt = { ...c.routes?.[routeId]?.answeredAt };
  if (event.type === 'answer') answeredAt[event.node] = now;
  // Times of answers the new walk no longer has go with them.
  for (const node of Object.keys(answeredAt)) if (!state.moves.some((m) => m.node === node)) delete answeredAt[node];
  return { ...c, routes: { ...c.routes, [routeId]: { state, answeredAt } } };
}
