// Build time only: content/packs/<id>/, a beroepsgroep that extends the base (or another pack)
// and says only what differs.
import { z } from 'zod';
import { STEP_NUMBERS } from '../../meldcode/types';
import { Beroepsgroep, Changelog, Day, fields, fix, Locales, Review, Slug, Sources, Text } from './common';
import { ITEM_LISTS, outcomeText, questionText } from './base';
import { Kader } from './kader';
import { GROUP_KINDS } from '../schema';

const Ids = z.array(Slug, fix('write the ids as a list, e.g. "[signalenlijst]".'));
const SourceIds = z.array(Slug, fix('list the ids of the sources (under "sources:" in pack.yaml) this is based on, e.g. "[knmg-2023]".'))
  .min(1, fix('every claim needs a source: list the ids of the sources this is based on.'));

/** A titled list in a step: signals by age group or form of violence (ticked, into the case and
 * its summary), a checklist (e.g. the kindcheck, ticked too), or a guide to read (step 3). */
const Group = fields({
  id: Slug.meta({ description: 'Stable id of the group, unique within the pack; its title is under "groups:" in <locale>.yaml.' }),
  kind: z.enum(GROUP_KINDS, fix(`use one of: ${GROUP_KINDS.join(', ')}.`))
    .meta({ description: 'signals: a tick list of signals (step 1); checklist: a tick list of actions (e.g. the kindcheck); guide: guidance to read (e.g. a conversation guide).' }),
  sources: SourceIds,
  items: z.array(Slug, fix('write the ids of the group\'s items as a list; their text goes under "items:" in <locale>.yaml.'))
    .min(1, fix('a group needs at least one item: write their ids as a list.')),
}, 'write each group as "- { id: <id>, kind: signals, sources: [<source id>], items: [<item ids>] }".');

const Role = fields({
  id: Slug.meta({ description: 'e.g. medewerker, aandachtsfunctionaris, bevoegd-gezag; name and description under "roles:" in <locale>.yaml.' }),
  sources: SourceIds,
}, 'write each role as "- { id: <id>, sources: [<source id>] }".');

/** What a pack changes in one step's lists; the texts of added items are in <locale>.yaml. */
const StepChange = fields({
  sources: SourceIds.optional().meta({ description: 'The sources of what this step adds or rewords; required when it adds items or groups.' }),
  groups: z.array(Group, fix('write the groups as a list.')).optional()
    .meta({ description: 'Titled lists in this step: signal lists, checklists (e.g. the kindcheck) and guides.' }),
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
  kaderStep: z.literal(STEP_NUMBERS, fix('use a step number from 1 to 5.')).optional()
    .meta({ description: 'The step whose screen starts the afwegingskader, when the beroepsgroep\'s meldcode puts it elsewhere (KNMG: step 5); default: that of what it extends.' }),
  roles: z.array(Role, fix('write the roles as a list, the default role first.')).min(1).optional()
    .meta({ description: 'The roles in this beroepsgroep (e.g. medewerker, aandachtsfunctionaris, houder), the default first. Each is chosen once and shown where a step differs per role.' }),
  routes: z.array(Slug, fix('write the ids of the routes as a list, e.g. "[collega]".')).optional()
    .meta({ description: 'Special routes (content/routes/<id>/) this pack offers; each must exist.' }),
  steps: fields(Object.fromEntries(STEP_NUMBERS.map((n) => [n, StepChange.optional()])) as Record<`${1 | 2 | 3 | 4 | 5}`, z.ZodOptional<typeof StepChange>>).optional(),
  kader: Kader.optional().meta({ description: 'Only where the beroepsgroep really has a kader of its own: replaces the whole graph.' }),
});

const partialStep = fields({
  title: Text.optional(),
  summary: Text.optional(),
  roles: z.record(Slug, Text, fix('write per role "<role id>: <text>".')).optional()
    .meta({ description: 'What differs in this step for a role, one short paragraph per role id of pack.yaml.' }),
}, 'a pack changes only title, summary and role texts here; items go under "items:".');

const RoleText = (complete: boolean) => fields({
  name: complete ? Text : Text.optional(),
  description: complete ? Text : Text.optional(),
}, 'give the role its name and description.');

const GroupText = (complete: boolean) => fields({
  title: complete ? Text : Text.optional(),
  intro: Text.optional().meta({ description: 'One sentence shown under the title.' }),
}, 'give the group its title (and optionally an intro).');

/** <locale>.yaml of a pack: its title, and only the wording that differs from what it extends. */
export function packText(complete: boolean) {
  return fields({
    title: complete ? Text : Text.optional(),
    description: complete ? Text : Text.optional(),
    setting: Text.optional()
      .meta({ description: 'This pack\'s answer to the start screen\'s question "Waar werk je?", e.g. "Op een school". Only this pack\'s own: a pack that extends it does not inherit it. Without it, the pack is chosen by name only.' }),
    roles: z.record(Slug, RoleText(complete), fix('write per role id of pack.yaml its name and description.')).optional()
      .meta({ description: 'Name and description of each role of pack.yaml.' }),
    groups: z.record(Slug, GroupText(complete), fix('write per group id of pack.yaml its title.')).optional()
      .meta({ description: 'The title of each group of pack.yaml (signal lists, checklists, guides).' }),
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
