// Build time only: what every folder of a collection (routes, regions, practice cases, explainers,
// conversations) goes through before its own checks, so that they all report a broken folder alike.
import { join } from 'node:path';
import type { z } from 'zod';
import { PackValidationError } from './errors';
import { LOCALES, type Locale } from './schema';
import { localeFiles, SourceFile } from './source-file';

/** One folder: `<kind>.yaml` with its structure, and its wording in a file per language. */
export interface FolderFiles {
  folder: string;
  structure: SourceFile;
  texts: Record<Locale, SourceFile>;
}

/** `name` is how messages name the folder, e.g. content/routes/collega. */
export function readFolderFiles(dir: string, folder: string, kind: string, name: string): FolderFiles {
  const at = join(dir, folder);
  return { folder, structure: new SourceFile(join(at, `${kind}.yaml`), `${name}/${kind}.yaml`), texts: localeFiles(at, name) };
}

export interface FolderRules {
  /** The fix when `<kind>.yaml` is missing. */
  missingFix: string;
  /** For a kind that is shown in every language the app speaks: the problem with a language
   * that `locales` leaves out. */
  unlisted?: (locale: Locale) => { message: string; fix: string };
}

export interface OpenFolder<T> {
  /** `<kind>.yaml`, checked against its schema. */
  source: T;
  /** Every problem found so far in the folder's files, as one error. */
  failed(): PackValidationError;
  /** Throws `failed()` when there is any problem. */
  settle(): void;
}

/** The `unlisted` of a kind that shows the same wording in each language, e.g. 'an explainer'. */
export const shownInEveryLanguage = (what: string) => (locale: Locale) => ({
  message: `does not list ${locale}`,
  fix: `${what} is shown in every language the app speaks: write "locales: [${LOCALES.join(', ')}]".`,
});

/** Checks `<kind>.yaml` and its id (and locales, with `unlisted`); throws when it cannot be
 * read or does not fit `schema`. A file that did not parse stops the folder at once: checking
 * the fields of the others would only add noise. */
export function openFolder<S extends z.ZodType<{ id: string; locales?: readonly Locale[] }>>(files: FolderFiles, schema: S, rules: FolderRules): OpenFolder<z.output<S>> {
  const all = [files.structure, ...Object.values(files.texts)];
  const failed = () => new PackValidationError(all.flatMap((f) => f.errors));
  const settle = () => { if (all.some((f) => f.errors.length > 0)) throw failed(); };
  settle();
  const file = files.structure;
  if (!file.exists) file.fail([], 'is missing', rules.missingFix);
  const source = file.check(schema);
  if (!source) throw failed();
  if (source.id !== files.folder) file.fail(['id'], `"${source.id}" differs from the folder name "${files.folder}"`, `rename the folder or set id: ${files.folder}.`);
  const { unlisted } = rules;
  if (unlisted) for (const l of LOCALES) if (!source.locales?.includes(l)) { const { message, fix } = unlisted(l); file.fail(['locales'], message, fix); }
  return { source, failed, settle };
}
