import { useState } from 'preact/hooks';
import type { Locale } from '../content/schema';
import { regionOf } from '../content/region-pack';
import { readRegion, saveRegion } from '../organisation/region';
import { t } from '../i18n';
import { href } from '../routes';
import { useRegionList } from './RegionParts';

/** Under a Veilig Thuis region the finder found: the link to its sociale kaart when there is a
 * regional pack for it, and 'Dit is mijn regio' (saveRegion), confirmed once saved. `vt` is the
 * CBS region code, e.g. 'VT10'. The region names where the user works, never where a client lives. */
export function RegionSuggestion({ vt, lang }: { vt: string; lang: Locale }) {
  const list = useRegionList();
  const [saved, setSaved] = useState(false);
  const [mine, setMine] = useState(() => readRegion() === vt);
  const pack = list ? regionOf(list, vt) : undefined;
  return (
    <div class="region-suggestion">
      {pack && <p><a href={href({ name: 'region', region: pack.id })}>{t('region.suggestKaart', { title: pack.title[lang] })}</a></p>}
      {mine && !saved && <p>{t('region.suggestAlready')}</p>}
      {!mine && (
        <button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={() => { saveRegion(vt); setMine(true); setSaved(true); }}>{t('region.suggestSave')}</button>
      )}
      <p role="status">{saved ? t('region.suggestSaved') : ''}</p>
    </div>
  );
}
