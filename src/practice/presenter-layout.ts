import type { Kader, NodeId } from '../meldcode/types';

/**
 * Where the overview picture puts each node of a pack's afwegingskader: a column per step from
 * the start (breadth first, over answers, waypoints and exits), questions on the top row and
 * outcomes below them. Drawn from the pack's graph, so a pack that changes the kader gets its
 * own picture.
 */

export const BOX = { width: 200, height: 96, gapX: 56, gapY: 48 } as const;

export interface Placed {
  id: NodeId;
  x: number;
  y: number;
  question: boolean;
}

export interface Layout {
  nodes: Record<NodeId, Placed>;
  edges: { from: NodeId; to: NodeId }[];
  width: number;
  height: number;
}

function targets(kader: Kader, id: NodeId): NodeId[] {
  const node = kader.nodes[id]!;
  const out = node.type === 'question' ? node.answers.map((a) => a.next) : node.next ? [node.next] : [];
  return [...new Set([...out, ...(node.exits ?? []).map((e) => e.next)])].filter((to) => Object.hasOwn(kader.nodes, to));
}

export function layoutKader(kader: Kader): Layout {
  const depth = new Map<NodeId, number>([[kader.start, 0]]);
  const queue = [kader.start];
  const edges: Layout['edges'] = [];
  while (queue.length) {
    const id = queue.shift()!;
    for (const to of targets(kader, id)) {
      edges.push({ from: id, to });
      if (!depth.has(to)) {
        depth.set(to, depth.get(id)! + 1);
        queue.push(to);
      }
    }
  }
  const columns: NodeId[][] = [];
  for (const [id, d] of depth) (columns[d] ??= []).push(id);
  const nodes: Record<NodeId, Placed> = {};
  let rows = 1;
  columns.forEach((ids, column) => {
    const questions = ids.filter((id) => kader.nodes[id]!.type === 'question');
    const outcomes = ids.filter((id) => kader.nodes[id]!.type !== 'question');
    // Questions keep the top row, so the five afwegingen read left to right.
    const ordered: (NodeId | undefined)[] = [questions[0], ...outcomes, ...questions.slice(1)];
    ordered.forEach((id, row) => {
      if (!id) return;
      rows = Math.max(rows, row + 1);
      nodes[id] = { id, x: column * (BOX.width + BOX.gapX), y: row * (BOX.height + BOX.gapY), question: kader.nodes[id]!.type === 'question' };
    });
  });
  return {
    nodes,
    edges,
    width: columns.length * (BOX.width + BOX.gapX) - BOX.gapX,
    height: rows * (BOX.height + BOX.gapY) - BOX.gapY,
  };
}

/** Consecutive pairs of a path: the edges it walks. */
export const pathEdges = (path: NodeId[]) => path.slice(1).map((to, i) => ({ from: path[i]!, to }));

/** Splits a label into lines of at most `max` characters, at spaces (a long word keeps its line). */
export function wrapLabel(text: string, max = 20): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}
