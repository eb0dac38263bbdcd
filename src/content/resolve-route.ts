// Build time only: a special route (content/routes/<id>/), checked the way packs are.
import type { z } from 'zod';
import { fillFile } from './fill';
import { FORMAT_VERSION, LOCALES, type CompiledRoute, type Locale, type RouteText } from './schema';
import { checkGraph } from './graph-errors';
import { isRecord } from './errors';
import { RouteSource, RouteText as RouteTextSchema, RouteTranslation, walkOutcomeText, walkQuestionText } from './schemas/route';
import type { SourceFile } from './source-file';
import { openFolder, readFolderFiles, type FolderFiles } from './resolve-folder';

export function readRouteFiles(routesDir: string, folder: string, name = `content/routes/${folder}`): FolderFiles {
  return readFolderFiles(routesDir, folder, 'route', name);
}

/** Every section must name sources that the route lists, and have wording in every language. */
export function compileRoute(files: FolderFiles): CompiledRoute {
  const { source, failed, settle } = openFolder(files, RouteSource, { missingFix: 'every route folder needs a route.yaml; copy content/routes/collega/route.yaml.' });
  const c = files.structure;
  const ids = source.sources.map((s) => s.id);
  const sectionIds = source.sections.map((s) => s.id);
  source.sections.forEach((s, i) => s.sources.forEach((r, j) => {
    if (!ids.includes(r)) c.fail(['sections', i, 'sources', j], `text "${r}" is not a source of this route`, `use one of: ${ids.join(', ')}.`);
  }));

  if (source.walk) {
    checkGraph(source.walk, c, 'walk');
    for (const [id, node] of Object.entries(source.walk.nodes)) {
      if (node.type !== 'outcome') continue;
      node.sections.forEach((s, i) => { if (!sectionIds.includes(s)) c.fail(['walk', 'nodes', id, 'sections', i], `"${s}" is not a section of this route`, `use one of: ${sectionIds.join(', ')}.`); });
    }
  }

  const def = files.texts[source.defaultLocale];
  const base = def.check(RouteTextSchema) as RouteText | undefined;
  const text = {} as Record<Locale, RouteText>;
  const fallback = {} as Record<Locale, string[]>;
  for (const locale of LOCALES) {
    const file = files.texts[locale];
    const sections = (locale === source.defaultLocale ? base?.sections : (file.value as Partial<RouteText> | undefined)?.sections) ?? {};
    for (const id of sectionIds) if (locale === source.defaultLocale && base && !sections[id]) file.fail(['sections', id], 'is missing', `add the section "${id}" with title and items.`);
    for (const id of Object.keys(sections)) if (!sectionIds.includes(id)) file.fail(['sections', id], `"${id}" is not a section of route.yaml`, `use one of: ${sectionIds.join(', ')}.`);
    checkWalkTexts(source.walk, (file.value as Partial<RouteText> | undefined)?.walk, file, locale === source.defaultLocale && file.exists);
    if (locale === source.defaultLocale || !base) continue;
    if (source.locales.includes(locale) && !file.exists) file.fail([], 'is missing, but route.yaml lists this language', `add ${locale}.yaml, or remove ${locale} from "locales".`);
    if (file.exists) file.check(RouteTranslation);
    fallback[locale] = [];
    text[locale] = fillFile(file.value, base as unknown as Record<string, unknown>, { fellBack: fallback[locale], unknownItem: () => undefined }) as RouteText;
  }
  if (!base) throw failed();
  settle();
  text[source.defaultLocale] = base;
  fallback[source.defaultLocale] = [];
  return { format: FORMAT_VERSION, ...source, text, fallback };
}

/** Every node of a route's walk has the wording of its kind: a question its question and a text
 * per answer, an outcome its title and text. */
function checkWalkTexts(walk: z.output<typeof RouteSource>['walk'], texts: unknown, file: SourceFile, complete: boolean) {
  if (!walk) {
    if (texts !== undefined) file.fail(['walk'], 'route.yaml has no walk', 'remove "walk:" here, or add the walk to route.yaml.');
    return;
  }
  const nodes = isRecord(texts) ? texts : {};
  for (const id of Object.keys(nodes)) if (!walk.nodes[id]) file.fail(['walk', id], `"${id}" is not a node of the walk in route.yaml`, `use one of: ${Object.keys(walk.nodes).join(', ')}.`);
  for (const [id, node] of Object.entries(walk.nodes)) {
    const text = nodes[id];
    if (text === undefined) {
      if (complete) file.fail(['walk', id], 'is missing', `add the wording of the ${node.type} "${id}".`);
      continue;
    }
    if (!file.check(node.type === 'question' ? walkQuestionText(complete) : walkOutcomeText(complete), text, ['walk', id]) || node.type !== 'question' || !isRecord(text) || !isRecord(text.answers)) continue;
    const answers = node.answers.map((a) => a.id);
    for (const key of Object.keys(text.answers)) if (!answers.includes(key)) file.fail(['walk', id, 'answers', key], `"${key}" is not an answer of this question in route.yaml`, `use one of: ${answers.join(', ')}.`);
    if (complete) for (const a of answers) if (text.answers[a] === undefined) file.fail(['walk', id, 'answers', a], 'is missing', `add the button text of the answer "${a}".`);
  }
}
