import { t } from '../i18n';

/** 'Scherm verbergen', with how many more Shift presses will hide the screen once the user has
 * started (shown as dots and said once by screen readers), as GOV.UK's 'Exit this page' does. */
export function HideButton({ presses, onHide }: { presses: number; onHide: () => void }) {
  return (
    <>
      <button type="button" class="utrecht-button utrecht-button--primary-action utrecht-button--danger hide-button" title={t('hide.hint')} onClick={onHide}>
        {t('hide.button')}
        <span class="visually-hidden"> ({t('hide.hint')})</span>
        {presses > 0 && <span class="hide-progress" aria-hidden="true">{'●'.repeat(presses)}{'○'.repeat(3 - presses)}</span>}
      </button>
      <span class="visually-hidden" role="status">{presses > 0 ? t('hide.progress', { count: 3 - presses }) : ''}</span>
    </>
  );
}
