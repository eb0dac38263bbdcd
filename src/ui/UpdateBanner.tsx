import { t } from '../i18n';

/** A new version, offered only where nothing is half done; "Later" puts it off until the next
 * visit to the start screen. */
export function UpdateBanner({ onUpdate, onLater }: { onUpdate: () => void; onLater: () => void }) {
  return (
    <div class="banner utrecht-alert utrecht-alert--info" role="status" aria-label={t('update.label')}>
      <p>{t('update.available')}</p>
      <button type="button" class="utrecht-button utrecht-button--primary-action" onClick={onUpdate}>{t('update.apply')}</button>
      <button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={onLater}>{t('update.later')}</button>
    </div>
  );
}
