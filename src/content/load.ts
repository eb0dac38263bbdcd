import { FORMAT_VERSION, type CompiledRoute, type Locale, type LocalizedPack, type PackSummary } from './schema';

/** The host answered that the file does not exist: a wrong address, not a network problem. */
export class MissingContent extends Error {
  override name = 'MissingContent';
}

/** Fetches are same-origin and precached by the service worker, so offline they still work. */
async function getJson(url: string): Promise<unknown> {
  // From the app's root, not the page: every screen has its own address.
  const response = await fetch(import.meta.env.BASE_URL + url);
  if (response.status === 404) throw new MissingContent(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json();
}

export async function loadIndex(): Promise<PackSummary[]> {
  const index = await getJson('packs/index.json');
  if (!Array.isArray(index)) throw new Error('packs/index.json: not a list');
  return index as PackSummary[];
}

/** One pack in one language (packs/<id>.<locale>.json). The build validated it; this re-checks
 * the parts the engine relies on, so a file altered after the build cannot send a walk into a
 * dead end. */
export async function loadPack(id: string, locale: Locale): Promise<LocalizedPack> {
  const url = `packs/${encodeURIComponent(id)}.${locale}.json`;
  // The checker loads beside the pack, not with the shell: the start screen needs neither.
  const [pack, { checkKader }] = await Promise.all([getJson(url) as Promise<LocalizedPack>, import('../meldcode/check')]);
  if (pack?.format !== FORMAT_VERSION || pack.id !== id || pack.locale !== locale || !pack.kader || checkKader(pack.kader).length > 0) {
    throw new Error(`${url}: not a valid pack`);
  }
  if (!pack.aboutIn || pack.aboutIn === locale) return pack;
  // Sources, review points and changes: from the default language's file (precached as well).
  return withAbout(pack, (await getJson(`packs/${encodeURIComponent(id)}.${pack.aboutIn}.json`)) as Partial<LocalizedPack> | null);
}

/** A pack in another language with the sources, review points and changes of its default
 * language's file, which alone carries them (LocalizedPack.aboutIn). */
export function withAbout(pack: LocalizedPack, about: Partial<LocalizedPack> | null): LocalizedPack {
  if (!Array.isArray(about?.sources) || !Array.isArray(about.review) || !Array.isArray(about.changelog)) throw new Error(`packs/${pack.id}: its sources are missing`);
  return { ...pack, sources: about.sources, review: about.review, changelog: about.changelog };
}

export async function loadRoute(id: string): Promise<CompiledRoute> {
  const route = (await getJson(`packs/routes/${encodeURIComponent(id)}.json`)) as CompiledRoute;
  if (route?.format !== FORMAT_VERSION || route.id !== id || !Array.isArray(route.sections) || !route.text) {
    throw new Error(`packs/routes/${id}.json: not a valid route`);
  }
  return route;
}

/** The ids of every special route (packs/routes.json). */
export async function loadRouteIds(): Promise<string[]> {
  const ids = await getJson('packs/routes.json');
  if (!Array.isArray(ids)) throw new Error('packs/routes.json: not a list');
  return ids as string[];
}
