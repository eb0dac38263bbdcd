import type { Locale } from '../content/schema';
import { t } from '../i18n';
import { Heading } from './Heading';

// Placeholder: H5 (organisation) builds this screen.
export function OrganisationScreen(_: { lang: Locale }) {
  return (
    <>
      <p class="eyebrow">{t('local.eyebrow')}</p>
      <Heading>{t('org.title')}</Heading>
    </>
  );
}
