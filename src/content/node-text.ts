// Build time only: the rules that join a text file to the graph, which no single schema can
// say: every node has the wording of its kind, every answer a button text, every exit an offer.
import type { Kader } from '../meldcode/types';
import { isRecord } from './errors';
import { outcomeText, questionText } from './schemas/base';
import type { SourceFile } from './source-file';

/** Checks the node texts of one file against the kader. `complete`: the default language,
 * where nothing may be missing. Returns nothing; problems go to the file. */
export function checkNodeTexts(nodes: unknown, kader: Kader, file: SourceFile, complete: boolean, at: PropertyKey[] = ['kader', 'nodes'], kaderFile = 'base.yaml') {
  if (!isRecord(nodes)) return;
  const exitTargets = new Set(Object.values(kader.nodes).flatMap((n) => (n.exits ?? []).map((e) => e.next)));
  for (const id of Object.keys(nodes)) {
    if (!kader.nodes[id]) file.fail([...at, id], `"${id}" is not a node of the kader in ${kaderFile}`, `remove it or check the spelling; the nodes are: ${Object.keys(kader.nodes).join(', ')}.`);
  }
  for (const [id, node] of Object.entries(kader.nodes)) {
    const text = nodes[id];
    if (text === undefined) {
      if (complete) file.fail([...at, id], 'is missing', `add the wording of the ${node.type} "${id}" (see content/README.md).`);
      continue;
    }
    const checked = file.check(node.type === 'question' ? questionText(complete) : outcomeText(complete), text, [...at, id]);
    if (!checked || !isRecord(text)) continue;
    if (node.type === 'question' && isRecord(text.answers)) {
      const ids = node.answers.map((a) => a.id);
      for (const key of Object.keys(text.answers)) {
        if (!ids.includes(key)) file.fail([...at, id, 'answers', key], `"${key}" is not an answer of this question in ${kaderFile}`, `use one of: ${ids.join(', ')}.`);
      }
      if (complete) for (const a of ids) if (text.answers[a] === undefined) file.fail([...at, id, 'answers', a], 'is missing', `add the button text of the answer "${a}".`);
    }
    if (complete && node.type === 'outcome' && exitTargets.has(id) && text.offer === undefined) {
      file.fail([...at, id, 'offer'], 'is missing', 'an exit leads here: add "offer", what the screens that offer the exit say beside it.');
    }
  }
}
