// Build time only: content/practice/<id>/, one fictional practice case for training mode
// (practice.yaml for the pack, route, signals and the expert's walk; nl.yaml and en.yaml for the
// wording). The rules between files (the pack exists, the walk fits its graph) are in
// resolve-practice.ts.
import { z } from 'zod';
import { Day, fields, fix, Locales, Slug, Source, Text, TextList, Version } from './common';

const MOVE_FIX = 'write each move as "- { node: a1, answer: ja }", or "- { node: melden-veiligheid }" to pass an outcome on.';

/** One move of the expert's walk, as a KaderState holds it. */
const Move = fields({
  node: Slug.meta({ description: 'The node of the pack\'s afwegingskader the walk is at (a1 … a5, or an outcome such as melden-veiligheid).' }),
  answer: Slug.optional().meta({ description: 'The answer (or exit) the expert picks there; leave it out to pass a waypoint outcome on.' }),
}, MOVE_FIX);

const NonEmptyList = (what: string) => TextList.min(1, fix(`write at least one ${what}, each on its own line starting with "- ".`));

/** practice.yaml */
export const PracticeSource = fields({
  id: Slug.meta({ description: 'Also the folder name and the address /oefenen/<id>/. Not "uitleg" or "gesprek".' }),
  version: Version,
  reviewed: Day.meta({ description: 'The day a person last checked the case against its sources.' }),
  locales: Locales.meta({ description: 'The languages the case is written in: every language the app speaks, e.g. [nl, en].' }),
  pack: Slug.meta({ description: 'The pack the case is walked in: algemeen, onderwijs, kinderopvang, artsen, sociaal-domein …' }),
  route: Slug.nullable().meta({ description: 'A special route the pack offers (vgv, huwelijksdwang …), or null.' }),
  signals: z.array(Slug, fix('list the ids of the items of the pack\'s step-1 lists an expert would tick, e.g. "[sig-verzuim]", or "[]".'))
    .meta({ description: 'Ids of the items of the pack\'s step-1 lists (signals or checklists) an expert would tick.' }),
  expert: z.array(Move, fix(MOVE_FIX)).min(1, fix(MOVE_FIX))
    .meta({ description: 'The afwegingskader as an expert walks it, from the first question of the pack\'s kader to an outcome.' }),
  sources: z.array(Source.extend({ id: Slug }), fix('list every source with id, title, url and date.'))
    .min(1, fix('every case rests on sources: list each with id, title, url and date.')),
});

/** nl.yaml and en.yaml: both complete (a trainer presents the case in either language). */
export const PracticeText = fields({
  title: Text.meta({ description: 'Fictional first name and age only, e.g. "Daan (8) en de blauwe plekken".' }),
  summary: Text.meta({ description: 'One line for the list of cases.' }),
  situation: NonEmptyList('paragraph').meta({ description: 'The situation, paragraph by paragraph.' }),
  signals: Text.meta({ description: 'Why these signals matter (step 1).' }),
  step2: NonEmptyList('point').meta({ description: 'What good consultation looks like (step 2).' }),
  step3: NonEmptyList('point').meta({ description: 'What a good conversation looks like (step 3).' }),
  why: z.record(Slug, Text, fix('write per question node of "expert" in practice.yaml why the expert answers so, e.g. "a1: …".'))
    .meta({ description: 'Per question node of the expert\'s walk (a1, a2 …): why the expert answers as they do.' }),
  questions: NonEmptyList('discussion question').meta({ description: 'Questions for the group to discuss.' }),
  mistakes: NonEmptyList('common mistake').meta({ description: 'Common mistakes in a case like this.' }),
});

export type PracticeSource = z.output<typeof PracticeSource>;
export type PracticeText = z.output<typeof PracticeText>;
