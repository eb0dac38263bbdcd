import type { Kader, KaderEvent, KaderNode, KaderState, Meldnorm, Move, NodeId, Position } from './types';

/** Thrown for a move the kader does not allow; the UI must never offer one. */
export class IllegalMove extends Error {
  override name = 'IllegalMove';
}

export function initialState(kader: Kader, start: NodeId = kader.start): KaderState {
  if (kader.nodes[start]?.type !== 'question') throw new IllegalMove(`cannot start at ${start}`);
  return { start, moves: [] };
}

function nodeAt(kader: Kader, id: NodeId): KaderNode {
  const node = kader.nodes[id];
  if (!node) throw new IllegalMove(`unknown node ${id}`);
  return node;
}

/** Where a single move leads, or an IllegalMove when the move does not fit the node. */
function follow(kader: Kader, move: Move): NodeId {
  const node = nodeAt(kader, move.node);
  if (node.type === 'question') {
    const answer = node.answers.find((a) => a.id === move.answer);
    if (!answer) throw new IllegalMove(`${move.node} has no answer ${String(move.answer)}`);
    return answer.next;
  }
  if (!node.next) throw new IllegalMove(`${move.node} is an end point`);
  return node.next;
}

export function position(kader: Kader, state: KaderState): Position {
  const path: NodeId[] = [state.start];
  let current = state.start;
  let acute = false;
  for (const move of state.moves) {
    if (move.node !== current) throw new IllegalMove(`expected a move at ${current}, got ${move.node}`);
    const node = nodeAt(kader, current);
    if (node.type === 'question') acute ||= node.answers.some((a) => a.id === move.answer && a.acute);
    current = follow(kader, move);
    path.push(current);
  }
  return { path, current, acute, ...summarise(kader, path) };
}

/** Reports and meldnormen along a path. Once Veilig Thuis is involved, a later 'melden' is the
 * joint conclusion rather than a second report, so it adds no meldnorm; 'opnieuw melden' does. */
function summarise(kader: Kader, path: NodeId[]) {
  const meldnormen: Meldnorm[] = [];
  let withVeiligThuis = false;
  let gemeld = false;
  for (const id of path) {
    const node = nodeAt(kader, id);
    if (node.type !== 'outcome') continue;
    const reports = node.code === 'melden' || node.code === 'opnieuw-melden';
    if (node.meldnorm && reports && !(withVeiligThuis && node.code === 'melden') && !meldnormen.includes(node.meldnorm)) {
      meldnormen.push(node.meldnorm);
    }
    gemeld ||= reports;
    withVeiligThuis ||= node.withVeiligThuis === true;
  }
  const last = nodeAt(kader, path[path.length - 1]!);
  const finished = last.type === 'outcome' && !last.next;
  return { meldnormen, gemeld, withVeiligThuis, finished };
}

export function next(kader: Kader, state: KaderState, event: KaderEvent): KaderState {
  switch (event.type) {
    case 'restart':
      return initialState(kader);
    case 'back':
      return { ...state, moves: state.moves.slice(0, -1) };
    case 'startAt':
      return initialState(kader, event.node);
    case 'continue': {
      const { current } = position(kader, state);
      const node = nodeAt(kader, current);
      if (event.node !== current || node.type !== 'outcome' || !node.next) {
        throw new IllegalMove(`cannot continue from ${event.node}`);
      }
      return { ...state, moves: [...state.moves, { node: current }] };
    }
    case 'answer': {
      const { path } = position(kader, state);
      const index = path.indexOf(event.node);
      if (index === -1) throw new IllegalMove(`${event.node} is not on the current path`);
      const move = { node: event.node, answer: event.answer };
      follow(kader, move);
      // Changing an earlier answer drops every later one: they followed from the old answer.
      return { ...state, moves: [...state.moves.slice(0, index), move] };
    }
  }
}

/** The answer recorded for a question on the current path, if any. */
export function answerOf(state: KaderState, node: NodeId): string | undefined {
  return state.moves.find((m) => m.node === node)?.answer;
}
