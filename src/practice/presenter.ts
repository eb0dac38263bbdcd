import type { Kader, Move, NodeId } from '../meldcode/types';
import type { PracticeCase, PracticeCaseText } from './types';

/**
 * The presenter view's logic, pure: which slides a practice case has, and the room's tally.
 * The expert's answers are a model for discussion, not a rule: the room's path is only drawn
 * beside the expert's, never scored.
 */

export type Slide =
  | { kind: 'situation' }
  | { kind: 'signals' }
  | { kind: 'step2' }
  | { kind: 'step3' }
  /** One question of the afwegingskader on the expert's path, with the expert's answer id. */
  | { kind: 'afweging'; node: NodeId; answer: string }
  | { kind: 'overview' }
  | { kind: 'questions' }
  | { kind: 'mistakes' };

/** The slides in teaching order. A text list the case leaves empty gets no slide of its own. */
export function slideSequence(practice: Pick<PracticeCase, 'expert'>, text: PracticeCaseText, kader: Kader): Slide[] {
  const slides: Slide[] = [{ kind: 'situation' }, { kind: 'signals' }];
  if (text.step2.length) slides.push({ kind: 'step2' });
  if (text.step3.length) slides.push({ kind: 'step3' });
  for (const move of practice.expert) {
    // Waypoints (passed on without an answer) and exits are drawn in the overview, not asked.
    const node = kader.nodes[move.node];
    if (node?.type === 'question' && move.answer !== undefined && node.answers.some((a) => a.id === move.answer)) {
      slides.push({ kind: 'afweging', node: move.node, answer: move.answer });
    }
  }
  slides.push({ kind: 'overview' });
  if (text.questions.length) slides.push({ kind: 'questions' });
  if (text.mistakes.length) slides.push({ kind: 'mistakes' });
  return slides;
}

export type Vote = 'ja' | 'nee';
export interface Count { ja: number; nee: number }
/** Per question node: how many in the room said yes and no (the trainer counts hands). */
export type Tally = Readonly<Record<NodeId, Count>>;

const ZERO: Count = { ja: 0, nee: 0 };
/** Node ids come from content; an own-property look-up keeps '__proto__' and friends out. */
export const countOf = (tally: Tally, node: NodeId): Count => (Object.hasOwn(tally, node) ? tally[node]! : ZERO);

/** One more (or, with by = -1, one fewer: a miscount undone) yes or no; never below zero. */
export function addVote(tally: Tally, node: NodeId, vote: Vote, by: 1 | -1 = 1): Tally {
  const count = countOf(tally, node);
  return { ...tally, [node]: { ...count, [vote]: Math.max(0, count[vote] + by) } };
}

export function clearVotes(tally: Tally, node: NodeId): Tally {
  const next = { ...tally };
  delete next[node];
  return next;
}

/** The room's answer: the majority, or undefined when nobody voted or it is a tie. */
export function majority(count: Count): Vote | undefined {
  if (count.ja === count.nee) return undefined;
  return count.ja > count.nee ? 'ja' : 'nee';
}

export interface RoomPath {
  /** Nodes from the kader's start, as far as the room has decided. */
  path: NodeId[];
  moves: Move[];
  /** The question where the room has no majority yet (no votes or a tie), if the path stops at one. */
  openAt?: NodeId;
}

/**
 * The room's walk of the pack's graph: at each question the majority's yes or no, at a waypoint
 * on to its next node, until an end outcome or a question without a majority. A yes or no may
 * be several answers (afweging 2: 'ja, acuut' and 'ja, structureel'): the expert's own answer
 * when it has the room's value, else the first answer with that value.
 */
export function roomPath(kader: Kader, tally: Tally, expert: Move[]): RoomPath {
  const path: NodeId[] = [kader.start];
  const moves: Move[] = [];
  const seen = new Set<NodeId>();
  for (let id = kader.start; ; ) {
    // A graph with a cycle would walk forever; the linter forbids one, this only guards.
    if (seen.has(id)) return { path, moves };
    seen.add(id);
    const node = Object.hasOwn(kader.nodes, id) ? kader.nodes[id] : undefined;
    if (!node) return { path, moves };
    let next: NodeId | undefined;
    if (node.type === 'question') {
      const vote = majority(countOf(tally, id));
      if (!vote) return { path, moves, openAt: id };
      const expertAnswer = expert.find((m) => m.node === id)?.answer;
      const answer = node.answers.find((a) => a.id === expertAnswer && a.value === vote) ?? node.answers.find((a) => a.value === vote);
      if (!answer) return { path, moves, openAt: id };
      moves.push({ node: id, answer: answer.id });
      next = answer.next;
    } else {
      if (!node.next) return { path, moves };
      moves.push({ node: id });
      next = node.next;
    }
    path.push(next);
    id = next;
  }
}

/** The expert's path as nodes: the start, then where each move leads. */
export function expertPath(kader: Kader, expert: Move[]): NodeId[] {
  const path: NodeId[] = [kader.start];
  for (const move of expert) {
    if (move.node !== path.at(-1)) break;
    const node = Object.hasOwn(kader.nodes, move.node) ? kader.nodes[move.node] : undefined;
    const to = !node ? undefined
      : node.exits?.find((e) => e.id === move.answer)?.next
        ?? (node.type === 'question' ? node.answers.find((a) => a.id === move.answer)?.next : move.answer === undefined ? node.next : undefined);
    if (!to) break;
    path.push(to);
  }
  return path;
}

/** Where the presenter stands: the slide, which answers are shown, the tally. */
export interface PresenterState {
  index: number;
  revealed: Readonly<Record<NodeId, true>>;
  tally: Tally;
}

export const initialPresenter = (): PresenterState => ({ index: 0, revealed: {}, tally: {} });

/** Next or back, staying within the slides. */
export function go(state: PresenterState, by: 1 | -1, count: number): PresenterState {
  const index = Math.min(Math.max(state.index + by, 0), count - 1);
  return index === state.index ? state : { ...state, index };
}

/** Reveals the expert's answer on an afweging slide (nothing on other slides). */
export function reveal(state: PresenterState, slide: Slide | undefined): PresenterState {
  if (slide?.kind !== 'afweging' || state.revealed[slide.node]) return state;
  return { ...state, revealed: { ...state.revealed, [slide.node]: true } };
}
