import type { Locale } from '../content/schema';
import { t } from '../i18n';
import { Heading } from './Heading';

// Placeholder: S2 (search UI) builds this screen.
export function SearchScreen(_: { lang: Locale }) {
  return <Heading>{t('search.title')}</Heading>;
}
