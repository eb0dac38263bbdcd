import { STEP_NUMBERS, type LocalizedPack, type LocalizedStep } from '../content/schema';
import { reconcileReport } from '../meldcode/reconcile-report';
import { fitCase } from './fit';
import type { Case } from './types';

/** What moving a case to another pack leaves out, named in the words of the pack it is in now. */
export interface PackSwitchLoss {
  /** The questions of the afwegingskader whose answers the other pack's kader cannot keep. */
  questions: string[];
  /** Ticked items of the steps that the other pack does not have. */
  items: string[];
}

const itemIds = (s: LocalizedStep) => new Set([...s.todo, ...s.record, ...s.tips, ...s.pitfalls].map((i) => i.id));

/** Said before switching, so the user decides knowing it. Notes, consultations, the conversation,
 * the decisions and the status are the case's own: they go along unchanged. */
export function packSwitchLoss(c: Case, from: LocalizedPack, to: LocalizedPack): PackSwitchLoss {
  const questions: string[] = [];
  for (const { node } of reconcileReport(to.kader, c.kader.state).dropped) {
    const n = from.kader.nodes[node];
    if (n?.type === 'question') questions.push(n.text.label || n.text.question);
  }
  const items: string[] = [];
  for (const step of STEP_NUMBERS) {
    const keeps = itemIds(to.steps[step]);
    const named = new Map([...from.steps[step].todo, ...from.steps[step].record, ...from.steps[step].tips, ...from.steps[step].pitfalls].map((i) => [i.id, i.text]));
    for (const id of c.steps[step].checked) if (!keeps.has(id)) items.push(named.get(id) ?? id);
  }
  return { questions: [...new Set(questions)], items };
}

/** The case in the other pack: the walk reconciled with that pack's kader (the longest part that
 * fits, the outcome only when the kept walk still ends there), ticks only on items it has. */
export function switchPack(c: Case, to: LocalizedPack): Case {
  const steps = { ...c.steps };
  for (const step of STEP_NUMBERS) {
    const keeps = itemIds(to.steps[step]);
    steps[step] = { ...c.steps[step], checked: c.steps[step].checked.filter((id) => keeps.has(id)) };
  }
  return fitCase({ ...c, packId: to.id, packVersion: to.version, steps }, to.kader).fitted;
}
