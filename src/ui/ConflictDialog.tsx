import { useEffect, useRef } from 'preact/hooks';
import type { Case } from '../cases/types';
import { t } from '../i18n';

/** Two tabs changed the same case. Native modal dialog: it traps focus and Escape keeps
 * the dialog open, because closing it without a choice would leave the conflict unresolved. */
export function ConflictDialog({ stored, onChoose, formatTime }: { stored: Case; onChoose: (choice: 'mine' | 'theirs' | 'both') => void; formatTime: (iso: string) => string }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal?.();
    const keep = (e: Event) => e.preventDefault();
    dialog?.addEventListener('cancel', keep);
    return () => dialog?.removeEventListener('cancel', keep);
  }, []);
  return (
    <dialog ref={ref} class="dialog" aria-labelledby="conflict-title" aria-describedby="conflict-text">
      <h2 id="conflict-title">{t('conflict.title')}</h2>
      <p id="conflict-text">{t('conflict.text', { time: formatTime(stored.updatedAt) })}</p>
      <div class="actions">
        <button type="button" onClick={() => onChoose('mine')}>{t('conflict.mine')}</button>
        <button type="button" class="secondary" onClick={() => onChoose('theirs')}>{t('conflict.theirs')}</button>
        <button type="button" class="secondary" onClick={() => onChoose('both')}>{t('conflict.both')}</button>
      </div>
    </dialog>
  );
}
