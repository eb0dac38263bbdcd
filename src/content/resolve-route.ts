// Build time only: a special route (content/routes/<id>/), checked the way packs are.
import { join } from 'node:path';
import { PackValidationError } from './errors';
import { fillFile } from './fill';
import { FORMAT_VERSION, LOCALES, type CompiledRoute, type Locale, type RouteText } from './schema';
import { RouteSource, RouteText as RouteTextSchema, RouteTranslation } from './schemas/route';
import { localeFiles, SourceFile } from './source-file';

export interface RouteFiles {
  folder: string;
  route: SourceFile;
  texts: Record<Locale, SourceFile>;
}

export function readRouteFiles(routesDir: string, folder: string, name = `content/routes/${folder}`): RouteFiles {
  const dir = join(routesDir, folder);
  return {
    folder,
    route: new SourceFile(join(dir, 'route.yaml'), `${name}/route.yaml`),
    texts: localeFiles(dir, name),
  };
}

/** Every section must name sources that the route lists, and have wording in every language. */
export function compileRoute(files: RouteFiles): CompiledRoute {
  const all = [files.route, ...Object.values(files.texts)];
  const failed = () => new PackValidationError(all.flatMap((f) => f.errors));
  if (all.some((f) => f.errors.length > 0)) throw failed();
  const c = files.route;
  if (!c.exists) c.fail([], 'is missing', 'every route folder needs a route.yaml; copy content/routes/collega/route.yaml.');
  const source = c.check(RouteSource);
  if (!source) throw failed();
  if (source.id !== files.folder) c.fail(['id'], `"${source.id}" differs from the folder name "${files.folder}"`, `rename the folder or set id: ${files.folder}.`);
  const ids = source.sources.map((s) => s.id);
  source.sections.forEach((s, i) => s.sources.forEach((r, j) => {
    if (!ids.includes(r)) c.fail(['sections', i, 'sources', j], `text "${r}" is not a source of this route`, `use one of: ${ids.join(', ')}.`);
  }));

  const def = files.texts[source.defaultLocale];
  const base = def.check(RouteTextSchema) as RouteText | undefined;
  const sectionIds = source.sections.map((s) => s.id);
  const text = {} as Record<Locale, RouteText>;
  const fallback = {} as Record<Locale, string[]>;
  for (const locale of LOCALES) {
    const file = files.texts[locale];
    const sections = (locale === source.defaultLocale ? base?.sections : (file.value as Partial<RouteText> | undefined)?.sections) ?? {};
    for (const id of sectionIds) if (locale === source.defaultLocale && base && !sections[id]) file.fail(['sections', id], 'is missing', `add the section "${id}" with title and items.`);
    for (const id of Object.keys(sections)) if (!sectionIds.includes(id)) file.fail(['sections', id], `"${id}" is not a section of route.yaml`, `use one of: ${sectionIds.join(', ')}.`);
    if (locale === source.defaultLocale || !base) continue;
    if (source.locales.includes(locale) && !file.exists) file.fail([], 'is missing, but route.yaml lists this language', `add ${locale}.yaml, or remove ${locale} from "locales".`);
    if (file.exists) file.check(RouteTranslation);
    fallback[locale] = [];
    text[locale] = fillFile(file.value, base as unknown as Record<string, unknown>, { fellBack: fallback[locale], unknownItem: () => undefined }) as RouteText;
  }
  if (all.some((f) => f.errors.length > 0) || !base) throw failed();
  text[source.defaultLocale] = base;
  fallback[source.defaultLocale] = [];
  return { format: FORMAT_VERSION, ...source, text, fallback };
}
