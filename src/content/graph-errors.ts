// Build time only: the engine's graph checks (meldcode/check.ts) in an author's words.
import { checkKader, type KaderProblem } from '../meldcode/check';
import type { Graph } from '../meldcode/types';
import { WAYPOINT_SEGMENT } from './schema';
import type { SourceFile } from './source-file';

/** `at`: where the graph is in the file ('kader' in base.yaml or a pack, 'walk' in a route). */
export function checkGraph(kader: Graph, file: SourceFile, at = 'kader') {
  if (kader.nodes[WAYPOINT_SEGMENT]) file.fail([at, 'nodes', WAYPOINT_SEGMENT], `"${WAYPOINT_SEGMENT}" is taken by the app (the address of every waypoint)`, 'choose another node name.');
  const names = Object.keys(kader.nodes);
  for (const p of checkKader(kader)) file.fail([at, ...p.at.split('.')], problemText(p), problemFix(p, names));
}

function problemText(p: KaderProblem): string {
  switch (p.code) {
    case 'missing-start': return `the start "${p.target}" is not a node`;
    case 'dangling-edge': return `leads to "${p.target}", which is not a node`;
    case 'unreachable': return 'no answer leads to this node, so nobody can reach it';
    case 'cycle': return `leads back to "${p.target}", so a walk could go round forever`;
    case 'no-answers': return 'a question needs at least two answers';
    case 'duplicate-answer': return 'two answers or exits of this node share a name';
    case 'no-outcome': return 'this path never reaches an outcome';
  }
}

function problemFix(p: KaderProblem, names: string[]): string {
  switch (p.code) {
    case 'missing-start':
    case 'dangling-edge': return `use one of: ${names.join(', ')} — or add a node "${p.target}".`;
    case 'unreachable': return 'point an answer or outcome "next" to it, or remove the node.';
    case 'cycle': return 'every answer must lead forward, to a later question or an outcome.';
    case 'no-answers': return 'give the question a "ja" and a "nee" answer.';
    case 'duplicate-answer': return 'give each answer and exit of a node its own id.';
    case 'no-outcome': return 'let every path end in a node with "type: outcome".';
  }
}
