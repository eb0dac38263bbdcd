import type { Locale } from '../content/schema';
import { t } from '../i18n';
import { Heading } from './Heading';

// Placeholder: H3 (lines) builds this screen.
export function LinesScreen(_: { lang: Locale }) {
  return (
    <>
      <p class="eyebrow">{t('local.eyebrow')}</p>
      <Heading>{t('lines.title')}</Heading>
    </>
  );
}
