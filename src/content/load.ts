import { FORMAT_VERSION, type CompiledRoute, type Locale, type LocalizedPack, type PackFile, type PackSummary, type RouteSummary } from './schema';

/** The host answered that the file does not exist: a wrong address, not a network problem. */
export class MissingContent extends Error {
  override name = 'MissingContent';
}

/** Fetches are same-origin and precached by the service worker, so offline they still work. */
export async function getJson(url: string): Promise<unknown> {
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

/** One pack in one language (packs/<id>.<locale>.json), put together and checked (assemble.ts). */
export async function loadPack(id: string, locale: Locale): Promise<LocalizedPack> {
  // The code that puts it together loads beside the pack, not with the shell: the start screen needs neither.
  const [file, { assemble }] = await Promise.all([getJson(`packs/${encodeURIComponent(id)}.${locale}.json`), import('./assemble')]);
  return assemble(file as PackFile | null, id, locale, getJson, (other) => loadPack(id, other));
}

export async function loadRoute(id: string): Promise<CompiledRoute> {
  const route = (await getJson(`packs/routes/${encodeURIComponent(id)}.json`)) as CompiledRoute;
  if (route?.format !== FORMAT_VERSION || route.id !== id || !Array.isArray(route.sections) || !route.text) {
    throw new Error(`packs/routes/${id}.json: not a valid route`);
  }
  return route;
}

/** Every special route with its titles (packs/routes.json). */
export async function loadRouteList(): Promise<RouteSummary[]> {
  const list = await getJson('packs/routes.json');
  if (!Array.isArray(list) || !list.every((r) => typeof r?.id === 'string' && r.title)) throw new Error('packs/routes.json: not a list of routes');
  return list as RouteSummary[];
}
