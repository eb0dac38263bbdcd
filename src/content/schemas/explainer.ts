// Build time only: content/explainers/<id>/, an explainer used in the training (the three phases,
// acute versus structural, advies versus melding, the meldnormen, common misunderstandings).
import { z } from 'zod';
import { Day, fields, fix, Locales, Slug, Text, TextList, Version } from './common';

const ANY_DATE_FIX = 'write YYYY-MM-DD, YYYY-MM or YYYY in quotes.';

/** One source an explainer's sections cite by id: who says so, where, and when. */
export const PracticeSourceSchema = fields({
  id: Slug.meta({ description: 'The short name sections cite, e.g. "nji-afwegingskader".' }),
  title: Text.meta({ description: 'Owner and title, as a reader would search for it.' }),
  url: z.string(fix('write the full address, starting with https://.')).regex(/^https:\/\/[^\s]+\.[^\s]+$/, fix('write the full address, starting with https://.')),
  date: z.string(fix(ANY_DATE_FIX)).regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, fix(ANY_DATE_FIX)),
}, 'write each source as a group with id, title, url and date.');

export const PracticeSources = z.array(PracticeSourceSchema, fix('list the sources with id, title, url and date.'))
  .min(1, fix('every claim needs a source: list at least one with id, title, url and date.'));

/** explainer.yaml */
export const ExplainerSource = fields({
  id: Slug.meta({ description: 'Also the folder name and the address /oefenen/uitleg/<id>/.' }),
  version: Version,
  reviewed: Day,
  locales: Locales,
  sources: PracticeSources,
});

const Section = fields({
  title: Text,
  paragraphs: z.array(Text, fix('write each paragraph on its own line starting with "- ".')).min(1, fix('write at least one paragraph.')),
  sources: z.array(Slug, fix('write e.g. "sources: [nji-afwegingskader]".'))
    .min(1, fix('every section names the sources it rests on, e.g. "sources: [nji-afwegingskader]".')),
}, 'write each section as "- title: …" with paragraphs and sources.');

/** nl.yaml and en.yaml: both complete. */
export const ExplainerText = fields({
  title: Text,
  summary: Text.meta({ description: 'One or two sentences: what the explainer is about.' }),
  sections: z.array(Section, fix('list the sections under "sections:".')).min(1, fix('list the sections under "sections:".')),
  review: TextList.meta({ description: 'Points an expert must still check; shown under "Nog te controleren".' }),
});

export type ExplainerSource = z.output<typeof ExplainerSource>;
export type ExplainerText = z.output<typeof ExplainerText>;
