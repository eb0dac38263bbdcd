// Build time only: content/base/, read and checked, into the Resolved every pack starts from.
import { join } from 'node:path';
import type { Kader } from '../meldcode/types';
import { isRecord, PackValidationError } from './errors';
import { fillFile } from './fill';
import { checkGraph } from './graph-errors';
import { checkNodeTexts } from './node-text';
import type { Resolved, ResolvedText } from './resolved';
import { LOCALES, type Locale } from './schema';
import { BaseSource, BaseText, BaseTranslation, ITEM_LISTS } from './schemas/base';
import { localeFiles, SourceFile } from './source-file';

/** Reads base.yaml and its language files from `dir`; `name` is how messages name the folder. */
export function resolveBase(dir: string, name = 'content/base'): Resolved {
  const structure = new SourceFile(join(dir, 'base.yaml'), `${name}/base.yaml`);
  const files = localeFiles(dir, name);
  const all = [structure, ...Object.values(files)];
  const failed = () => new PackValidationError(all.flatMap((f) => f.errors));
  // A file that did not parse was reported already; checking its fields would only add noise.
  if (all.some((f) => f.errors.length > 0)) throw failed();
  if (!structure.exists) structure.fail([], 'is missing', 'the base needs a base.yaml with the afwegingskader; see content/README.md.');
  const source = structure.check(BaseSource);
  if (!source) throw failed();
  const kader = source.kader as Kader;
  checkGraph(kader, structure);

  const def = files[source.defaultLocale];
  const text = checkText(def, kader, true) as ResolvedText | undefined;
  if (!text) throw failed();
  const required = new Set<string>();
  const seen = new Set<string>();
  for (const [n, step] of Object.entries(text.steps)) {
    for (const list of ITEM_LISTS) {
      step[list].forEach((item, i) => {
        if (seen.has(item.id)) def.fail(['steps', n, list, i, 'id'], `"${item.id}" is used twice`, 'give every item of the base its own id: cases remember ticks by id.');
        seen.add(item.id);
        if (item.required) required.add(item.id);
      });
    }
  }

  const texts = { [source.defaultLocale]: text } as Record<Locale, ResolvedText>;
  const fellBack = { [source.defaultLocale]: [] } as unknown as Record<Locale, string[]>;
  for (const locale of LOCALES) {
    if (locale === source.defaultLocale) continue;
    const file = files[locale];
    if (source.locales.includes(locale) && !file.exists) file.fail([], 'is missing, but base.yaml lists this language', `add ${locale}.yaml, or remove ${locale} from "locales".`);
    if (file.exists) checkText(file, kader, false);
    fellBack[locale] = [];
    texts[locale] = fillFile(file.value, text as unknown as Record<string, unknown>, {
      fellBack: fellBack[locale],
      unknownItem: (path, id) => file.fail(path, `"${id}" is not an item of ${def.name}`, 'use the ids of the default language file; items are matched by id.'),
    }) as ResolvedText;
  }
  if (all.some((f) => f.errors.length > 0)) throw failed();
  return {
    defaultLocale: source.defaultLocale, locales: source.locales, reviewed: source.reviewed, sources: source.sources,
    review: source.review, kaderStep: source.kaderStep, kader, roles: [], routes: [], groups: { 1: [], 2: [], 3: [], 4: [], 5: [] }, text: texts, fellBack, required, files: [def.name, ...all.filter((f) => f !== def).map((f) => f.name)],
  };
}

/** The node texts are checked one by one against the kind of node (node-text.ts), so the
 * whole-file check leaves them out: a union of both kinds would only say "neither". */
function checkText(file: SourceFile, kader: Kader, complete: boolean): unknown {
  const value = file.value;
  const nodes = isRecord(value) && isRecord(value.kader) ? value.kader.nodes : undefined;
  const withoutNodes = isRecord(value) && isRecord(value.kader) && isRecord(nodes) ? { ...value, kader: { ...value.kader, nodes: {} } } : value;
  const checked = file.check(complete ? BaseText : BaseTranslation, withoutNodes ?? (complete ? undefined : {}));
  checkNodeTexts(nodes, kader, file, complete);
  return checked && file.errors.length === 0 ? value : undefined;
}
