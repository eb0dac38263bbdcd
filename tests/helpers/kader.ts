import { readFileSync } from 'node:fs';
import { next, initialState, position } from '../../src/meldcode/engine';
import type { AnswerValue, Kader, KaderNode, KaderState, OutcomeCode } from '../../src/meldcode/types';

export interface ReferenceGraph {
  start: string;
  nodes: Record<string, { type: 'question' | 'outcome'; yes?: string; no?: string; code?: string; meldnorm?: 1 | 2 | 3; next?: string; next_mode?: string; needs_followup_date?: boolean }>;
  paths_expected: string[][];
}

export const reference = JSON.parse(readFileSync(new URL('../fixtures/afwegingskader.graph.json', import.meta.url), 'utf8')) as ReferenceGraph;

const CODES: Record<string, OutcomeCode> = {
  afsluiten_en_vastleggen: 'afsluiten-en-vastleggen',
  melden_bij_veilig_thuis: 'melden',
  hulp_bieden_of_organiseren: 'hulp-bieden-of-organiseren',
  hulp_afsluiten_met_monitoringsafspraken: 'hulp-afsluiten-met-monitoring',
  opnieuw_melden_bij_veilig_thuis: 'opnieuw-melden',
};

/** The research graph in the engine's shape, to check the engine against the sources directly. */
export function referenceKader(graph: ReferenceGraph = reference): Kader {
  const nodes: Record<string, KaderNode> = {};
  for (const [id, n] of Object.entries(graph.nodes)) {
    nodes[id] = n.type === 'question'
      ? { type: 'question', afweging: Number(id.slice(1)), answers: [{ id: 'ja', value: 'ja', next: n.yes! }, { id: 'nee', value: 'nee', next: n.no! }] }
      : { type: 'outcome', code: CODES[n.code!]!, ...(n.meldnorm ? { meldnorm: n.meldnorm } : {}), ...(n.next ? { next: n.next } : {}), ...(n.next_mode ? { withVeiligThuis: true } : {}), ...(n.needs_followup_date ? { followUp: true } : {}) };
  }
  return { start: graph.start, nodes };
}

/**
 * Walks a reference path ("A1=ja", "melden_bij_veilig_thuis(+samen met VT)", …) through any
 * kader, matching questions by afweging number and outcomes by code. `variant` picks which of
 * several answers with the same ja/nee value to use (e.g. "ja, acuut" or "ja, structureel").
 */
export function walkReferencePath(kader: Kader, tokens: string[], variant = 0): KaderState {
  let state = initialState(kader);
  for (const token of tokens) {
    const { current } = position(kader, state);
    const node = kader.nodes[current]!;
    const answer = /^A(\d)=(ja|nee)$/.exec(token);
    if (answer) {
      if (node.type !== 'question' || node.afweging !== Number(answer[1])) throw new Error(`expected afweging ${answer[1]} at ${current}`);
      const options = node.answers.filter((a) => a.value === (answer[2] as AnswerValue));
      const chosen = options[Math.min(variant, options.length - 1)]!;
      state = next(kader, state, { type: 'answer', node: current, answer: chosen.id });
      continue;
    }
    const code = CODES[token.replace(/\(.*\)$/, '')];
    if (node.type !== 'outcome' || node.code !== code) throw new Error(`expected outcome ${token} at ${current}, found ${node.type === 'outcome' ? node.code : 'a question'}`);
    if (node.next) state = next(kader, state, { type: 'continue', node: current });
  }
  return state;
}
