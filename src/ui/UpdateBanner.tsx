import { t } from '../i18n';

export function UpdateBanner({ onUpdate }: { onUpdate: () => void }) {
  return (
    <div class="banner" role="status" aria-label={t('update.label')}>
      <p>{t('update.available')}</p>
      <button type="button" onClick={onUpdate}>{t('update.apply')}</button>
    </div>
  );
}
