import type { LocalizedPack } from '../content/schema';
import type { Position } from '../meldcode/types';
import { href } from '../routes';
import { nodeHref, positionHref } from '../ui/kader-href';

/** Where 'back' leads from a node: the node before it on the path, or the kader's step. `node`
 * names a waypoint for the history entry, which its address does not. */
export function backLink(pack: LocalizedPack, pos: Position, node: string): { href: string; node?: string } {
  const index = pos.path.indexOf(node);
  const previous = index > 0 ? pos.path[index - 1] : undefined;
  return previous ? { href: nodeHref(pack, previous), node: previous } : { href: href({ name: 'step', pack: pack.id, step: pack.kaderStep }) };
}

/** Where "Volgende" leads from a question answered as before: the node after it on the path,
 * so going back to look at an answer and on again keeps the rest of the walk. */
export function onwardLink(pack: LocalizedPack, pos: Position, node: string): { href: string; node?: string } {
  const after = pos.path[pos.path.indexOf(node) + 1];
  if (!after || (after === pos.current && pos.finished)) return { href: positionHref(pack, pos) };
  return { href: nodeHref(pack, after), node: after };
}

/** Which waypoint the neutral address shows: the one the history entry names, if the walk passed
 * it; else the last one the walk passed (an address typed or opened in a new tab). */
export function waypointShown(pack: LocalizedPack, pos: Position, named: unknown): string | undefined {
  const passed = pos.path.filter((id) => { const n = pack.kader.nodes[id]; return n?.type === 'outcome' && n.next; });
  return typeof named === 'string' && passed.includes(named) ? named : passed[passed.length - 1];
}
