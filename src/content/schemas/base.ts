// Build time only: content/base/, the national meldcode every pack extends.
import { z } from 'zod';
import { STEP_NUMBERS } from '../../meldcode/types';
import { type Complete, Day, fields, fix, Item, Locale, Locales, Review, Sources, Text, TextList } from './common';
import { Kader } from './kader';

/** base.yaml: the structure shared by every pack. */
export const BaseSource = fields({
  defaultLocale: Locale.default('nl').meta({ description: 'The language every text must exist in.' }),
  locales: Locales,
  reviewed: Day.meta({ description: 'Laatst inhoudelijk gecontroleerd: when a person last checked the content.' }),
  sources: Sources,
  review: Review.default([]),
  kaderStep: z.literal(STEP_NUMBERS, fix('use a step number from 1 to 5 (usually 4).')).default(4)
    .meta({ description: 'The step whose screen starts the afwegingskader.' }),
  kader: Kader,
});

/** The lists of a step, each a list of items with ids. Later lists (signals, conversation
 * guides) are added here and nowhere else. */
export const ITEM_LISTS = ['todo', 'record', 'tips', 'pitfalls'] as const;
export type ItemList = (typeof ITEM_LISTS)[number];

const ItemListSchema = z.array(Item, fix('write each item as "- id: <id>" with "text:" on the next line.'));

/** Each text schema comes in two modes: complete (the default language) and a translation, in
 * which every field may be left out and falls back to the default language. */
const maybe = <T extends z.ZodType>(schema: T, complete: boolean) => (complete ? schema : schema.optional());

export function stepText(complete: boolean) {
  return fields({
    title: maybe(Text, complete),
    summary: maybe(Text, complete),
    todo: maybe(ItemListSchema, complete).meta({ description: 'What to do in this step.' }),
    record: maybe(ItemListSchema, complete).meta({ description: 'What to write in the official file.' }),
    tips: maybe(ItemListSchema, complete),
    pitfalls: maybe(ItemListSchema, complete),
  }, 'add the step with title, summary, todo, record, tips and pitfalls (see content/README.md).');
}

/** A disclosure after a question's answers: the title is the question it answers. */
const Definition = fields({
  title: Text.meta({ description: 'The disclosure\'s title, a question, e.g. "Wat is acute onveiligheid?".' }),
  text: TextList.meta({ description: 'The definition, each item a paragraph.' }),
}, 'write the definition as a group with title and text.');

export function questionText(complete: boolean) {
  return fields({
    label: maybe(Text, complete).meta({ description: 'Short name, e.g. "Veiligheid".' }),
    question: maybe(Text, complete),
    hint: Text.optional().meta({ description: 'One short paragraph right under the question (a GOV.UK hint); the rest goes after the answers.' }),
    explanation: TextList.optional().meta({ description: 'More help, shown after the answers; each item is a paragraph.' }),
    definitions: z.array(Definition, fix('write each definition as "- title: ..." with "text:" (paragraphs) under it.')).optional()
      .meta({ description: 'Terms the answers use, each a closed disclosure after the answers, e.g. "Wat is acute onveiligheid?".' }),
    answers: maybe(z.record(z.string(), Text, fix('give the button text of each answer by its id.')), complete),
  }, 'give the question its label, question, hint and answers.');
}

export function outcomeText(complete: boolean) {
  return fields({
    title: maybe(Text, complete),
    text: maybe(Text, complete).meta({ description: 'What to do now.' }),
    why: maybe(Text, complete).meta({ description: 'Why: which meldnorm or reasoning leads here.' }),
    withVeiligThuis: Text.optional().meta({ description: 'Replaces text when Veilig Thuis is already involved.' }),
    withVeiligThuisTitle: Text.optional(),
    withVeiligThuisWhy: Text.optional(),
    offer: Text.optional().meta({ description: 'Required when an exit leads here: what the screens offering the exit say.' }),
  }, 'give the outcome its title, text and why.');
}

const meldnormText = (complete: boolean) => fields({ 1: maybe(Text, complete), 2: maybe(Text, complete), 3: maybe(Text, complete) });

/** <locale>.yaml of the base: all wording of the national meldcode in one language. */
export function baseText(complete: boolean) {
  const steps = fields(Object.fromEntries(STEP_NUMBERS.map((n) => [n, maybe(stepText(complete), complete)])) as unknown as Record<`${1 | 2 | 3 | 4 | 5}`, z.ZodType>);
  return fields({
    steps: maybe(steps, complete),
    kader: maybe(fields({
      intro: maybe(Text, complete),
      // Which of the two each node needs depends on base.yaml: resolve.ts checks it per node.
      nodes: maybe(z.record(z.string(), z.union([questionText(complete), outcomeText(complete)])), complete),
    }), complete),
    meldnormen: maybe(meldnormText(complete), complete),
  });
}

export const BaseText = baseText(true);
export const BaseTranslation = baseText(false);

export type BaseSource = z.output<typeof BaseSource>;
export type QuestionText = Complete<z.output<ReturnType<typeof questionText>>, 'label' | 'question' | 'answers'>;
export type OutcomeText = Complete<z.output<ReturnType<typeof outcomeText>>, 'title' | 'text' | 'why'>;
