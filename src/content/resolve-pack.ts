// Build time only: one pack folder (content/packs/<id>/) applied to what it extends.
import { join } from 'node:path';
import type { Kader, StepNumber } from '../meldcode/types';
import { RESERVED_SEGMENTS } from '../routes';
import { isRecord, PackValidationError } from './errors';
import { fill } from './fill';
import { at, leafPaths, mergeText } from './merge-text';
import { checkGraph } from './graph-errors';
import { checkNodeTexts } from './node-text';
import { itemIndex, type Resolved, type ResolvedText } from './resolved';
import { LOCALES, type Locale } from './schema';
import { ITEM_LISTS } from './schemas/base';
import { PackSource, PackText, PackTranslation, type PackTextValue } from './schemas/pack';
import { localeFiles, SourceFile } from './source-file';

/** Addresses (from the route table) and folders of the app itself: a pack id is also a top-level
 * folder of the site. */
export const RESERVED_IDS: readonly string[] = [...RESERVED_SEGMENTS, 'assets', 'icons', 'packs', 'base'];

export interface PackFiles {
  folder: string;
  pack: SourceFile;
  texts: Record<Locale, SourceFile>;
}

/** `name` is how messages name the folder, e.g. content/packs/algemeen. */
export function readPackFiles(packsDir: string, folder: string, name = `content/packs/${folder}`): PackFiles {
  const dir = join(packsDir, folder);
  return {
    folder,
    pack: new SourceFile(join(dir, 'pack.yaml'), `${name}/pack.yaml`),
    texts: localeFiles(dir, name),
  };
}

/** Just the parent's id, read before the whole pack, so packs can be compiled parent first. */
export function extendsOf(files: PackFiles): string | undefined {
  const value = files.pack.value;
  return isRecord(value) && typeof value.extends === 'string' ? value.extends : undefined;
}

/**
 * Applies a pack to what it extends (`parents`: the base as "base", and every pack compiled
 * so far by id). Throws with every problem of the pack at once.
 */
