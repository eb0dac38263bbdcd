import type { Locale } from '../content/schema';
import { t } from '../i18n';
import { OrganisationCard } from './OrganisationCard';
import { RegionCard } from './RegionCard';

/** Steps 2 and 5: whom this user can call — their own organisation (step 2), their region's
 * sociale kaart, the Veilig Thuis finder. Loaded lazily with the 'local' strings. */
export function LocalHelp({ step, lang }: { step: 2 | 5; lang: Locale }) {
  return (
    <section class="local-help" aria-labelledby="local-help">
      <h2 id="local-help">{t('localHelp.title')}</h2>
      {step === 2 && <OrganisationCard />}
      <RegionCard step={step} lang={lang} />
    </section>
  );
}
