import { useEffect, useState } from 'preact/hooks';
import type { Locale } from '../content/schema';
import { loadRegion, loadRegionList, type CompiledRegion, type RegionEntry, type RegionKind, type RegionSummary } from '../content/region-pack';
import { t } from '../i18n';
import { formatDate } from '../i18n/format';

/** Undefined while loading, null when it failed: the caller decides how loud a failure is. */
export function useRegionList(): RegionSummary[] | null | undefined {
  const [list, setList] = useState<RegionSummary[] | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    loadRegionList().then((l) => live && setList(l), () => live && setList(null));
    return () => { live = false; };
  }, []);
  return list;
}

/** One region's pack by id (null id: none wanted); undefined while loading, null when it failed. */
export function useRegion(id: string | null | undefined): CompiledRegion | null | undefined {
  const [region, setRegion] = useState<CompiledRegion | null | undefined>(undefined);
  useEffect(() => {
    if (!id) return;
    let live = true;
    setRegion(undefined);
    loadRegion(id).then((r) => live && setRegion(r), () => live && setRegion(null));
    return () => { live = false; };
  }, [id]);
  return id ? region : undefined;
}

// One t() per kind, so every string key stays visible to the key check.
const KIND: Record<RegionKind, () => string> = {
  'veilig-thuis': () => t('region.kindVeiligThuis'),
  'lokaal-team': () => t('region.kindLokaalTeam'),
  'zorg-en-veiligheidshuis': () => t('region.kindZorgEnVeiligheidshuis'),
  mda: () => t('region.kindMda'),
  centrumgemeente: () => t('region.kindCentrumgemeente'),
  'centrum-seksueel-geweld': () => t('region.kindCentrumSeksueelGeweld'),
  vrouwenopvang: () => t('region.kindVrouwenopvang'),
  overleg: () => t('region.kindOverleg'),
  andere: () => t('region.kindAndere'),
};
export const kindLabel = (kind: RegionKind) => KIND[kind]();

/** The document the kaart comes from, with its date: a reader sees how old the claims are. */
export function sourceLine(region: CompiledRegion, lang: Locale): string {
  return t('region.source', { title: region.source.title, owner: region.source.owner, date: formatDate(region.source.date, lang) });
}

/** One entry: what it is, what it does, when to involve it, and what is still to be checked. */
export function EntryBody({ region, entry, lang }: { region: CompiledRegion; entry: RegionEntry; lang: Locale }) {
  const words = region.text[lang].entries[entry.id]!;
  return (
    <>
      <p>{words.what}</p>
      <p><strong>{t('region.when')}</strong> {words.when}</p>
      {words.review && <p class="small"><strong>{t('region.entryReview')}</strong> {words.review}</p>}
    </>
  );
}
