// App side of the regional packs: what packs/regions.json and packs/regions/<id>.json hold, and
// their loading. Types only from the build's schema (erased), so zod stays out of the bundle.
import type { Locale } from './schema';
import type { RegionKind, RegionSource, RegionText } from './schemas/region';
import { getJson } from './load';

export const REGION_FORMAT = 1;

/** One row of packs/regions.json. */
export interface RegionSummary {
  id: string;
  vt: string;
  title: Record<Locale, string>;
}

/** packs/regions/<id>.json: small, so it keeps both languages in one file (like a route). */
export interface CompiledRegion extends RegionSource {
  format: typeof REGION_FORMAT;
  text: Record<Locale, RegionText>;
}

export type RegionEntry = RegionSource['entries'][number];
export type { RegionKind };

let listing: Promise<RegionSummary[]> | undefined;

/** Every regional pack (precached), read once per page; a failed read is tried again next time. */
export function loadRegionList(): Promise<RegionSummary[]> {
  listing ??= getJson('packs/regions.json').then((list) => {
    if (!Array.isArray(list) || !list.every((r) => typeof r?.id === 'string' && typeof r?.vt === 'string' && r.title)) throw new Error('packs/regions.json: not a list of regions');
    return list as RegionSummary[];
  });
  listing.catch(() => { listing = undefined; });
  return listing;
}

export async function loadRegion(id: string): Promise<CompiledRegion> {
  const region = (await getJson(`packs/regions/${encodeURIComponent(id)}.json`)) as CompiledRegion;
  if (region?.format !== REGION_FORMAT || region.id !== id || !Array.isArray(region.entries) || !region.text) throw new Error(`packs/regions/${id}.json: not a valid region`);
  return region;
}

/** The pack of a Veilig Thuis region (CBS code like 'VT10'), if there is one. */
export const regionOf = (list: readonly RegionSummary[], vt: string | null) => (vt ? list.find((r) => r.vt === vt) : undefined);

/** The entries shown in a step: those tagged for it, in the kaart's order. */
export const entriesFor = (region: CompiledRegion, step: 2 | 5) => region.entries.filter((e) => e.steps.includes(step));
