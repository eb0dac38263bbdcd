import { useEffect, useRef } from 'preact/hooks';
import { differences, type CaseDifference } from '../cases/diff';
import type { Case } from '../cases/types';
import type { Locale } from '../content/schema';
import { formatDate, formatDateTime } from '../i18n/format';
import { t, type Key } from '../i18n';

const FIELD_KEY: Record<CaseDifference['field'], Key> = {
  label: 'conflict.field.label', status: 'conflict.field.status', followUp: 'conflict.field.followUp', notes: 'conflict.field.notes',
  consultations: 'conflict.field.consultations', conversation: 'conflict.field.conversation', kader: 'conflict.field.kader',
  reason: 'conflict.field.reason', decisions: 'conflict.field.decisions',
};

/** Two tabs changed the same case. Native modal dialog: it traps focus and Escape keeps
 * the dialog open (also a repeated Escape), because closing it without a choice would leave the
 * conflict unresolved.
 * It shows what differs, so the user sees what each choice keeps. */
export function ConflictDialog({ stored, mine, onChoose, lang }: {
  stored: Case; mine: Case | null; onChoose: (choice: 'mine' | 'theirs' | 'both') => void; lang: Locale;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal?.();
    const keep = (e: Event) => e.preventDefault();
    // Chromium lets a second Escape close the dialog anyway, whatever the cancel handler says
    // (its close-watcher rule against pages that trap the user); unanswered, it opens again.
    const reopen = () => { if (!dialog?.open) dialog?.showModal?.(); };
    dialog?.addEventListener('cancel', keep);
    dialog?.addEventListener('close', reopen);
    return () => { dialog?.removeEventListener('cancel', keep); dialog?.removeEventListener('close', reopen); };
  }, []);
  const diffs = mine ? differences(mine, stored, (day) => formatDate(day, lang)) : [];
  const name = (d: CaseDifference) => `${t(FIELD_KEY[d.field])}${d.step ? ` (${t('step.number', { n: d.step })})` : ''}`;
  return (
    <dialog ref={ref} class="dialog dialog--wide" aria-labelledby="conflict-title" aria-describedby="conflict-text">
      <h2 id="conflict-title">{t('conflict.title')}</h2>
      <p id="conflict-text">{t('conflict.text', { time: formatDateTime(stored.updatedAt, lang) })}</p>
      {diffs.length > 0 && (
        <section class="conflict-diff" aria-labelledby="conflict-diff">
          <h3 id="conflict-diff">{t('conflict.diffCaption')}</h3>
          {diffs.map((d) => (
            <dl key={`${d.field}${d.step ?? ''}`}>
              <dt class="conflict-field">{name(d)}</dt>
              <dd><strong>{t('conflict.mineColumn')}:</strong> <bdi>{d.mine || t('conflict.empty')}</bdi></dd>
              <dd><strong>{t('conflict.theirsColumn')}:</strong> <bdi>{d.theirs || t('conflict.empty')}</bdi></dd>
            </dl>
          ))}
        </section>
      )}
      <ul class="small">
        <li>{t('conflict.mineKeeps')}</li>
        <li>{t('conflict.theirsKeeps')}</li>
        <li>{t('conflict.bothKeeps')}</li>
      </ul>
      <div class="actions">
        <button type="button" class="utrecht-button utrecht-button--primary-action" onClick={() => onChoose('mine')}>{t('conflict.mine')}</button>
        <button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={() => onChoose('theirs')}>{t('conflict.theirs')}</button>
        <button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={() => onChoose('both')}>{t('conflict.both')}</button>
      </div>
    </dialog>
  );
}