export function resolvePack(files: PackFiles, parents: ReadonlyMap<string, Resolved>): Resolved {
  const structure = files.pack;
  const all = [structure, ...Object.values(files.texts)];
  const failed = () => new PackValidationError(all.flatMap((f) => f.errors));
  if (all.some((f) => f.errors.length > 0)) throw failed();
  if (!structure.exists) structure.fail([], 'is missing', 'every pack folder needs a pack.yaml with id, version, beroepsgroep and "extends: base".');
  const source = structure.check(PackSource);
  if (!source) throw failed();

  if (RESERVED_IDS.includes(source.id)) structure.fail(['id'], `"${source.id}" is taken by the app (/${source.id}/)`, 'choose another id.');
  if (source.id !== files.folder) structure.fail(['id'], `"${source.id}" differs from the folder name "${files.folder}"`, `rename the folder or set id: ${files.folder}.`);
  const newest = source.changelog?.[0];
  if (newest && newest.version !== source.version) structure.fail(['changelog', 0, 'version'], `the newest entry is ${newest.version}, but the pack is version ${source.version}`, 'put an entry for the current version at the top.');
  const parent = parents.get(source.extends);
  if (!parent || source.extends === source.id) {
    const known = [...parents.keys()].filter((k) => k !== source.id);
    structure.fail(['extends'], `"${source.extends}" is not the base or a pack`, `write "extends: base", or the id of another pack: ${known.join(', ')}.`);
    throw failed();
  }
  const kader = (source.kader as Kader | undefined) ?? parent.kader;
  if (source.kader) checkGraph(kader, structure);

  // What the pack adds and removes, checked once against what it extends.
  const parentItems = itemIndex(parent.text[parent.defaultLocale]);
  const added = new Map<string, { step: StepNumber; list: (typeof ITEM_LISTS)[number] | 'group' }>();
  const removed = new Set<string>();
  for (const [n, change] of Object.entries(source.steps ?? {})) {
    const step = Number(n) as StepNumber;
    change?.remove?.forEach((id, i) => {
      const where = parentItems.get(id);
      if (!where || where.step !== step) return structure.fail(['steps', n, 'remove', i], `"${id}" is not an item of step ${n} in ${source.extends}`, `use an id of step ${n}: ${idsOf(parent.text[parent.defaultLocale], step)}.`);
      if (parent.required.has(id)) return structure.fail(['steps', n, 'remove', i], `"${id}" is required: every pack keeps it`, `remove "${id}" from this list; to word it for your beroepsgroep, give its text under "items:" in ${parent.defaultLocale}.yaml.`);
      removed.add(id);
    });
    for (const list of ITEM_LISTS) {
      change?.add?.[list]?.forEach((id, i) => {
        if (parentItems.has(id) || added.has(id)) return structure.fail(['steps', n, 'add', list, i], `"${id}" already exists`, `choose a new id; to word "${id}" differently, give its text under "items:" in ${parent.defaultLocale}.yaml.`);
        added.set(id, { step, list });
      });
    }
  }

  // Sources are cited by id: by the steps, groups and roles of this pack.
  const sourceIds = new Set(parent.sources.flatMap((s) => (s.id ? [s.id] : [])));
  source.sources?.forEach((s, i) => {
    if (!s.id) return;
    if (sourceIds.has(s.id)) structure.fail(['sources', i, 'id'], `"${s.id}" is used twice`, 'give every source its own id.');
    sourceIds.add(s.id);
  });
  const cite = (ids: string[] | undefined, path: (string | number)[]) => ids?.forEach((id, i) => {
    if (!sourceIds.has(id)) structure.fail([...path, i], `"${id}" is not a source of this pack`, sourceIds.size ? `use one of: ${[...sourceIds].join(', ')}.` : 'give the sources under "sources:" an id, e.g. "- { id: knmg-2023, title: …, url: …, date: … }".');
  });

  // Groups: their items are items like the others, so their ids are unique within the pack.
  const parentGroupItems = new Set(Object.values(parent.groups).flat().flatMap((g) => g.items));
  const groupIds = new Set(Object.values(parent.groups).flat().map((g) => g.id));
  const groups = structuredClone(parent.groups);
  const ownGroups = new Set<string>();
  for (const [n, change] of Object.entries(source.steps ?? {})) {
    cite(change?.sources, ['steps', n, 'sources']);
    change?.groups?.forEach((g, i) => {
      cite(g.sources, ['steps', n, 'groups', i, 'sources']);
      if (groupIds.has(g.id)) structure.fail(['steps', n, 'groups', i, 'id'], `"${g.id}" is used twice`, 'give every group its own id.');
      groupIds.add(g.id);
      ownGroups.add(g.id);
      g.items.forEach((id, j) => {
        if (parentItems.has(id) || added.has(id) || parentGroupItems.has(id)) return structure.fail(['steps', n, 'groups', i, 'items', j], `"${id}" already exists`, 'choose a new id: every item of a pack has its own.');
        parentGroupItems.add(id);
        added.set(id, { step: Number(n) as StepNumber, list: 'group' });
      });
      groups[Number(n) as StepNumber].push({ id: g.id, kind: g.kind, sources: g.sources, items: g.items });
    });
  }
  const roles = source.roles ?? parent.roles;
  source.roles?.forEach((r, i) => cite(r.sources, ['roles', i, 'sources']));
  const roleIds = new Set(roles.map((r) => r.id));
  if (roleIds.size < roles.length) structure.fail(['roles'], 'names a role twice', 'give every role its own id.');

  const locales = source.locales ?? parent.locales;
  const defaultLocale = parent.defaultLocale;
  const known = new Set([...parentItems.keys(), ...Object.values(parent.groups).flat().flatMap((g) => g.items), ...added.keys()].filter((id) => !removed.has(id)));
  const own = {} as Record<Locale, PackTextValue | undefined>;
  for (const locale of LOCALES) {
    const file = files.texts[locale];
    const complete = locale === defaultLocale;
    if (locales.includes(locale) && !file.exists) file.fail([], `is missing, but ${source.locales ? 'pack.yaml' : source.extends} lists this language`, `add ${locale}.yaml with at least the title and description.`);
    if (!file.exists && !complete) continue;
    const value = file.value;
    const nodes = isRecord(value) && isRecord(value.kader) ? value.kader.nodes : undefined;
    const withoutNodes = isRecord(value) && isRecord(value.kader) && isRecord(nodes) ? { ...value, kader: { ...value.kader, nodes: {} } } : value;
    if (!file.check(complete ? PackText : PackTranslation, withoutNodes)) continue;
    checkNodeTexts(nodes, kader, file, false, ['kader', 'nodes'], source.kader ? 'pack.yaml' : `${source.extends}`);
    for (const id of Object.keys((value as PackTextValue).items ?? {})) {
      if (!known.has(id)) file.fail(['items', id], `"${id}" is not an item of ${source.extends} or of this pack`, `use an id from ${parent.files[0]}, or add it under "steps: <n>: add:" in pack.yaml.`);
    }
    const words = value as PackTextValue;
    for (const id of Object.keys(words.roles ?? {})) if (!roleIds.has(id)) file.fail(['roles', id], `"${id}" is not a role of pack.yaml`, roleIds.size ? `use one of: ${[...roleIds].join(', ')}.` : 'add the role under "roles:" in pack.yaml.');
    for (const id of Object.keys(words.groups ?? {})) if (!groupIds.has(id)) file.fail(['groups', id], `"${id}" is not a group of pack.yaml`, 'add it under "steps: <n>: groups:" in pack.yaml, or check the spelling.');
    for (const [n, step] of Object.entries(words.steps ?? {})) {
      for (const id of Object.keys(step?.roles ?? {})) if (!roleIds.has(id)) file.fail(['steps', n, 'roles', id], `"${id}" is not a role of pack.yaml`, roleIds.size ? `use one of: ${[...roleIds].join(', ')}.` : 'add the role under "roles:" in pack.yaml.');
    }
    if (complete) {
      source.roles?.forEach((r) => { if (!words.roles?.[r.id]) file.fail(['roles'], `has no name for the role "${r.id}"`, `add "${r.id}: { name: …, description: … }" under "roles:".`); });
      for (const id of ownGroups) if (!words.groups?.[id]) file.fail(['groups'], `has no title for the group "${id}"`, `add "${id}: { title: … }" under "groups:".`);
    }
    own[locale] = words;
  }
  const def = own[defaultLocale];
  for (const id of added.keys()) {
    if (def && def.items?.[id] === undefined) files.texts[defaultLocale].fail(['items'], `has no text for "${id}", which pack.yaml adds`, `add "${id}: <text>" under "items:".`);
  }
  if (all.some((f) => f.errors.length > 0) || !def) throw failed();

  const text = {} as Record<Locale, ResolvedText>;
  const fellBack = {} as Record<Locale, string[]>;
  for (const locale of LOCALES) {
    const missing: string[] = [];
    const override = locale === defaultLocale ? def : fill(own[locale] ?? {}, def, [], { fellBack: missing, unknownItem: () => undefined }) as PackTextValue;
    text[locale] = apply(structuredClone(parent.text[locale]), override, added, removed, kader, parentGroupItems);
    fellBack[locale] = [
      ...inheritedFallbacks(parent.fellBack[locale], override, text[locale], known),
      // Text by text, so that a pack extending this one can tell which of them it translates.
      ...missing.flatMap((path) => leafPaths(at(def, path), path.split('.'))),
    ];
  }
  // Every pack, with or without a kader of its own, must word every node once applied: an
  // answer without text would be a button without a name.
  checkNodeTexts(text[defaultLocale].kader.nodes, kader, files.texts[defaultLocale], true, ['kader', 'nodes'], source.kader ? 'pack.yaml' : source.extends);
  if (all.some((f) => f.errors.length > 0)) throw failed();
  return {
    pack: { id: source.id, version: source.version, beroepsgroep: source.beroepsgroep, changelog: source.changelog ?? [] },
    defaultLocale, locales, kader, text, fellBack,
    reviewed: source.reviewed ?? parent.reviewed,
    sources: [...parent.sources, ...(source.sources ?? [])],
    review: [...parent.review, ...(source.review ?? [])],
    kaderStep: source.kaderStep ?? parent.kaderStep,
    required: parent.required,
    roles, groups,
    routes: source.routes ?? parent.routes,
    files: [files.texts[defaultLocale].name, structure.name, ...Object.values(files.texts).filter((f) => f !== files.texts[defaultLocale]).map((f) => f.name)],
  };
}

