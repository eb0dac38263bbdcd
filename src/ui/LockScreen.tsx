import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n';
import { ConfirmDelete } from './ConfirmDelete';
import { Heading } from './Heading';

/** Seconds to wait after the nth wrong passphrase: none for the first, then 1, 2, 4 … 60. */
export function delayAfter(failures: number): number {
  return failures < 2 ? 0 : Math.min(60, 2 ** (failures - 2));
}

export function LockScreen({ onUnlock, onWipe }: { onUnlock: (passphrase: string) => Promise<boolean>; onWipe: () => void }) {
  const [passphrase, setPassphrase] = useState('');
  const [failures, setFailures] = useState(0);
  const [waitUntil, setWaitUntil] = useState(0);
  const [now, setNow] = useState(Date.now());
  const [busy, setBusy] = useState(false);
  const [wiping, setWiping] = useState(false);
  const wait = Math.max(0, Math.ceil((waitUntil - now) / 1000));
  useEffect(() => {
    if (wait <= 0) return;
    const id = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(id);
  }, [wait > 0]);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy || wait > 0 || !passphrase) return;
    setBusy(true);
    const ok = await onUnlock(passphrase);
    setBusy(false);
    if (ok) return;
    const next = failures + 1;
    setFailures(next);
    setPassphrase('');
    setNow(Date.now());
    setWaitUntil(Date.now() + delayAfter(next) * 1000);
  };

  return (
    <>
      <Heading documentTitle={t('lock.title')}>{t('lock.title')}</Heading>
      <p>{t('lock.text')}</p>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <label for="unlock-passphrase" class="utrecht-form-label field-label">{t('lock.passphrase')}</label>
        <input id="unlock-passphrase" type="password" class="utrecht-textbox utrecht-textbox--html-input" autocomplete="current-password" value={passphrase} aria-describedby="unlock-message" onInput={(e) => setPassphrase(e.currentTarget.value)} />
        <p id="unlock-message" role="alert" class={failures ? 'error' : undefined}>
          {failures > 0 ? t('lock.wrong') : ''} {wait > 0 ? t('lock.wait', { count: wait }) : ''}
        </p>
        <div class="actions"><button type="submit" class="utrecht-button utrecht-button--primary-action" aria-disabled={busy || wait > 0}>{busy ? t('lock.opening') : t('lock.unlock')}</button></div>
      </form>
      <details>
        <summary>{t('lock.forgot')}</summary>
        <p>{t('lock.forgotText')}</p>
        <button type="button" class="utrecht-button utrecht-button--primary-action utrecht-button--danger" onClick={() => setWiping(true)}>{t('lock.wipe')}</button>
      </details>
      {wiping && <ConfirmDelete title={t('lock.wipe')} text={t('lock.wipeConfirm')} onCancel={() => setWiping(false)} onConfirm={onWipe} />}
    </>
  );
}
