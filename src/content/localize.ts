// Build time only: a resolved pack in one language, as the app reads it.
import type { KaderNode, StepNumber } from '../meldcode/types';
import type { GroupDef, Resolved, ResolvedStep, ResolvedText } from './resolved';
import { FORMAT_VERSION, LOCALES, type CompiledRoute, type Group, type Locale, type LocalizedNode, type LocalizedPack, type LocalizedStep, type PackSummary } from './schema';
import { ITEM_LISTS } from './schemas/base';

/** `routes`: the compiled special routes, for the titles of those the pack offers (a route the
 * content linter would report as missing keeps its id as title). */
export function localize(pack: Resolved, locale: Locale, routes: CompiledRoute[] = []): LocalizedPack {
  if (!pack.pack) throw new Error('localize: the base is not a pack');
  const text = pack.text[locale];
  const nodes = Object.fromEntries(Object.entries(pack.kader.nodes).map(([id, node]) => [id, { ...node, text: text.kader.nodes[id] } as KaderNode & LocalizedNode]));
  return {
    format: FORMAT_VERSION,
    ...pack.pack,
    ...(locale === pack.defaultLocale ? {} : { changelog: [] }),
    locale,
    defaultLocale: pack.defaultLocale,
    locales: pack.locales,
    fellBack: pack.fellBack[locale],
    reviewed: pack.reviewed,
    // Sources, review points and changes are written in the default language: its file alone
    // carries them, and the loader adds them to the others (aboutIn), so they are precached once.
    ...(locale === pack.defaultLocale ? { sources: pack.sources, review: pack.review } : { sources: [], review: [], aboutIn: pack.defaultLocale }),
    kaderStep: pack.kaderStep,
    title: text.title ?? '',
    description: text.description ?? '',
    steps: Object.fromEntries(Object.entries(text.steps).map(([n, s]) => [n, step(s, pack.groups[Number(n) as StepNumber].map((g) => group(g, text)))])) as LocalizedPack['steps'],
    kader: { start: pack.kader.start, intro: text.kader.intro, nodes },
    meldnormen: { 1: text.meldnormen['1'], 2: text.meldnormen['2'], 3: text.meldnormen['3'] },
    roles: pack.roles.map(({ id }) => ({ id, name: text.roles?.[id]?.name ?? id, description: text.roles?.[id]?.description ?? '' })),
    routes: pack.routes.map((id) => {
      const route = routes.find((r) => r.id === id);
      return { id, title: route ? (route.text[locale] ?? route.text[route.defaultLocale])!.title : id };
    }),
  };
}

/** Items go out as { id, text }: whether the base requires one matters to authors only. */
function step(s: ResolvedStep, groups: Group[]): LocalizedStep {
  const lists = Object.fromEntries(ITEM_LISTS.map((l) => [l, s[l].map(({ id, text }) => ({ id, text }))])) as Pick<LocalizedStep, (typeof ITEM_LISTS)[number]>;
  return { title: s.title, summary: s.summary, ...lists, groups, roles: s.roles ?? {} };
}

function group(g: GroupDef, text: ResolvedText): Group {
  const words = text.groups?.[g.id];
  return {
    id: g.id, kind: g.kind, title: words?.title ?? g.id,
    ...(words?.intro ? { intro: words.intro } : {}),
    items: g.items.map((id) => ({ id, text: text.groupItems?.[id] ?? '' })),
  };
}

export function summary(pack: Resolved): PackSummary {
  if (!pack.pack) throw new Error('summary: the base is not a pack');
  const out: PackSummary = {
    id: pack.pack.id,
    version: pack.pack.version,
    beroepsgroep: pack.pack.beroepsgroep,
    locales: pack.locales,
    title: Object.fromEntries(LOCALES.map((l) => [l, pack.text[l].title ?? ''])) as PackSummary['title'],
    description: Object.fromEntries(LOCALES.map((l) => [l, pack.text[l].description ?? ''])) as PackSummary['description'],
  };
  // A language without its own answer uses the default language's, as the other texts do.
  const setting = pack.text[pack.defaultLocale].setting;
  return setting === undefined ? out : { ...out, setting: Object.fromEntries(LOCALES.map((l) => [l, pack.text[l].setting ?? setting])) as Record<Locale, string> };
}
