import { useEffect, useRef } from 'preact/hooks';
import { t } from '../i18n';

/** The keys, on screen for the trainer ('?'). A modal dialog: focus moves in and comes back. */
export function PresenterHelp({ onClose }: { onClose: () => void }) {
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    close.current?.focus();
    return () => before?.focus();
  }, []);
  return (
    <div class="presenter-help" role="dialog" aria-modal="true" aria-labelledby="presenter-help-title">
      <h2 id="presenter-help-title">{t('presenter.keysTitle')}</h2>
      <ul>
        <li>{t('presenter.keyNext')}</li>
        <li>{t('presenter.keyBack')}</li>
        <li>{t('presenter.keyReveal')}</li>
        <li>{t('presenter.keyTally')}</li>
        <li>{t('presenter.keyBlank')}</li>
        <li>{t('presenter.keyFull')}</li>
        <li>{t('presenter.keyHelp')}</li>
      </ul>
      {/* Tab stays on this one button: it is the dialog's only control. */}
      <button type="button" ref={close} class="utrecht-button utrecht-button--primary-action" onClick={onClose} onKeyDown={(e) => e.key === 'Tab' && e.preventDefault()}>{t('presenter.close')}</button>
    </div>
  );
}
