import type { Locale } from '../content/schema';
import { t } from '../i18n';

/** Names each language in itself, so a user who cannot read the current one still finds theirs. */
export function LanguageSwitch({ value, onChange }: { value: Locale; onChange: (next: Locale) => void }) {
  const other: Locale = value === 'nl' ? 'en' : 'nl';
  return (
    <button type="button" class="utrecht-button utrecht-button--subtle" lang={other} onClick={() => onChange(other)}>
      {other === 'en' ? t('language.nameEn') : t('language.nameNl')}
      <span class="visually-hidden"> — {t('language.switch')}</span>
    </button>
  );
}
