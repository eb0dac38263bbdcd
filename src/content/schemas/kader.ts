// Build time only: the afwegingskader graph as authors write it (base.yaml, or a pack that
// really has a kader of its own). The engine's own types (meldcode/types.ts) are the contract.
import { z } from 'zod';
import { AFWEGINGEN, MELDNORMEN, OUTCOME_CODES } from '../../meldcode/types';
import { fields, fix, Slug } from './common';

const NodeName = z.string(fix('name a node of the kader.')).meta({ description: 'The name of a node in kader.nodes.' });
const Flag = z.boolean(fix('write true or false, or leave it out.')).optional();

const Exit = fields({ id: Slug, next: NodeName }, 'write the exit as a group with id and next.');
const Exits = z.array(Exit, fix('write each exit as "- { id: nieuwe-zorg, next: <node> }".')).optional()
  .meta({ description: 'Ways out offered beside the answers, e.g. a new worry while help runs.' });

const Answer = fields({
  id: Slug,
  value: z.enum(['ja', 'nee'], fix('use ja or nee: the branch of the official kader this answer follows.')),
  next: NodeName,
  acute: Flag.meta({ description: 'Acute danger: "Bel 112" comes first on every screen from here on.' }),
}, 'write the answer as a group with id, value and next.');

const Question = fields({
  type: z.literal('question'),
  afweging: z.literal(AFWEGINGEN, fix('use the number of the afweging, 1 to 5.')),
  answers: z.array(Answer, fix('give each question at least a "ja" and a "nee" answer.')),
  exits: Exits,
});

const Outcome = fields({
  type: z.literal('outcome'),
  code: z.enum(OUTCOME_CODES, fix(`use one of: ${OUTCOME_CODES.join(', ')}.`)),
  meldnorm: z.literal(MELDNORMEN, fix('use 1, 2 or 3, or leave it out.')).optional(),
  next: NodeName.optional().meta({ description: 'Only for an outcome the walk passes through: the question after it.' }),
  withVeiligThuis: Flag.meta({ description: 'From here on the remaining afwegingen are walked with Veilig Thuis.' }),
  followUp: Flag.meta({ description: 'The next question waits for an agreed date (afweging 5).' }),
  alwaysReport: Flag.meta({ description: 'A new melding even when Veilig Thuis is already involved.' }),
  exits: Exits,
});

export const KaderNode = z.discriminatedUnion('type', [Question, Outcome], fix('use "question" or "outcome".'));

export const Kader = fields({
  start: NodeName.meta({ description: 'The first question, e.g. a1.' }),
  nodes: z.record(Slug, KaderNode, fix('list the nodes under "nodes:", each by its name.')),
}, 'copy the kader section of content/base/base.yaml and adapt it.');
