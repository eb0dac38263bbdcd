// Build time only: content/conversations/<id>/, a short branching dialogue for step 3.
import { z } from 'zod';
import { Day, fields, fix, Locales, Slug, Text, TextList, Version } from './common';
import { PracticeSources } from './explainer';

export const CONVERSATION_WITH = ['ouder', 'kind', 'volwassene'] as const;

const Choice = fields({
  id: Slug,
  next: z.union([Slug, z.null()], fix('write the id of the next node, or null where the conversation ends.')),
  good: z.boolean(fix('write true (a sentence an expert would choose) or false.')),
}, 'write each choice as "- { id: …, next: …, good: true|false }".');

const Node = fields({
  choices: z.array(Choice, fix('list the sentences the user can choose under "choices:".')).min(1, fix('give every node at least one choice.')),
}, 'write each node as "<id>: { choices: [...] }".');

/** conversation.yaml */
export const ConversationSource = fields({
  id: Slug.meta({ description: 'Also the folder name and the address /oefenen/gesprek/<id>/.' }),
  version: Version,
  reviewed: Day,
  locales: Locales,
  with: z.enum(CONVERSATION_WITH, fix(`use one of: ${CONVERSATION_WITH.join(', ')}.`)),
  start: Slug.meta({ description: 'The node the conversation starts at.' }),
  nodes: z.record(Slug, Node),
  sources: PracticeSources,
});

const ChoiceText = fields({
  sentence: Text.meta({ description: 'What the user says.' }),
  effect: Text.meta({ description: 'Its likely effect on the other person.' }),
}, 'give the choice its sentence and effect.');

const NodeText = fields({
  says: Text.meta({ description: 'What the other person says.' }),
  choices: z.record(Slug, ChoiceText),
}, 'give the node what the other person says and every choice\'s sentence and effect.');

/** nl.yaml and en.yaml: both complete. */
export const ConversationText = fields({
  title: Text,
  intro: Text.meta({ description: 'The situation, in two or three sentences.' }),
  nodes: z.record(Slug, NodeText),
  reasoning: TextList.min(1, fix('write the expert\'s reasoning, point by point.')),
});

export type ConversationSource = z.output<typeof ConversationSource>;
export type ConversationText = z.output<typeof ConversationText>;
