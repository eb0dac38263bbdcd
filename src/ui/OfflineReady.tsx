import { t } from '../i18n';

export function OfflineReady({ onClose }: { onClose: () => void }) {
  return (
    <div class="banner banner--ok utrecht-alert utrecht-alert--ok" role="status" aria-label={t('offline.label')}>
      <p>{t('offline.ready')}</p>
      <button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={onClose}>{t('common.close')}</button>
    </div>
  );
}
