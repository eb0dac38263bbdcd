import type { SaveState } from '../cases/session';
import type { Case } from '../cases/types';
import { t, type Key } from '../i18n';
import { practiceSession } from '../practice/mode-slot';
import { href } from '../routes';

const SAVE_TEXT: Record<SaveState, Key | null> = {
  idle: null,
  pending: 'case.saving',
  saving: 'case.saving',
  saved: 'case.saved',
  quota: 'case.errorQuota',
  unavailable: 'case.errorUnavailable',
  error: 'case.errorSave',
  conflict: 'case.errorConflict',
};

/** Which case is open and whether its notes are safe. Says 'saved' only after the database
 * confirmed the write; never before. */
export function CaseBar({ active, saveState, overviewHref, summaryHref, onClose, offerLock }: { active: Case; saveState: SaveState; overviewHref: string; summaryHref: string; onClose: () => void; offerLock: boolean }) {
  // In oefenmodus the case lives in memory only: never 'saved on this device'.
  const key = practiceSession() && saveState === 'saved' ? 'case.practiceSaved' : SAVE_TEXT[saveState];
  const problem = saveState === 'quota' || saveState === 'unavailable' || saveState === 'error' || saveState === 'conflict';
  return (
    <section class={problem ? 'casebar casebar--problem' : 'casebar'} aria-label={t('case.barLabel')}>
      <div class="casebar-case">
        <p class="casebar-label">
          {t('case.current')} <strong><bdi>{active.label}</bdi></strong>
        </p>
        <p class="casebar-state" role="status">{key ? t(key) : ''}</p>
      </div>
      <ul class="casebar-actions">
        <li><a href={overviewHref}>{t('case.overview')}</a></li>
        <li><a href={summaryHref}>{t('case.summary')}</a></li>
        {/* The short word shows; the name says it in full (and starts with the word shown). */}
        {offerLock && <li><a href={href({ name: 'data' })} aria-label={t('case.secure')}>{t('case.secureShort')}</a></li>}
        <li><button type="button" class="utrecht-button utrecht-button--subtle" aria-label={t('case.close')} onClick={onClose}>{t('case.closeShort')}</button></li>
      </ul>
    </section>
  );
}
