import { position, reconcile } from '../meldcode/engine';
import type { Kader } from '../meldcode/types';
import type { Case, KaderRecord } from './types';

/**
 * A case whose afwegingskader record fits the kader of its pack: the longest part of the walk
 * the kader allows (reconcile), answer times only for the answers kept, and an outcome only when
 * the kept walk ends there. `dropped` counts the answers left out, so the UI can say so. Records
 * come from files and older versions: none of them may make opening a case throw.
 */
export function fitCase(c: Case, kader: Kader): { fitted: Case; dropped: number } {
  const state = reconcile(kader, c.kader.state);
  const dropped = c.kader.state.moves.length - state.moves.length;
  const pos = position(kader, state);
  const answeredAt: Record<string, string> = {};
  for (const move of state.moves) if (Object.hasOwn(c.kader.answeredAt, move.node)) answeredAt[move.node] = c.kader.answeredAt[move.node]!;
  const record: KaderRecord = { ...c.kader, state, answeredAt };
  const node = kader.nodes[pos.current];
  delete record.outcome;
  if (pos.finished && node?.type === 'outcome') {
    const kept = c.kader.outcome?.node === pos.current ? c.kader.outcome : undefined;
    const last = state.moves[state.moves.length - 1];
    record.outcome = { node: pos.current, code: node.code, meldnormen: pos.meldnormen, at: kept?.at ?? (last ? answeredAt[last.node] ?? '' : '') };
  }
  return { fitted: { ...c, kader: record }, dropped };
}
