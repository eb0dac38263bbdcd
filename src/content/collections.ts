// Build time only (Node): the kinds of content under content/, each with one schema and one
// output. The build (compile.ts, vite.config.ts) iterates this table and nothing else; a new
// kind of content (practice cases, the Veilig Thuis directory, regional packs) is a new row.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PackValidationError, type PackError } from './errors';
import { localize, summary } from './localize';
import type { Resolved } from './resolved';
import { resolveBase } from './resolve-base';
import { extendsOf, readPackFiles, resolvePack, type PackFiles } from './resolve-pack';
import { compileRoute, readRouteFiles } from './resolve-route';
import { diff } from './diff';
import { compileDirectory } from '../directory/compile';
import { compileLines } from './lines';
import type { CompiledLines } from './lines-types';
import type { Directory } from '../directory/types';
import { compileRegion, readRegionFiles, regionSummary } from './resolve-region';
import type { CompiledRegion } from './region-pack';
import { compilePractices, readPracticeFiles, type CompiledPractice } from './resolve-practice';
import { compileExplainer, readExplainerFiles } from './resolve-explainer';
import { compileConversation, readConversationFiles } from './resolve-conversation';
import type { Conversation, Explainer, PracticeIndex } from '../practice/types';
import { compileSearch } from '../search/build-index';
import type { SearchFile } from '../search/format';
import { LOCALES, type CompiledRoute, type LocalizedPack, type PackFile, type PackSummary, type RouteSummary } from './schema';

export interface Collection<Out> {
  /** The folder under content/. */
  dir: string;
  /** Reads and checks the folder; throws PackValidationError with every problem. `done` holds
   * what the rows above produced (packs need the base). `name` is how messages name the
   * folder, e.g. content/packs. */
  compile(dir: string, done: Partial<Compiled>, name: string): Out;
  /** The files the build writes, by path under dist/. */
  files(out: Out): [string, unknown][];
}

export interface CompiledPacks {
  /** Every pack in every language the app speaks, whole (packs/<id>.<locale>.json holds what it
   * changes of `base`). */
  localized: LocalizedPack[];
  index: PackSummary[];
  /** The national meldcode in every language, as a pack would have it: packs/base.<locale>.json. */
  base: LocalizedPack[];
}

export interface Compiled {
  base: Resolved;
  routes: CompiledRoute[];
  packs: CompiledPacks;
  /** The Veilig Thuis directory (null in a content folder without one, like the tests'). */
  veiligThuis: Directory | null;
  /** The national lines (null without content/lines/lines.yaml). */
  lines: CompiledLines | null;
  /** The regional sociale kaarten (content/regions/<id>/). */
  regions: CompiledRegion[];
  /** The fictional practice cases of training mode (content/practice/<id>/) and the index of
   * training content (packs/practice.json). */
  practice: CompiledPractice;
  /** The training's explainers (content/explainers/<id>/); the practice index lists them. */
  explainers: Explainer[];
  /** The training's conversation exercises for step 3 (content/conversations/<id>/). */
  conversations: Conversation[];
  /** The search index of each language (packs/search.<locale>.json), with the synonyms of
   * content/search/synonyms.yaml. */
  search: SearchFile[];
}

