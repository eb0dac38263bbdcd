import type { Kader, Position } from '../meldcode/types';
import { href, WAYPOINT } from '../routes';

type PackRef = { id: string; kader: Kader };

/** A node's address: a question's own, or the neutral one every waypoint shares. */
export function nodeHref(pack: PackRef, node: string): string {
  const waypoint = pack.kader.nodes[node]?.type === 'outcome';
  return href({ name: 'kader', pack: pack.id, node: waypoint ? WAYPOINT : node });
}

/** Where the walk should be shown: the current question or waypoint, or the outcome. */
export function positionHref(pack: PackRef, pos: Position): string {
  return pos.finished ? href({ name: 'outcome', pack: pack.id }) : nodeHref(pack, pos.current);
}
