import { useEffect, useRef } from 'preact/hooks';
import { isolate, t } from '../i18n';

/** Deleting cannot be undone, so it always asks. Focus returns to where it was on close. */
export function ConfirmDelete({ label, onConfirm, onCancel, title, text }: { label?: string; onConfirm: () => void; onCancel: () => void; title?: string; text?: string }) {
  const ref = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    ref.current?.showModal?.();
    // Focus on the safe choice: Enter pressed by reflex must never delete.
    cancel.current?.focus();
    return () => before?.focus?.();
  }, []);
  return (
    <dialog ref={ref} class="dialog" aria-labelledby="delete-title" onCancel={(e) => { e.preventDefault(); onCancel(); }}>
      <h2 id="delete-title">{title ?? t('delete.title', { label: isolate(label ?? '') })}</h2>
      <p>{text ?? t('delete.text')}</p>
      <div class="actions">
        <button type="button" class="utrecht-button utrecht-button--primary-action utrecht-button--danger" onClick={onConfirm}>{t('delete.confirm')}</button>
        <button ref={cancel} type="button" class="utrecht-button utrecht-button--secondary-action" onClick={onCancel}>{t('common.cancel')}</button>
      </div>
    </dialog>
  );
}