export const COLLECTIONS: { [K in keyof Compiled]: Collection<Compiled[K]> } = {
  /** The national meldcode every pack extends; it has no output of its own. */
  base: { dir: 'base', compile: (dir, _done, name) => resolveBase(dir, name), files: () => [] },
  /** Special routes outside the afwegingskader (/route/<id>/, /<pack>/route/<id>/); before the
   * packs, which name the routes they offer by title. */
  routes: {
    dir: 'routes',
    compile: (dir, _done, name) => subfolders(dir).map((f) => compileRoute(readRouteFiles(dir, f, `${name}/${f}`))),
    // packs/routes.json: which routes there are, with their titles, for the start screen and the Verantwoording.
    files: (routes) => [['packs/routes.json', routes.map(routeSummary)], ...routes.map((r) => [`packs/routes/${r.id}.json`, r] as [string, unknown])],
  },
  /** One folder per beroepsgroep. */
  packs: {
    dir: 'packs',
    compile: (dir, { base, routes }, name) => compilePacks(dir, base, name, routes),
    files: ({ localized, index, base }) => [
      ['packs/index.json', index],
      ...base.map((b) => [`packs/base.${b.locale}.json`, b] as [string, unknown]),
      ...localized.map((p) => [`packs/${p.id}.${p.locale}.json`, packFile(p, base.find((b) => b.locale === p.locale)!)] as [string, unknown]),
    ],
  },
  /** Every gemeente's Veilig Thuis, for the finder and the call sheet. */
  veiligThuis: {
    dir: 'veilig-thuis',
    compile: (dir, _done, name) => compileDirectory(dir, name),
    files: (directory) => (directory ? [['packs/veilig-thuis.json', directory]] : []),
  },
  /** National lines (numbers, hours, sources) for /lijnen/ and the special routes' screens; after
   * the routes, whose ids they name and whose titles they carry. */
  lines: {
    dir: 'lines',
    compile: (dir, { routes }, name) => compileLines(dir, name, routes?.map(routeSummary)),
    files: (lines) => (lines ? [['packs/lines.json', lines]] : []),
  },
  /** Each region's sociale kaart, for steps 2 and 5 and /regio/<id>/; after the directory, whose
   * Veilig Thuis codes the regions must use. */
  regions: {
    dir: 'regions',
    compile: (dir, { veiligThuis }, name) => compileRegions(dir, veiligThuis ?? null, name),
    files: (regions) => [['packs/regions.json', regions.map(regionSummary)], ...regions.map((r) => [`packs/regions/${r.id}.json`, r] as [string, unknown])],
  },
  /** Explainers for the training: one file each; the practice row lists them in packs/practice.json. */
  explainers: {
    dir: 'explainers',
    compile: (dir, _done, name) => eachFolder(dir, name, (f, at) => compileExplainer(readExplainerFiles(dir, f, at))),
    // packs/explainers.json: which ids exist, so that offline an unknown address is told apart
    // from a file that could not be fetched (the service worker has every real one).
    files: (explainers) => [['packs/explainers.json', explainers.map(explainerSummary)], ...explainers.map((e) => [`packs/explainers/${e.id}.json`, e] as [string, unknown])],
  },
  /** Conversation exercises for step 3: one file each, listed by the practice row too. */
  conversations: {
    dir: 'conversations',
    compile: (dir, _done, name) => eachFolder(dir, name, (f, at) => compileConversation(readConversationFiles(dir, f, at))),
    files: (conversations) => [['packs/conversations.json', conversations.map(conversationSummary)], ...conversations.map((c) => [`packs/conversations/${c.id}.json`, c] as [string, unknown])],
  },
  /** Training mode's practice cases; after the packs, whose kader, step-1 lists and routes each
   * case is checked against, and after the explainers and conversations (when those rows exist),
   * which the index lists beside the cases. */
  practice: {
    dir: 'practice',
    compile: (dir, done, name) => {
      const training = done as Partial<Compiled> & { explainers?: unknown; conversations?: unknown };
      const cases = subfolders(dir).map((f) => readPracticeFiles(dir, f, `${name}/${f}`));
      return compilePractices(cases, done.packs?.localized, training.explainers, training.conversations);
    },
    files: ({ cases, index }) => [['packs/practice.json', index], ...cases.map((c) => [`packs/practice/${c.id}.json`, c] as [string, unknown])],
  },
  /** Search over everything above, so last: loaded the first time the user searches. */
  search: {
    dir: 'search',
    compile: (dir, done, name) => compileSearch(dir, done, name),
    files: (files) => files.map((f) => [`packs/search.${f.locale}.json`, f] as [string, unknown]),
  },
};

/** Compiles every collection; reports the problems of all of them together, then throws.
 * `contentName` is how messages name the content folder (the content linter runs on test folders too). */
export function compileAll(contentDir: string, contentName = 'content'): Compiled & { files: Map<string, string> } {
  const done: Partial<Compiled> = {};
  const errors: PackError[] = [];
  const files = new Map<string, string>();
  for (const [name, collection] of Object.entries(COLLECTIONS) as [keyof Compiled, Collection<unknown>][]) {
    try {
      const out = collection.compile(join(contentDir, collection.dir), done, `${contentName}/${collection.dir}`);
      (done as Record<string, unknown>)[name] = out;
      for (const [path, value] of collection.files(out)) files.set(path, JSON.stringify(value));
    } catch (e) {
      if (!(e instanceof PackValidationError)) throw e;
      errors.push(...e.errors);
    }
  }
  if (errors.length > 0) throw new PackValidationError(errors);
  return { ...(done as Compiled), files };
}

