import type { Locale } from '../content/schema';
import { t } from '../i18n';
import { Heading } from './Heading';

// Placeholder: H1 (finder) builds this screen.
export function VeiligThuisScreen(_: { lang: Locale }) {
  return (
    <>
      <p class="eyebrow">{t('local.eyebrow')}</p>
      <Heading>{t('finder.title')}</Heading>
    </>
  );
}
