// Build time only: content/regions/<id>/, a region's sociale kaart drawn from one regional document.
import { z } from 'zod';
import { Day, fields, fix, Slug, Text, TextList, Version } from './common';

/** What kind of actor an entry of the sociale kaart is; the app names the kind in both languages. */
export const REGION_KINDS = ['veilig-thuis', 'lokaal-team', 'zorg-en-veiligheidshuis', 'mda', 'centrumgemeente', 'centrum-seksueel-geweld', 'vrouwenopvang', 'overleg', 'andere'] as const;

const AnyDate = z.string(fix('write YYYY-MM-DD, YYYY-MM or YYYY in quotes.')).regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, fix('write YYYY-MM-DD, YYYY-MM or YYYY in quotes.'));

/** The regional document the kaart is drawn from. Seed documents are often found as a file,
 * not at a stable address, so the address is optional; owner and date are not. */
const RegionDocument = fields({
  title: Text.meta({ description: 'The document\'s title, as a reader would search for it.' }),
  owner: Text.meta({ description: 'Who wrote or published it (gemeente, centrumgemeente, GGD …).' }),
  date: AnyDate.meta({ description: 'The date of the document: shown on screen so a reader sees how old it is.' }),
  url: z.string(fix('write the full address, starting with https://.')).regex(/^https:\/\/[^\s]+\.[^\s]+$/, fix('write the full address, starting with https://.')).optional(),
}, 'write the document as "source:" with title, owner and date.');

/** Where in the document an entry's claims are: a page or a section, as the document numbers it. */
const Cite = fields({
  at: Text.meta({ description: 'Page or section of the document, e.g. "§6.2 Verantwoordelijkheden" or "p. 17".' }),
}, 'write each source as "- at: <page or section>".');

const Entry = fields({
  id: Slug,
  kind: z.enum(REGION_KINDS, fix(`use one of: ${REGION_KINDS.join(', ')}.`)),
  steps: z.array(z.union([z.literal(2), z.literal(5)], fix('use 2 (whom to consult) and/or 5 (organising help).')), fix('write e.g. "steps: [2, 5]".'))
    .min(1, fix('tag the entry for step 2 (whom to consult) and/or step 5 (organising help), e.g. "steps: [2]".'))
    .meta({ description: 'The meldcode steps where the entry is shown: 2 (whom to consult), 5 (organising help).' }),
  sources: z.array(Cite, fix('list where in the document this entry comes from, e.g. "- at: §6.2".'))
    .min(1, fix('every claim needs a source: list where in the document this entry comes from, e.g. "- at: §6.2".')),
}, 'write each entry as "- id: <id>" with kind, steps and sources.');

/** region.yaml */
export const RegionSource = fields({
  id: Slug.meta({ description: 'Also the folder name and the address /regio/<id>/.' }),
  vt: z.string(fix('write the CBS code of the Veilig Thuis region, e.g. "VT10".')).regex(/^VT\d{2}$/, fix('write the CBS code of the Veilig Thuis region, e.g. "VT10".')),
  version: Version,
  reviewed: Day,
  source: RegionDocument,
  entries: z.array(Entry, fix('list the entries of the sociale kaart under "entries:".')).min(1, fix('list the entries of the sociale kaart under "entries:".')),
});

const EntryText = fields({
  name: Text.meta({ description: 'The actor\'s name, as the region calls it.' }),
  what: Text.meta({ description: 'What it does, in one to three sentences.' }),
  when: Text.meta({ description: 'When a professional involves it.' }),
  review: Text.optional().meta({ description: 'What to check about this entry (shown under it).' }),
}, 'give the entry its name, what and when.');

/** nl.yaml and en.yaml: both complete (a sociale kaart half in another language helps no one). */
export const RegionText = fields({
  title: Text.meta({ description: 'The region\'s name.' }),
  intro: Text.meta({ description: 'How the region is organised, in two or three sentences.' }),
  review: TextList.meta({ description: 'Points to check, shown on the kaart, e.g. "controleer of dit nog zo werkt".' }),
  entries: z.record(Slug, EntryText),
});

export type RegionSource = z.output<typeof RegionSource>;
export type RegionText = z.output<typeof RegionText>;
export type RegionKind = (typeof REGION_KINDS)[number];
