import type { Graph, Kader, KaderEvent, KaderNode, KaderState, Meldnorm, Move, NodeId, Position, ReportKind } from './types';

/** Thrown for a move the kader does not allow; the UI must never offer one. */
export class IllegalMove extends Error {
  override name = 'IllegalMove';
}

export function initialState(kader: Graph, start: NodeId = kader.start): KaderState {
  if (!canStart(kader, start)) throw new IllegalMove(`cannot start at ${start}`);
  return { start, moves: [] };
}

// Ids come from stored or imported files, so 'constructor' or '__proto__' can reach these
// look-ups; what they find on Object.prototype has no type, exits or next, so it never fits
// (tests/unit/meldcode/engine.test.ts pins this).
const canStart = (kader: Graph, id: NodeId) => kader.nodes[id]?.type === 'question';

function nodeAt(kader: Kader, id: NodeId): KaderNode {
  const node = kader.nodes[id];
  if (!node) throw new IllegalMove(`unknown node ${id}`);
  return node;
}

/** Where a single move leads, or undefined when the move does not fit the node: an unknown node
 * or answer, an answer at a waypoint, or a move past an end point. */
function follow(kader: Graph, move: Move): NodeId | undefined {
  const node = kader.nodes[move.node];
  if (!node) return;
  const exit = node.exits?.find((e) => e.id === move.answer);
  if (exit) return exit.next;
  if (node.type === 'question') return node.answers?.find((a) => a.id === move.answer)?.next;
  return move.answer === undefined ? node.next : undefined;
}

/** Whether a move took one of the node's exits rather than an answer. */
export function isExit(kader: Graph, move: Move): boolean {
  return kader.nodes[move.node]?.exits?.some((e) => e.id === move.answer) === true;
}

/** The path the moves walk from the start, as far as they fit the kader (each move at the node
 * the walk has reached, with a choice that node offers). */
function walk(kader: Graph, state: KaderState) {
  const path: NodeId[] = [state.start];
  let acute = false;
  for (const move of state.moves) {
    const to = move.node === path.at(-1) ? follow(kader, move) : undefined;
    if (!to) break;
    const node = kader.nodes[move.node]!;
    if (node.type === 'question') acute ||= node.answers?.some((a) => a.id === move.answer && a.acute) === true;
    path.push(to);
  }
  return { path, acute };
}

export function position(kader: Kader, state: KaderState): Position {
  const { path, acute } = fittingWalk(kader, state);
  return { path, current: path.at(-1)!, acute, ...summarise(kader, path) };
}

/** Where a walk of any graph stands: its path, its node, whether it has ended, and whether an
 * answer on the way marked acute danger. Throws when the moves do not fit. */
export function graphPosition(graph: Graph, state: KaderState): { path: NodeId[]; current: NodeId; finished: boolean; acute: boolean } {
  const { path, acute } = fittingWalk(graph, state);
  const node = graph.nodes[path.at(-1)!]!;
  return { path, current: path.at(-1)!, acute, finished: node.type === 'outcome' && !node.next };
}

function fittingWalk(graph: Graph, state: KaderState) {
  const found = walk(graph, state);
  if (!canStart(graph, state.start) || found.path.length <= state.moves.length) throw new IllegalMove(`move ${found.path.length - 1} does not fit the kader`);
  return found;
}

/**
 * A stored or imported walk made to fit the kader: the longest part of it that the kader allows,
 * or an empty walk at the kader's start when it cannot start where it says. A walk that fits
 * comes back as the same object. The moves left out are the difference in length (fitCase counts
 * them for the UI); the state comes back alone because this ships in the size-budgeted app shell.
 */
export function reconcile(kader: Graph, state: KaderState): KaderState {
  if (!canStart(kader, state.start)) return initialState(kader);
  const kept = walk(kader, state).path.length - 1;
  return kept < state.moves.length ? { ...state, moves: state.moves.slice(0, kept) } : state;
}

