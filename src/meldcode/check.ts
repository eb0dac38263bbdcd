import type { Graph, NodeId } from './types';

export type ProblemCode =
  | 'missing-start'
  | 'dangling-edge'
  | 'unreachable'
  | 'cycle'
  | 'no-answers'
  | 'duplicate-answer'
  | 'no-outcome';

/** A structural fault in a kader. `at` is a dotted field path inside the kader, so the
 * content validator can point an author at the exact line to fix. */
export interface KaderProblem {
  code: ProblemCode;
  at: string;
  node?: NodeId;
  target?: NodeId;
}

function edges(kader: Graph, id: NodeId): { at: string; target: NodeId }[] {
  const node = kader.nodes[id];
  if (!node) return [];
  const exits = (node.exits ?? []).map((e, i) => ({ at: `nodes.${id}.exits.${i}.next`, target: e.next }));
  if (node.type === 'question') {
    return [...(node.answers ?? []).map((a, i) => ({ at: `nodes.${id}.answers.${i}.next`, target: a.next })), ...exits];
  }
  return [...(node.next ? [{ at: `nodes.${id}.next`, target: node.next }] : []), ...exits];
}

/** Every fault that would let a walk dangle, loop, or end without an outcome. */
export function checkKader(kader: Graph): KaderProblem[] {
  const problems: KaderProblem[] = [];
  if (!kader.nodes[kader.start]) problems.push({ code: 'missing-start', at: 'start', target: kader.start });

  for (const [id, node] of Object.entries(kader.nodes)) {
    if (node.type === 'question') {
      if ((node.answers ?? []).length < 2) problems.push({ code: 'no-answers', at: `nodes.${id}.answers`, node: id });
    }
    // An exit is recorded as an answer, so its id must not be one of the answers' ids.
    const seen = new Set<string>();
    const choices = [...(node.type === 'question' ? (node.answers ?? []).map((a, i) => ({ id: a.id, at: `answers.${i}` })) : []), ...(node.exits ?? []).map((e, i) => ({ id: e.id, at: `exits.${i}` }))];
    for (const choice of choices) {
      if (seen.has(choice.id)) problems.push({ code: 'duplicate-answer', at: `nodes.${id}.${choice.at}.id`, node: id });
      seen.add(choice.id);
    }
    for (const edge of edges(kader, id)) {
      if (!kader.nodes[edge.target]) problems.push({ code: 'dangling-edge', at: edge.at, node: id, target: edge.target });
    }
  }

  // Depth-first walk from the start: grey nodes are on the stack, so meeting one again is a cycle.
  const colour = new Map<NodeId, 'grey' | 'black'>();
  const visit = (id: NodeId) => {
    colour.set(id, 'grey');
    const out = edges(kader, id).filter((e) => kader.nodes[e.target]);
    const node = kader.nodes[id];
    if (node?.type === 'question' && (node.answers ?? []).length > 0 && out.length === 0) {
      problems.push({ code: 'no-outcome', at: `nodes.${id}`, node: id });
    }
    for (const edge of out) {
      const seen = colour.get(edge.target);
      if (seen === 'grey') problems.push({ code: 'cycle', at: edge.at, node: id, target: edge.target });
      else if (!seen) visit(edge.target);
    }
    colour.set(id, 'black');
  };
  if (kader.nodes[kader.start]) visit(kader.start);

  for (const id of Object.keys(kader.nodes)) {
    if (!colour.has(id)) problems.push({ code: 'unreachable', at: `nodes.${id}`, node: id });
  }
  return problems;
}

/** Every complete walk from the start, as the moves that make it. Used to test each path. */
export function allWalks(kader: Graph, from: NodeId = kader.start): { node: NodeId; answer?: string }[][] {
  const node = kader.nodes[from];
  if (!node) return [];
  const exits = (node.exits ?? []).flatMap((e) => allWalks(kader, e.next).map((rest) => [{ node: from, answer: e.id }, ...rest]));
  if (node.type === 'outcome') {
    if (!node.next) return [[]];
    return [...allWalks(kader, node.next).map((rest) => [{ node: from }, ...rest]), ...exits];
  }
  return [...(node.answers ?? []).flatMap((a) => allWalks(kader, a.next).map((rest) => [{ node: from, answer: a.id }, ...rest])), ...exits];
}
