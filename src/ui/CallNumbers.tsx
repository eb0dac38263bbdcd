import { useEffect, useState } from 'preact/hooks';
import { telHref } from '../cases/call-sheet';
import type { VeiligThuisRegion } from '../directory/types';
import { loadDirectory } from '../directory/load';
import { t } from '../i18n';
import { lazyComponent } from './lazy';

// The card's strings are the 'local' ones (Mijn organisatie), which the case screens do not load.
const OrganisationCard = lazyComponent(() => import('./OrganisationCard').then((m) => m.OrganisationCard), { strings: ['local'], quiet: true });

/** Tap to call: 0800-2000 always (it routes by where the family lives), the own organisation's
 * aandachtsfunctionaris, and the user's own region's (`region`: its CBS code from the settings) direct line for professionals where a
 * source gives one. The directory is read after the first paint: never in the way of 0800-2000. */
export function CallNumbers({ region: code }: { region: string | null }) {
  const [region, setRegion] = useState<VeiligThuisRegion | null>(null);
  useEffect(() => {
    if (!code) return;
    let live = true;
    loadDirectory().then((d) => { if (live) setRegion(d.regions.find((r) => r.code === code && r.phone) ?? null); }, () => undefined);
    return () => { live = false; };
  }, [code]);
  return (
    <section class="call-numbers" aria-labelledby="call-numbers">
      <h2 id="call-numbers" class="visually-hidden">{t('call.callVT')}</h2>
      <p><a class="utrecht-button utrecht-button--primary-action call-now" href="tel:08002000">{t('call.callVT')}</a></p>
      <p class="small">{t('call.callHint')}</p>
      {region?.phone && (
        <div class="callout">
          <p><a class="utrecht-button utrecht-button--secondary-action" href={telHref(region.phone)}>{t('call.regionCall', { name: region.name, phone: region.phone })}</a></p>
          {region.source && <p class="small">{t('call.regionSource')} <a href={region.source}>{region.source}</a>{region.checked ? ` (${region.checked})` : ''}</p>}
        </div>
      )}
      <OrganisationCard compact />
    </section>
  );
}