export interface OutcomeContext {
  /** Veilig Thuis was already involved through this walk when it reached the node. */
  withVeiligThuis: boolean;
  report: ReportKind;
}

/**
 * How the node at `index` of a path reads. Once Veilig Thuis is involved (afwegingen 3–5 walked
 * together), a 'melden' at afweging 3 or 4 is the joint conclusion, not a second report. 'Opnieuw
 * melden' (afweging 5) and new acute or structural unsafety are always a real new melding:
 * by then Veilig Thuis has often closed the case or handed it over.
 */
export function outcomeContext(kader: Kader, path: NodeId[], index: number): OutcomeContext {
  let withVeiligThuis = false;
  let gemeld = false;
  for (const id of path.slice(0, index)) {
    const node = nodeAt(kader, id);
    if (node.type !== 'outcome') continue;
    gemeld ||= reports(node.code);
    withVeiligThuis ||= node.withVeiligThuis === true;
  }
  const node = nodeAt(kader, path[index]!);
  if (node.type !== 'outcome' || !reports(node.code)) return { withVeiligThuis, report: 'none' };
  if (node.code === 'melden' && withVeiligThuis && !node.alwaysReport) return { withVeiligThuis, report: 'joint' };
  return { withVeiligThuis, report: gemeld ? 'again' : 'new' };
}

function reports(code: string): boolean {
  return code === 'melden' || code === 'opnieuw-melden';
}

/** Reports and meldnormen along a path: a joint conclusion adds no meldnorm of its own. */
function summarise(kader: Kader, path: NodeId[]) {
  const meldnormen: Meldnorm[] = [];
  let gemeld = false;
  let withVeiligThuis = false;
  path.forEach((id, i) => {
    const node = nodeAt(kader, id);
    if (node.type !== 'outcome') return;
    const { report } = outcomeContext(kader, path, i);
    if (report !== 'none' && report !== 'joint' && node.meldnorm && !meldnormen.includes(node.meldnorm)) meldnormen.push(node.meldnorm);
    gemeld ||= report !== 'none';
    withVeiligThuis ||= node.withVeiligThuis === true;
  });
  const last = nodeAt(kader, path[path.length - 1]!);
  const finished = last.type === 'outcome' && !last.next;
  return { meldnormen, gemeld, withVeiligThuis, finished, report: outcomeContext(kader, path, path.length - 1).report };
}

export function next(kader: Graph, state: KaderState, event: KaderEvent): KaderState {
  switch (event.type) {
    case 'restart':
      return initialState(kader);
    case 'back':
      return { ...state, moves: state.moves.slice(0, -1) };
    case 'startAt':
      return initialState(kader, event.node);
    case 'continue': {
      const { path } = fittingWalk(kader, state);
      const current = path.at(-1)!;
      const node = kader.nodes[current]!;
      if (event.node !== current || node.type !== 'outcome' || !node.next) {
        throw new IllegalMove(`cannot continue from ${event.node}`);
      }
      return { ...state, moves: [...state.moves, { node: current }] };
    }
    case 'answer': {
      const { path } = fittingWalk(kader, state);
      const index = path.indexOf(event.node);
      if (index === -1) throw new IllegalMove(`${event.node} is not on the current path`);
      const move = { node: event.node, answer: event.answer };
      if (!follow(kader, move)) throw new IllegalMove(`${event.node} has no answer ${event.answer}`);
      // The same answer again (going back to look, then on) keeps what followed from it.
      if (state.moves[index]?.answer === event.answer) return state;
      // Changing an earlier answer drops every later one: they followed from the old answer.
      return { ...state, moves: [...state.moves.slice(0, index), move] };
    }
  }
}

/** The answer recorded for a question on the current path, if any. */
export function answerOf(state: KaderState, node: NodeId): string | undefined {
  return state.moves.find((m) => m.node === node)?.answer;
}
