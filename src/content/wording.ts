import { isExit, outcomeContext } from '../meldcode/engine';
import type { Move, NodeId, ReportKind } from '../meldcode/types';
import type { LocalizedKader, LocalizedOutcome, LocalizedQuestion, OutcomeText } from './schema';

export interface OutcomeWording {
  title: string;
  text: string;
  why: string;
}

/** The words of an outcome as the walk reached it: once Veilig Thuis is involved, a pack says
 * some outcomes differently (a joint conclusion instead of a melding). */
export function outcomeWording(text: OutcomeText, withVeiligThuis: boolean): OutcomeWording {
  if (!withVeiligThuis) return { title: text.title, text: text.text, why: text.why };
  return {
    title: text.withVeiligThuisTitle ?? text.title,
    text: text.withVeiligThuis ?? text.text,
    why: text.withVeiligThuisWhy ?? text.why,
  };
}

/** The question at `id`; the screens show a question only after the route found one there. */
export function questionAt(kader: LocalizedKader, id: NodeId): LocalizedQuestion {
  const node = kader.nodes[id];
  if (node?.type !== 'question') throw new Error(`${id} is not a question`);
  return node;
}

/** The outcome at `id`, likewise. */
export function outcomeAt(kader: LocalizedKader, id: NodeId): LocalizedOutcome {
  const node = kader.nodes[id];
  if (node?.type !== 'outcome') throw new Error(`${id} is not an outcome`);
  return node;
}

/** The title of an outcome as a target (an exit's outcome), or undefined for a question. */
export function outcomeTitle(kader: LocalizedKader, id: NodeId): string | undefined {
  const node = kader.nodes[id];
  return node?.type === 'outcome' ? node.text.title : undefined;
}

/** The wording of the outcome at `index` of a path, with what it asks of melden. */
export function outcomeOnPath(kader: LocalizedKader, path: NodeId[], index: number): OutcomeWording & { report: ReportKind } {
  const context = outcomeContext(kader, path, index);
  const node = kader.nodes[path[index]!];
  // A question on the path has no outcome wording: empty, as callers listing outcomes expect.
  const words = node?.type === 'outcome' ? outcomeWording(node.text, context.withVeiligThuis) : { title: '', text: '', why: '' };
  return { ...words, report: context.report };
}

/** One recorded move in words: the question (or outcome) and what was chosen there. */
export type MoveWording =
  | { kind: 'answer'; label: string; question: string; answer: string }
  | { kind: 'waypoint'; title: string }
  | { kind: 'exit'; label: string; question: string; exit: string };

export function moveWording(kader: LocalizedKader, path: NodeId[], index: number, move: Move): MoveWording {
  const node = kader.nodes[move.node];
  const ownWords = node?.type === 'question'
    ? { label: node.text.label, question: node.text.question }
    : { label: '', question: outcomeOnPath(kader, path, index).title };
  if (isExit(kader, move)) {
    const target = node?.exits?.find((e) => e.id === move.answer)?.next ?? '';
    return { kind: 'exit', ...ownWords, exit: outcomeTitle(kader, target) ?? String(move.answer) };
  }
  if (node?.type === 'question') return { kind: 'answer', ...ownWords, answer: node.text.answers[move.answer ?? ''] ?? String(move.answer) };
  return { kind: 'waypoint', title: ownWords.question };
}
