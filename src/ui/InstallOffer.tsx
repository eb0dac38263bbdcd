import { t } from '../i18n';

/** Putting Meldwijzer on the device, offered once the first case is saved: Chromium's install
 * dialog, or in Safari on an iPhone or iPad how to add it to the home screen (Safari may clear the
 * data of a site not opened for 7 days). 'Niet nu' is remembered, so it does not come back. */
export function InstallOffer({ kind, onInstall, onDismiss }: { kind: 'prompt' | 'safari'; onInstall: () => void; onDismiss: () => void }) {
  return (
    <div class="banner" role="status" aria-label={t('install.label')}>
      {kind === 'prompt' ? <p>{t('install.text')}</p> : <p>{t('install.safari')}</p>}
      {kind === 'prompt' && <button type="button" class="utrecht-button utrecht-button--primary-action" onClick={onInstall}>{t('install.apply')}</button>}
      <button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={onDismiss}>{t('install.dismiss')}</button>
    </div>
  );
}
