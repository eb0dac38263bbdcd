// Build time only (Node): zod must never reach the app bundle. The app imports types from
// here with `import type`, which the bundler erases.
import { z } from 'zod';
import { BEROEPSGROEPEN, LOCALES } from '../schema';

/** The fix an author reads under a problem with this field (see issues.ts): zod reports it as
 * the message, and issues.ts words the problem itself from the value found. */
export const fix = (text: string) => ({ error: () => text });

/** An object whose unknown fields are errors that list the allowed ones. */
export function fields<T extends z.core.$ZodLooseShape>(shape: T, missingFix?: string) {
  const allowed = Object.keys(shape).join(', ');
  return z.strictObject(shape, {
    error: (iss) => (iss.code === 'unrecognized_keys' ? `remove it or check the spelling; allowed fields: ${allowed}.` : missingFix),
  });
}

export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const Slug = z.string(fix('use lower-case letters, digits and dashes, e.g. "onderwijs".')).regex(SLUG, fix('use lower-case letters, digits and dashes, e.g. "onderwijs".'));

export const Text = z.string(fix('write the text after the colon; put quotes around it if it contains a colon.')).trim().min(1, fix('write the text after the colon; put quotes around it if it contains a colon.'));

export const TextList = z.array(Text, fix('write each item on its own line starting with "- ".'));

export const Version = z.string(fix('use a version like 1.0.0 and raise it on every change.'))
  .regex(/^\d+\.\d+\.\d+$/, fix('use a version like 1.0.0 and raise it on every change.'))
  .meta({ description: 'Semantic version of the content, e.g. 1.2.0; raise it on every change.' });

export function isDate(text: string, precision: 'day' | 'any'): boolean {
  const pattern = precision === 'day' ? /^\d{4}-\d{2}-\d{2}$/ : /^\d{4}(-\d{2}(-\d{2})?)?$/;
  if (!pattern.test(text)) return false;
  const [y, m = 1, d = 1] = text.split('-').map(Number);
  const date = new Date(Date.UTC(y!, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const DAY_FIX = 'write it as "YYYY-MM-DD", e.g. "2026-11-23", in quotes.';
export const Day = z.string(fix(DAY_FIX)).regex(/^\d{4}-\d{2}-\d{2}$/, fix(DAY_FIX)).refine((d) => isDate(d, 'day'), fix(DAY_FIX));

const ANY_DATE_FIX = 'write YYYY-MM-DD (or YYYY-MM, or YYYY when only the year is known) in quotes.';
const AnyDate = z.string(fix(ANY_DATE_FIX)).regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, fix(ANY_DATE_FIX)).refine((d) => isDate(d, 'any'), fix(ANY_DATE_FIX));

export const Locale = z.enum(LOCALES);
export const Locales = z.array(Locale, fix(`write e.g. "locales: [nl, en]"; allowed: ${LOCALES.join(', ')}.`))
  .min(1, fix(`write e.g. "locales: [nl, en]"; allowed: ${LOCALES.join(', ')}.`))
  .meta({ description: 'The languages provided; must include defaultLocale. Missing text falls back to it.' });

export const Beroepsgroep = z.enum(BEROEPSGROEPEN).meta({ description: 'The professional group (beroepsgroep) this pack is for.' });

export const Source = fields({
  id: Slug.optional().meta({ description: 'A short name by which steps, groups and roles of a pack cite this source, e.g. "knmg-2023".' }),
  title: Text.meta({ description: 'What the source is called, as a reader would search for it.' }),
  url: z.string(fix('write the full address, starting with https://.')).regex(/^https?:\/\/[^\s]+\.[^\s]+$/, fix('write the full address, starting with https://.')),
  date: AnyDate.meta({ description: 'When it was published or last seen: YYYY-MM-DD, or YYYY-MM / YYYY.' }),
}, 'write each source as a group with id, title, url and date.');

export const Sources = z.array(Source, fix('every pack cites at least one source with title, url and date.'))
  .min(1, fix('every pack cites at least one source with title, url and date.'));

export const Review = z.array(Text, fix('write each point to check as a line starting with "- ".'))
  .meta({ description: 'Points an expert must still check; shown to users under "Nog te controleren".' });

export const ChangelogEntry = fields({
  version: Version,
  date: Day,
  changes: z.array(Text, fix('write each change as a line starting with "- ".')).min(1, fix('write each change as a line starting with "- ".')),
}, 'write each version as a group with version, date and changes.');

export const Changelog = z.array(ChangelogEntry, fix('write each version as a group with version, date and changes.'))
  .meta({ description: 'What changed in each version, newest first; the newest entry is the current version.' });

/**
 * One point of a list (a to-do, something to record, a tip, a pitfall; later signals and
 * conversation guides). Cases store ticks by id, so an id never changes once shipped.
 */
export const Item = fields({
  id: Slug.meta({ description: 'Stable id, unique within the pack. Never change it once shipped.' }),
  text: Text,
  required: z.boolean(fix('write true, or leave it out.')).optional()
    .meta({ description: 'In the base only: no pack may remove this item (e.g. the kindcheck).' }),
}, 'write each item as "- id: <id>" with "text:" on the next line.');

/** The default language's form of a two-mode schema, in which the fields a translation may
 * leave out are always there. */
export type Complete<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };

export type Source = z.infer<typeof Source>;
export type ChangelogEntry = z.infer<typeof ChangelogEntry>;
export type SourceItem = z.infer<typeof Item>;
