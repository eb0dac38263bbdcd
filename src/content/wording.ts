import { isExit, outcomeContext } from '../meldcode/engine';
import type { Kader, Move, NodeId, ReportKind } from '../meldcode/types';
import type { OutcomeText, PackText, QuestionText } from './schema';

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

/** The wording of the outcome at `index` of a path, with what it asks of melden. */
export function outcomeOnPath(kader: Kader, text: PackText, path: NodeId[], index: number): OutcomeWording & { report: ReportKind } {
  const context = outcomeContext(kader, path, index);
  return { ...outcomeWording(text.kader.nodes[path[index]!] as OutcomeText, context.withVeiligThuis), report: context.report };
}

/** One recorded move in words: the question (or outcome) and what was chosen there. */
export type MoveWording =
  | { kind: 'answer'; label: string; question: string; answer: string }
  | { kind: 'waypoint'; title: string }
  | { kind: 'exit'; label: string; question: string; exit: string };

export function moveWording(kader: Kader, text: PackText, path: NodeId[], index: number, move: Move): MoveWording {
  const nodeText = text.kader.nodes[move.node];
  const node = kader.nodes[move.node];
  const ownWords = node?.type === 'question'
    ? { label: (nodeText as QuestionText).label, question: (nodeText as QuestionText).question }
    : { label: '', question: outcomeOnPath(kader, text, path, index).title };
  if (isExit(kader, move)) {
    const target = node?.exits?.find((e) => e.id === move.answer)?.next ?? '';
    return { kind: 'exit', ...ownWords, exit: (text.kader.nodes[target] as OutcomeText | undefined)?.title ?? String(move.answer) };
  }
  if (node?.type === 'question') return { kind: 'answer', ...ownWords, answer: (nodeText as QuestionText).answers[move.answer ?? ''] ?? String(move.answer) };
  return { kind: 'waypoint', title: ownWords.question };
}
