import type { Locale } from '../content/schema';
import { t } from '../i18n';
import { Heading } from './Heading';

// Placeholder: H4 (regions) builds this screen.
export function RegionScreen(_: { region: string; lang: Locale }) {
  return (
    <>
      <p class="eyebrow">{t('local.eyebrow')}</p>
      <Heading>{t('region.title')}</Heading>
    </>
  );
}
