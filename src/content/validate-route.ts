import { describe, FileChecker, isRecord, PackValidationError, type PackError } from './errors';
import { FORMAT_VERSION, LOCALES, type CompiledRoute, type Locale, type RouteText } from './schema';
import { isDate, readLocales, readReview, readSources, SLUG } from './validate-pack';
import { readText, type Spec } from './validate-text';

const ROUTE_FIELDS = ['id', 'version', 'defaultLocale', 'locales', 'reviewed', 'sources', 'sections', 'review'];

/** The parsed files of content/routes/<folder>/. */
export interface RouteFiles {
  folder: string;
  route: unknown;
  texts: Partial<Record<Locale, unknown>>;
  errors?: PackError[];
}

/** Validates a special route the way packs are validated: every problem at once, with file,
 * field and fix. Every section must name sources that the route lists. */
export function compileRoute(files: RouteFiles): CompiledRoute {
  const dir = `content/routes/${files.folder}`;
  const errors: PackError[] = [...(files.errors ?? [])];
  if (errors.length > 0) throw new PackValidationError(errors);
  const c = new FileChecker(`${dir}/route.yaml`);
  const raw = files.route;
  if (!isRecord(raw)) {
    c.fail('', `expected a group of fields, got ${describe(raw)}`, 'start from content/routes/collega/route.yaml as an example.');
    throw new PackValidationError(c.errors);
  }
  for (const key of Object.keys(raw)) {
    if (!ROUTE_FIELDS.includes(key)) c.fail(key, 'unknown field', `remove it or check the spelling; allowed fields: ${ROUTE_FIELDS.join(', ')}.`);
  }
  if (typeof raw.id !== 'string' || !SLUG.test(raw.id)) c.fail('id', `${describe(raw.id)} is not a valid id`, 'use lower-case letters, digits and dashes, e.g. "collega".');
  else if (raw.id !== files.folder) c.fail('id', `"${raw.id}" differs from the folder name "${files.folder}"`, `rename the folder or set id: ${files.folder}.`);
  if (typeof raw.version !== 'string' || !/^\d+\.\d+\.\d+$/.test(raw.version)) c.fail('version', `${describe(raw.version)} is not a version`, 'use a version like 1.0.0 and raise it on every change.');
  if (typeof raw.reviewed !== 'string' || !isDate(raw.reviewed, 'day')) c.fail('reviewed', `${describe(raw.reviewed)} is not a date`, 'write the date of the last content check as "YYYY-MM-DD".');
  const defaultLocale = (raw.defaultLocale ?? 'nl') as Locale;
  if (!LOCALES.includes(defaultLocale)) c.fail('defaultLocale', `${describe(raw.defaultLocale)} is not allowed`, `use one of: ${LOCALES.join(', ')}.`);
  const locales = readLocales(raw.locales, defaultLocale, c);
  const sources = readSources(raw.sources, c) as CompiledRoute['sources'] | undefined;
  const ids = new Set<string>();
  sources?.forEach((s, i) => {
    if (typeof s?.id !== 'string' || !SLUG.test(s.id)) c.fail(`sources.${i}.id`, `${describe(s?.id)} is not a valid source id`, 'give each source a short id, e.g. "igj-zorgrelatie".');
    else ids.add(s.id);
  });
  const sections = readSections(raw.sections, ids, c);
  const review = readReview(raw.review, c);
  errors.push(...c.errors);
  if (errors.length > 0 || !sections || !locales || !sources) throw new PackValidationError(errors);

  const spec: Spec = {
    title: 'text', intro: 'text', meldcode: 'text',
    sections: Object.fromEntries(sections.map((s) => [s.id, { title: 'text', items: 'list' } as Spec])),
  };
  const text = {} as Record<Locale, RouteText>;
  const fallback = {} as Record<Locale, string[]>;
  const baseCheck = new FileChecker(`${dir}/${defaultLocale}.yaml`);
  const base = readText<RouteText>(files.texts[defaultLocale], spec, baseCheck);
  errors.push(...baseCheck.errors);
  for (const locale of LOCALES) {
    if (locale === defaultLocale || !base) continue;
    const check = new FileChecker(`${dir}/${locale}.yaml`);
    if (locales.includes(locale) && files.texts[locale] === undefined) check.fail('', 'is missing, but route.yaml lists this language', `add ${locale}.yaml, or remove ${locale} from "locales".`);
    fallback[locale] = [];
    const read = readText<RouteText>(files.texts[locale], spec, check, base, fallback[locale]);
    if (read) text[locale] = read;
    errors.push(...check.errors);
  }
  if (errors.length > 0 || !base) throw new PackValidationError(errors);
  text[defaultLocale] = base;
  fallback[defaultLocale] = [];
  return {
    format: FORMAT_VERSION, id: raw.id as string, version: raw.version as string, defaultLocale, locales,
    reviewed: raw.reviewed as string, sources, sections, review, text, fallback,
  };
}

function readSections(v: unknown, sourceIds: Set<string>, c: FileChecker): CompiledRoute['sections'] | undefined {
  if (!Array.isArray(v) || v.length === 0) return c.fail('sections', `expected a list of sections, got ${describe(v)}`, 'write each section as "- { id: onderwijs, sources: [source-id] }".');
  return v.map((s, i) => {
    const at = `sections.${i}`;
    if (!isRecord(s) || typeof s.id !== 'string' || !SLUG.test(s.id)) {
      c.fail(`${at}.id`, `${describe(isRecord(s) ? s.id : s)} is not a valid section id`, 'use lower-case letters, digits and dashes.');
      return { id: '', sources: [] };
    }
    const refs = Array.isArray(s.sources) ? s.sources : [];
    if (refs.length === 0) c.fail(`${at}.sources`, 'names no source', 'every claim needs a source: list the ids of the sources this section is based on.');
    refs.forEach((r, j) => {
      if (typeof r !== 'string' || !sourceIds.has(r)) c.fail(`${at}.sources.${j}`, `${describe(r)} is not a source of this route`, `use one of: ${[...sourceIds].join(', ')}.`);
    });
    return { id: s.id, sources: refs as string[] };
  });
}
