import { LOCALES, type Accountable, type CompiledRoute, type LocalizedPack, type PackSummary, type Verantwoording } from './schema';

/** Every pack and special route with what a professional checks before trusting it, read from
 * the files the app already has (precached): nothing is stored twice. Runs in the app and, for
 * the prerendered page, in the build. `packs` in any language: sources, review points and
 * changes are the same in each. */
export function verantwoording(index: PackSummary[], packs: LocalizedPack[], routes: CompiledRoute[]): Verantwoording {
  const ofPacks = index.flatMap((summary): Accountable[] => {
    const pack = packs.find((p) => p.id === summary.id);
    if (!pack) return [];
    const { id, version, reviewed, defaultLocale, sources, review, changelog } = pack;
    return [{ id, version, reviewed, defaultLocale, title: summary.title, sources, review, changelog }];
  });
  const ofRoutes = routes.map((r): Accountable => ({
    id: r.id,
    version: r.version,
    reviewed: r.reviewed,
    defaultLocale: r.defaultLocale,
    title: Object.fromEntries(LOCALES.map((l) => [l, (r.text[l] ?? r.text[r.defaultLocale]).title])) as Accountable['title'],
    sources: r.sources,
    review: r.review,
    changelog: r.changelog,
  }));
  return { packs: ofPacks, routes: ofRoutes };
}
