// Build time only: content/routes/<id>/, a special route outside the afwegingskader.
import { z } from 'zod';
import { Changelog, type Complete, Day, fields, fix, Locale, Locales, Review, Slug, Source, Text, TextList, Version } from './common';

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
    sources: z.array(Slug, fix('list the ids of the sources this section is based on.'))
      .min(1, fix('every claim needs a source: list the ids of the sources this section is based on.')),
  }), fix('write each section as "- { id: onderwijs, sources: [source-id] }".')).min(1, fix('write each section as "- { id: onderwijs, sources: [source-id] }".')),
  review: Review.default([]),
  changelog: Changelog.default([]),
});

const section = (complete: boolean) => fields({ title: complete ? Text : Text.optional(), items: complete ? TextList : TextList.optional() });

export function routeText(complete: boolean) {
  return fields({
    title: complete ? Text : Text.optional(),
    intro: complete ? Text : Text.optional(),
    meldcode: (complete ? Text : Text.optional()).meta({ description: 'What still goes through the meldcode.' }),
    sections: (complete ? z.record(Slug, section(true)) : z.record(Slug, section(false)).optional()),
  });
}

export const RouteText = routeText(true);
export const RouteTranslation = routeText(false);

export type RouteSource = z.output<typeof RouteSource>;
type Section = Complete<z.output<ReturnType<typeof section>>, 'title' | 'items'>;
export type RouteText = Complete<Omit<z.output<typeof RouteText>, 'sections'>, 'title' | 'intro' | 'meldcode'> & { sections: Record<string, Section> };
