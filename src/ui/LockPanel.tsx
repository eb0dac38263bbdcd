import { useState } from 'preact/hooks';
import { t, type Key } from '../i18n';

const MIN_LENGTH = 10;

/** A new passphrase typed twice, with the warning that a lost one means lost notes. */
function PassphraseForm({ submitLabel, onSubmit, waiting = false }: { submitLabel: string; onSubmit: (passphrase: string) => Promise<void>; waiting?: boolean }) {
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const [message, setMessage] = useState<{ key: Key; error?: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    if (first.length < MIN_LENGTH) return setMessage({ key: 'lockPanel.tooShort', error: true });
    if (first !== second) return setMessage({ key: 'lockPanel.mismatch', error: true });
    setBusy(true);
    setMessage({ key: 'lockPanel.setting' });
    try {
      await onSubmit(first);
      setFirst('');
      setSecond('');
      setMessage(null);
    } catch {
      setMessage({ key: 'lockPanel.failed', error: true });
    }
    setBusy(false);
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <p class="utrecht-alert utrecht-alert--warning">{t('lockPanel.warning')}</p>
      <label for="new-passphrase" class="utrecht-form-label field-label">{t('lockPanel.new')}</label>
      <input id="new-passphrase" type="password" class="utrecht-textbox utrecht-textbox--html-input" autocomplete="new-password" value={first} aria-describedby="passphrase-message" onInput={(e) => setFirst(e.currentTarget.value)} />
      <label for="repeat-passphrase" class="utrecht-form-label field-label">{t('lockPanel.repeat')}</label>
      <input id="repeat-passphrase" type="password" class="utrecht-textbox utrecht-textbox--html-input" autocomplete="new-password" value={second} aria-describedby="passphrase-message" onInput={(e) => setSecond(e.currentTarget.value)} />
      <p id="passphrase-message" role="status" class={message?.error ? 'error' : undefined}>{message ? t(message.key) : ''}</p>
      <div class="actions"><button type="submit" class="utrecht-button utrecht-button--primary-action" disabled={waiting}>{submitLabel}</button></div>
    </form>
  );
}

/** What the lock panel shows and does; the app's lock (app/useLock.ts) provides it. */
export interface LockProps {
  lock: 'unknown' | 'none' | 'locked' | 'unlocked';
  idleMinutes: number;
  setLock: (passphrase: string) => Promise<void>;
  changePassphrase: (passphrase: string) => Promise<void>;
  lockNow: () => Promise<void>;
  changeIdle: (minutes: number) => Promise<void>;
}

export function LockPanel({ lock: control }: { lock: LockProps }) {
  const [done, setDone] = useState<Key | null>(null);
  return (
    <section id="lock" aria-labelledby="lock-title">
      <h2 id="lock-title">{t('lockPanel.title')}</h2>
      {done && <p role="status">{t(done)}</p>}
      {/* Until the database has answered, the offer shows as most visitors will see it (so the
          page does not change under them), but cannot be sent yet. */}
      {control.lock === 'none' || control.lock === 'unknown' ? (
        <>
          <p>{t('lockPanel.offer')}</p>
          <PassphraseForm submitLabel={t('lockPanel.set')} waiting={control.lock === 'unknown'} onSubmit={async (p) => { await control.setLock(p); setDone('lockPanel.done'); }} />
        </>
      ) : (
        <>
          <p>{t('lockPanel.isSet')}</p>
          <div class="actions"><button type="button" class="utrecht-button utrecht-button--primary-action" onClick={() => void control.lockNow()}>{t('lockPanel.lockNow')}</button></div>
          <label for="idle-minutes" class="utrecht-form-label field-label">{t('lockPanel.idle')}</label>
          <select id="idle-minutes" value={control.idleMinutes} onChange={(e) => void control.changeIdle(Number(e.currentTarget.value))}>
            {[5, 15, 30, 60].map((m) => <option key={m} value={m}>{t('lockPanel.minutes', { count: m })}</option>)}
          </select>
          <details>
            <summary>{t('lockPanel.change')}</summary>
            <PassphraseForm submitLabel={t('lockPanel.change')} onSubmit={async (p) => { await control.changePassphrase(p); setDone('lockPanel.changed'); }} />
          </details>
        </>
      )}
    </section>
  );
}
