import type { Locale, LocalizedPack, PackSummary } from '../content/schema';
import type { PackChanges } from '../ui/UpdateBanner';

/** Numeric comparison of 'major.minor.patch'. */
export function isNewer(version: string, than: string): boolean {
  const a = version.split('.').map(Number);
  const b = than.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  }
  return false;
}

/** The changelog entries of `pack` newer than `had`, newest first, joined into one list. */
export function changesSince(pack: Pick<LocalizedPack, 'title' | 'version' | 'defaultLocale' | 'changelog'>, had: string): PackChanges | null {
  const entries = pack.changelog.filter((e) => isNewer(e.version, had));
  if (!entries.length) return null;
  return { title: pack.title, version: pack.version, lang: pack.defaultLocale, changes: entries.flatMap((e) => e.changes) };
}

/**
 * What changed in the content of the waiting version, for the update prompt. The new service
 * worker has precached its pack files beside the old ones (Workbox keys them by revision) and
 * removes the old ones only when it takes over, so the page can read them from the cache before
 * updating. Packs that did not change give nothing; so does a browser without the Cache API.
 * Loaded only when an update waits.
 */
export async function whatsNew(current: PackSummary[], lang: Locale): Promise<PackChanges[]> {
  if (typeof caches === 'undefined') return [];
  const found = new Map<string, PackChanges>();
  for (const name of await caches.keys()) {
    if (!name.includes('precache')) continue;
    const cache = await caches.open(name);
    for (const request of await cache.keys()) {
      const [, id, locale] = /\/packs\/([a-z0-9-]+)\.([a-z]{2})\.json$/.exec(new URL(request.url).pathname) ?? [];
      const had = current.find((p) => p.id === id);
      if (!had || !locale) continue;
      const pack = await (await cache.match(request))?.json().catch(() => null) as LocalizedPack | null;
      // Only the default language's file has the changelog (LocalizedPack.aboutIn); the changes are
      // written in that language, and said with it.
      if (!pack?.changelog?.length || !isNewer(pack.version, found.get(pack.id)?.version ?? had.version)) continue;
      const changes = changesSince(pack, had.version);
      // The pack's name in the language the app shows.
      if (changes) found.set(pack.id, { ...changes, title: had.title[lang] || changes.title });
    }
  }
  return [...found.values()];
}