function apply(text: ResolvedText, o: PackTextValue, added: Map<string, { step: StepNumber; list: (typeof ITEM_LISTS)[number] | 'group' }>, removed: Set<string>, kader: Kader, groupItems: Set<string>): ResolvedText {
  if (o.title !== undefined) text.title = o.title;
  if (o.description !== undefined) text.description = o.description;
  // Not inherited: a pack that extends this one is another answer, or none.
  if (o.setting === undefined) delete text.setting;
  else text.setting = o.setting;
  for (const step of Object.values(text.steps)) for (const list of ITEM_LISTS) step[list] = step[list].filter((item) => !removed.has(item.id));
  for (const [id, where] of added) if (where.list !== 'group') text.steps[where.step][where.list].push({ id, text: o.items?.[id] ?? '' });
  text.roles = mergeText(text.roles ?? {}, o.roles);
  text.groups = mergeText(text.groups ?? {}, o.groups);
  text.groupItems = { ...text.groupItems, ...Object.fromEntries(Object.entries(o.items ?? {}).filter(([id]) => groupItems.has(id))) };
  for (const step of Object.values(text.steps)) {
    for (const list of ITEM_LISTS) step[list] = step[list].map((item) => (o.items?.[item.id] === undefined ? item : { ...item, text: o.items[item.id]! }));
  }
  for (const [n, s] of Object.entries(o.steps ?? {})) text.steps[Number(n) as StepNumber] = mergeText(text.steps[Number(n) as StepNumber], s);
  if (o.kader?.intro !== undefined) text.kader.intro = o.kader.intro;
  // Field by field and answer by answer: rewording one answer keeps the others.
  for (const [id, words] of Object.entries(o.kader?.nodes ?? {})) text.kader.nodes[id] = mergeText(text.kader.nodes[id], words) as ResolvedText['kader']['nodes'][string];
  // Wording of nodes the pack's own kader no longer has is left out of the output.
  for (const id of Object.keys(text.kader.nodes)) if (!kader.nodes[id]) delete text.kader.nodes[id];
  text.meldnormen = mergeText(text.meldnormen, o.meldnormen);
  return text;
}

/**
 * The parent's fallbacks that are still true of this pack: not those it words itself in this
 * language (or takes from its own default language, which `fill` reports), nor items and nodes
 * it no longer has. A stale one would show the "not translated" notice for nothing.
 */
function inheritedFallbacks(paths: string[], override: PackTextValue, text: ResolvedText, known: Set<string>): string[] {
  const worded = leafPaths(override);
  return paths.filter((path) => {
    // The base names an item by its place (steps.1.todo.<id>), a pack by its id (items.<id>).
    const key = path.replace(ITEM_PATH, 'items.$1');
    if (worded.some((w) => key === w || key.startsWith(`${w}.`))) return false;
    const item = /^items\.([^.]+)$/.exec(key);
    return item ? known.has(item[1]!) : at(text, key) !== undefined;
  });
}

const ITEM_PATH = new RegExp(`^steps\\.\\d\\.(?:${ITEM_LISTS.join('|')})\\.([^.]+)$`);

function idsOf(text: ResolvedText, step: StepNumber): string {
  return ITEM_LISTS.flatMap((l) => text.steps[step][l].map((i) => i.id)).join(', ');
}