/** Every region, each one's problems reported together with the others'. */
function compileRegions(dir: string, directory: Directory | null, name: string): CompiledRegion[] {
  const errors: PackError[] = [];
  const regions: CompiledRegion[] = [];
  for (const f of subfolders(dir)) {
    try {
      regions.push(compileRegion(readRegionFiles(dir, f, `${name}/${f}`), directory));
    } catch (e) {
      if (!(e instanceof PackValidationError)) throw e;
      errors.push(...e.errors);
    }
  }
  if (errors.length > 0) throw new PackValidationError(errors);
  return regions;
}

/** Compiles every subfolder; each one's problems are reported together with the others'. */
function eachFolder<T>(dir: string, name: string, compile: (folder: string, at: string) => T): T[] {
  const errors: PackError[] = [];
  const out: T[] = [];
  for (const f of subfolders(dir)) {
    try {
      out.push(compile(f, `${name}/${f}`));
    } catch (e) {
      if (!(e instanceof PackValidationError)) throw e;
      errors.push(...e.errors);
    }
  }
  if (errors.length > 0) throw new PackValidationError(errors);
  return out;
}

/** Packs may extend packs: each is compiled after what it extends, and every pack's problems are
 * reported together. Without a valid base there is nothing to extend: the base's own errors say why. */
export function compilePacks(dir: string, base: Resolved | undefined, name = 'content/packs', routes: CompiledRoute[] = []): CompiledPacks {
  if (!base) return { localized: [], index: [], base: [] };
  const all = new Map(subfolders(dir).map((f) => [f, readPackFiles(dir, f, `${name}/${f}`)]));
  const resolved = new Map<string, Resolved>([['base', base]]);
  const errors: PackError[] = [];
  const visiting = new Set<string>();
  const visit = (folder: string, files: PackFiles) => {
    if (resolved.has(folder) || visiting.has(folder)) return;
    visiting.add(folder);
    const parent = extendsOf(files);
    if (parent && parent !== 'base' && all.has(parent)) visit(parent, all.get(parent)!);
    try {
      resolved.set(folder, resolvePack(files, resolved));
    } catch (e) {
      if (!(e instanceof PackValidationError)) throw e;
      errors.push(...e.errors);
    }
  };
  for (const [folder, files] of all) visit(folder, files);
  if (errors.length > 0) throw new PackValidationError(errors);
  const packs = [...all.keys()].map((f) => resolved.get(f)!);
  // The base as a pack of its own, so every pack file can say only what it changes.
  const asPack = { ...base, pack: { id: 'base', version: '0.0.0', beroepsgroep: 'algemeen' as const, changelog: [] } };
  return { localized: packs.flatMap((p) => LOCALES.map((l) => localize(p, l, routes))), index: packs.map(summary), base: LOCALES.map((l) => localize(asPack, l, routes)) };
}

/** The rows of the practice index (PracticeIndex.explainers and .conversations). */
export function explainerSummary(e: Explainer): PracticeIndex['explainers'][number] {
  return { id: e.id, title: Object.fromEntries(LOCALES.map((l) => [l, e.text[l].title])) as Record<(typeof LOCALES)[number], string> };
}

export function conversationSummary(c: Conversation): PracticeIndex['conversations'][number] {
  return { id: c.id, with: c.with, title: Object.fromEntries(LOCALES.map((l) => [l, c.text[l].title])) as Record<(typeof LOCALES)[number], string> };
}

export function routeSummary(r: CompiledRoute): RouteSummary {
  return { id: r.id, title: Object.fromEntries(LOCALES.map((l) => [l, (r.text[l] ?? r.text[r.defaultLocale])!.title])) as RouteSummary['title'] };
}

/** What packs/<id>.<locale>.json holds: the pack's changes to the base file of its language,
 * with what identifies it (load.ts puts them together). */
export function packFile(pack: LocalizedPack, base: LocalizedPack): PackFile {
  return { ...(diff(base, pack) as Partial<LocalizedPack>), format: pack.format, id: pack.id, locale: pack.locale, defaultLocale: pack.defaultLocale, diffOf: 'base' };
}

export function subfolders(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
}
