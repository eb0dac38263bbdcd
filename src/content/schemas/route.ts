// Build time only: content/routes/<id>/, a special route outside the afwegingskader.
import { z } from 'zod';
import { Beroepsgroep, Changelog, type Complete, Day, fields, fix, Locale, Locales, Review, Slug, Source, Text, TextList, Version } from './common';

const NodeName = z.string(fix('name a node of the walk.')).meta({ description: 'The name of a node in walk.nodes.' });

const WalkQuestion = fields({
  type: z.literal('question'),
  answers: z.array(fields({
    id: Slug,
    next: NodeName,
    acute: z.boolean(fix('write true or false, or leave it out.')).optional().meta({ description: 'Acute danger: "Bel 112" comes first from here on.' }),
  }, 'write the answer as "- { id: ja, next: <node> }".'), fix('give each question at least two answers.')),
});

const WalkOutcome = fields({
  type: z.literal('outcome'),
  sections: z.array(Slug, fix('list the ids of the sections this outcome shows, e.g. "[acuut]".')).min(1, fix('list the ids of the sections this outcome shows, e.g. "[acuut]".')),
});

/** A route's short walk: questions whose answers decide which sections apply. The same engine
 * walks it as the afwegingskader, and the answers go into the case. */
const Walk = fields({
  start: NodeName.meta({ description: 'The first question.' }),
  nodes: z.record(Slug, z.discriminatedUnion('type', [WalkQuestion, WalkOutcome], fix('use "question" or "outcome".')), fix('list the nodes under "nodes:", each by its name.')),
}, 'write the walk as "start:" and "nodes:" (see content/README.md).');

/** The wording of one node of a route's walk (questions and outcomes are told apart by the graph). */
export const walkQuestionText = (complete: boolean) => fields({
  question: complete ? Text : Text.optional(),
  hint: Text.optional().meta({ description: 'One or two sentences under the question.' }),
  answers: (complete ? z.record(Slug, Text) : z.record(Slug, Text).optional()),
}, 'give the question its question and answers.');
export const walkOutcomeText = (complete: boolean) => fields({
  title: complete ? Text : Text.optional(),
  text: complete ? Text : Text.optional(),
}, 'give the outcome its title and text.');

/** route.yaml. Each section names the sources its claims come from. */
export const RouteSource = fields({
  id: Slug.meta({ description: 'Also the folder name and the address /route/<id>/.' }),
  version: Version,
  defaultLocale: Locale.default('nl'),
  locales: Locales,
  reviewed: Day,
  sources: z.array(Source.extend({ id: Slug }), fix('list every source with id, title, url and date.')).min(1, fix('list every source with id, title, url and date.')),
  sections: z.array(fields({
    id: Slug,
    for: z.array(Beroepsgroep, fix('list the beroepsgroepen this section is written for, e.g. "[onderwijs]".')).optional()
      .meta({ description: 'The beroepsgroepen this section is written for: their packs show it first.' }),
    sources: z.array(Slug, fix('list the ids of the sources this section is based on.'))
      .min(1, fix('every claim needs a source: list the ids of the sources this section is based on.')),
  }), fix('write each section as "- { id: onderwijs, sources: [source-id] }".')).min(1, fix('write each section as "- { id: onderwijs, sources: [source-id] }".')),
  review: Review.default([]),
  changelog: Changelog.default([]),
  walk: Walk.optional(),
});

const section = (complete: boolean) => fields({ title: complete ? Text : Text.optional(), items: complete ? TextList : TextList.optional() });

export function routeText(complete: boolean) {
  return fields({
    title: complete ? Text : Text.optional(),
    intro: complete ? Text : Text.optional(),
    meldcode: (complete ? Text : Text.optional()).meta({ description: 'What still goes through the meldcode.' }),
    sections: (complete ? z.record(Slug, section(true)) : z.record(Slug, section(false)).optional()),
    // Checked node by node against route.yaml's walk (resolve-route.ts).
    walk: z.record(Slug, z.unknown()).optional().meta({ description: 'The wording of each node of the walk: a question has question, hint, answers; an outcome title and text.' }),
  });
}

export const RouteText = routeText(true);
export const RouteTranslation = routeText(false);

export type RouteSource = z.output<typeof RouteSource>;
type Section = Complete<z.output<ReturnType<typeof section>>, 'title' | 'items'>;
export interface WalkQuestionText { question: string; hint?: string; answers: Record<string, string> }
export interface WalkOutcomeText { title: string; text: string }
export type RouteText = Complete<Omit<z.output<typeof RouteText>, 'sections' | 'walk'>, 'title' | 'intro' | 'meldcode'> & {
  sections: Record<string, Section>;
  walk?: Record<string, WalkQuestionText | WalkOutcomeText>;
};
