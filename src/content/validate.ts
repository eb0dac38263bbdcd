import { FileChecker, PackValidationError, type PackError } from './errors';
import { FORMAT_VERSION, LOCALES, type CompiledPack, type Locale, type PackText } from './schema';
import { validatePackSource } from './validate-pack';
import { readText, textSpec } from './validate-text';

/** The parsed source files of one pack folder; `texts` holds <locale>.yaml by locale. */
export interface PackFiles {
  folder: string;
  pack: unknown;
  texts: Partial<Record<Locale, unknown>>;
  /** Parse errors found before validation (e.g. broken YAML). */
  errors?: PackError[];
}

/** Validates a pack's files and compiles them into the JSON the app reads; throws with every
 * problem (file, field, fix) when anything is wrong, so a bad pack fails the build. */
export function compilePack(files: PackFiles): CompiledPack {
  const dir = `content/${files.folder}`;
  const errors: PackError[] = [...(files.errors ?? [])];
  // A file that did not parse was reported already; checking its fields would only add noise.
  if (errors.length > 0) throw new PackValidationError(errors);
  const packCheck = new FileChecker(`${dir}/pack.yaml`);
  const source = files.pack === undefined ? undefined : validatePackSource(files.pack, files.folder, packCheck);
  errors.push(...packCheck.errors);
  if (!source) throw new PackValidationError(errors);

  const spec = textSpec(source.kader);
  const text = {} as Record<Locale, PackText>;
  const fallback = {} as Record<Locale, string[]>;
  const defaultCheck = new FileChecker(`${dir}/${source.defaultLocale}.yaml`);
  const base = readText(files.texts[source.defaultLocale], spec, defaultCheck);
  errors.push(...defaultCheck.errors);

  for (const locale of LOCALES) {
    if (locale === source.defaultLocale || !base) continue;
    const check = new FileChecker(`${dir}/${locale}.yaml`);
    if (source.locales.includes(locale) && files.texts[locale] === undefined) {
      check.fail('', 'is missing, but pack.yaml lists this language', `add ${locale}.yaml, or remove ${locale} from "locales".`);
    }
    fallback[locale] = [];
    const read = readText(files.texts[locale], spec, check, base, fallback[locale]);
    if (read) text[locale] = read;
    errors.push(...check.errors);
  }
  if (errors.length > 0 || !base) throw new PackValidationError(errors);
  text[source.defaultLocale] = base;
  fallback[source.defaultLocale] = [];
  return { format: FORMAT_VERSION, ...source, review: source.review ?? [], text, fallback };
}
