// Build time only: packs/verantwoording.json, the Verantwoording screen's one file.
import type { CompiledPacks } from './collections';
import { FORMAT_VERSION, LOCALES, type Accountable, type CompiledRoute, type Verantwoording } from './schema';

/** Every pack and special route with what a professional checks before trusting it. Only what
 * the screen shows: no steps or kader, so the file stays small in every install's precache. */
export function verantwoording(packs: CompiledPacks | undefined, routes: CompiledRoute[] | undefined): Verantwoording {
  const ofPacks = (packs?.index ?? []).flatMap((summary): Accountable[] => {
    const pack = packs!.localized.find((p) => p.id === summary.id);
    if (!pack) return [];
    const { id, version, reviewed, defaultLocale, sources, review, changelog } = pack;
    return [{ id, version, reviewed, defaultLocale, title: summary.title, sources, review, changelog }];
  });
  const ofRoutes = (routes ?? []).map((r): Accountable => ({
    id: r.id,
    version: r.version,
    reviewed: r.reviewed,
    defaultLocale: r.defaultLocale,
    title: Object.fromEntries(LOCALES.map((l) => [l, (r.text[l] ?? r.text[r.defaultLocale]).title])) as Accountable['title'],
    // A route's sources carry an id for its sections; here only what a reader sees.
    sources: r.sources.map(({ title, url, date }) => ({ title, url, date })),
    review: r.review,
    changelog: r.changelog,
  }));
  return { format: FORMAT_VERSION, packs: ofPacks, routes: ofRoutes };
}
