// Build time only: content/packs/<id>/, a beroepsgroep that extends the base (or another pack)
// and says only what differs.
import { z } from 'zod';
import { STEP_NUMBERS } from '../../meldcode/types';
import { Beroepsgroep, Changelog, Day, fields, fix, Locales, Review, Slug, Sources, Text } from './common';
import { ITEM_LISTS, outcomeText, questionText } from './base';
import { Kader } from './kader';

const Ids = z.array(Slug, fix('write the ids as a list, e.g. "[signalenlijst]".'));

/** What a pack changes in one step's lists; the texts of added items are in <locale>.yaml. */
const StepChange = fields({
  add: fields(Object.fromEntries(ITEM_LISTS.map((l) => [l, Ids.optional()])) as Record<(typeof ITEM_LISTS)[number], z.ZodOptional<typeof Ids>>,
    'name the list: todo, record, tips or pitfalls.').optional()
    .meta({ description: 'New items by list, after the items of the base; give their text under "items:" in <locale>.yaml.' }),
  remove: Ids.optional().meta({ description: 'Items of the base this pack leaves out (not those marked required).' }),
}, 'write "add:" and/or "remove:" under the step.');

/** pack.yaml. */
export const PackSource = fields({
  id: Slug.meta({ description: 'Also the folder name and the web address /<id>/.' }),
  version: z.string(fix('use a version like 1.0.0 and raise it on every change.')).regex(/^\d+\.\d+\.\d+$/, fix('use a version like 1.0.0 and raise it on every change.')),
  beroepsgroep: Beroepsgroep,
  extends: Slug.meta({ description: '"base" (the national meldcode), or the id of another pack.' }),
  locales: Locales.optional(),
  reviewed: Day.optional().meta({ description: 'Laatst inhoudelijk gecontroleerd; default: the date of what it extends.' }),
  sources: Sources.optional().meta({ description: 'Sources of this pack, shown after those of the base.' }),
  review: Review.optional(),
  changelog: Changelog.optional(),
  routes: z.array(Slug, fix('write the ids of the routes as a list, e.g. "[collega]".')).optional()
    .meta({ description: 'Special routes (content/routes/<id>/) this pack offers; each must exist.' }),
  steps: fields(Object.fromEntries(STEP_NUMBERS.map((n) => [n, StepChange.optional()])) as Record<`${1 | 2 | 3 | 4 | 5}`, z.ZodOptional<typeof StepChange>>).optional(),
  kader: Kader.optional().meta({ description: 'Only where the beroepsgroep really has a kader of its own: replaces the whole graph.' }),
});

const partialStep = fields({ title: Text.optional(), summary: Text.optional() }, 'a pack changes only title and summary here; items go under "items:".');

/** <locale>.yaml of a pack: its title, and only the wording that differs from what it extends. */
export function packText(complete: boolean) {
  return fields({
    title: complete ? Text : Text.optional(),
    description: complete ? Text : Text.optional(),
    setting: Text.optional()
      .meta({ description: 'This pack\'s answer to the start screen\'s question "Waar werk je?", e.g. "Op een school". Only this pack\'s own: a pack that extends it does not inherit it. Without it, the pack is chosen by name only.' }),
    items: z.record(Slug, Text, fix('write each item as "<id>: <text>".')).optional()
      .meta({ description: 'Text by item id: a new item of this pack, or a base item worded differently.' }),
    steps: fields(Object.fromEntries(STEP_NUMBERS.map((n) => [n, partialStep.optional()])) as Record<`${1 | 2 | 3 | 4 | 5}`, z.ZodOptional<typeof partialStep>>).optional(),
    kader: fields({
      intro: Text.optional(),
      nodes: z.record(Slug, z.union([questionText(false), outcomeText(false)])).optional(),
    }).optional(),
    meldnormen: fields({ 1: Text.optional(), 2: Text.optional(), 3: Text.optional() }).optional(),
  });
}

export const PackText = packText(true);
export const PackTranslation = packText(false);

export type PackSource = z.output<typeof PackSource>;
export type PackTextValue = z.output<typeof PackTranslation>;
