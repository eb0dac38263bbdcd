import { useRef, useState } from 'preact/hooks';
import type { Case } from '../cases/types';
import { currentLanguage, isolate, t, type Key } from '../i18n';
import { download, fileSize } from './download';
import { ImportPreview, type ImportPlan } from './ImportPreview';
import { backupName, canShareBackup, shareFile } from './share';

/** What a chosen backup file holds: a preview of what it adds, a request for its passphrase
 * (`sealed` is handed back to `openSealed` as it is), or why it cannot be read. */
export type BackupRead = { preview: ImportPlan } | { sealed: unknown } | { error: Key };

/** The backup work, done by the app (app/backup.ts): this panel only shows it. */
export interface BackupActions {
  /** The file of these cases (every stored case when none are given), read back as an import
   * would before it is offered; or the message that says why not. */
  exportFile(only?: Case): Promise<{ file: Blob; count: number } | { error: Key }>;
  read(text: string): Promise<BackupRead>;
  openSealed(sealed: unknown, passphrase: string): Promise<BackupRead>;
  /** Adds the file's new cases (and the existing ones as copies); resolves with how many. */
  add(plan: ImportPlan, withCopies: boolean): Promise<number>;
}

const OPEN_ERRORS: Key[] = ['backup.errorPassphrase', 'backup.errorEncryption', 'backup.errorTampered'];

/** Export to a file and import after showing what will be added; never overwrites a case. */
export function BackupPanel({ actions, active, encrypted, lastBackupAt, formatTime, onBackedUp }: {
  actions: BackupActions; active: Case | null; encrypted: boolean; lastBackupAt: string | null; formatTime: (iso: string) => string; onBackedUp: (at: string) => void;
}) {
  // Numbered, so a newly chosen file gets a fresh preview (its copies box unticked).
  const [preview, setPreview] = useState<{ n: number; read: ImportPlan } | null>(null);
  const files = useRef(0);
  const [message, setMessage] = useState<{ key: Key; values?: Record<string, string | number>; error?: boolean } | null>(null);
  const [sealedFile, setSealedFile] = useState<unknown>(null);
  const [passphrase, setPassphrase] = useState('');
  // Phones hand the file to another app (mail, a drive); elsewhere it goes to the downloads.
  const [sharing] = useState(canShareBackup);

  /** Counts as a backup only when the browser took the file: saved, or sent where the user chose. */
  const exportCases = async (only?: Case, share = false) => {
    const now = new Date();
    const made = await actions.exportFile(only);
    if ('error' in made) return setMessage({ key: made.error, error: true });
    try {
      if (share && (await shareFile(made.file, backupName(now))) === 'cancelled') return setMessage(null);
      if (!share) download(made.file, backupName(now));
    } catch {
      return setMessage({ key: share ? 'backup.shareFailed' : 'backup.exportBlocked', error: true });
    }
    onBackedUp(now.toISOString());
    setMessage({ key: share ? 'backup.shared' : 'backup.exported', values: { count: made.count, size: fileSize(made.file.size, currentLanguage()) } });
  };

  const show = (read: BackupRead) => {
    if ('error' in read) setMessage({ key: read.error, error: true });
    else if ('sealed' in read) {
      setSealedFile(read.sealed);
      setMessage({ key: 'backup.encrypted' });
    } else {
      setPreview({ n: ++files.current, read: read.preview });
      setMessage(null);
    }
  };

  const choose = async (file: File | undefined) => {
    setPreview(null);
    setSealedFile(null);
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch {
      // Moved or deleted after it was chosen, or not readable: nothing was read, nothing changes.
      return setMessage({ key: 'backup.importFailed', error: true });
    }
    show(await actions.read(text));
  };

  const openSealed = async (e: Event) => {
    e.preventDefault();
    if (!sealedFile) return;
    const read = await actions.openSealed(sealedFile, passphrase);
    // A wrong passphrase may be typed again; a file that opened is done with, whatever it held.
    if (!('error' in read) || !OPEN_ERRORS.includes(read.error)) setSealedFile(null);
    show(read);
    setPassphrase('');
  };

  const confirm = async (withCopies: boolean) => {
    if (!preview) return;
    try {
      const count = await actions.add(preview.read, withCopies);
      if (count === 0) return;
      setMessage({ key: 'backup.imported', values: { count } });
    } catch {
      setMessage({ key: 'backup.importFailed', error: true });
    }
    setPreview(null);
  };

  return (
    <section aria-labelledby="backup">
      <h2 id="backup">{t('backup.title')}</h2>
      <p>{lastBackupAt ? t('backup.last', { time: formatTime(lastBackupAt) }) : t('backup.never')}</p>
      <p class="small">{t('backup.explain')}</p>
      {encrypted && <p class="small">{t('backup.encryptedNote')}</p>}
      <div class="actions">
        <button type="button" class="utrecht-button utrecht-button--primary-action" onClick={() => void exportCases()}>{t('backup.exportAll')}</button>
        {sharing && <button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={() => void exportCases(undefined, true)}>{t('backup.share')}</button>}
        {active && <button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={() => void exportCases(active)}>{t('backup.exportOne', { label: isolate(active.label) })}</button>}
      </div>
      <label for="import-file" class="utrecht-form-label field-label">{t('backup.importLabel')}</label>
      <input id="import-file" class="file-input" type="file" accept=".json,application/json" onChange={(e) => void choose(e.currentTarget.files?.[0])} />
      <p role="status" class={message?.error ? 'error' : undefined}>{message ? t(message.key, message.values) : ''}</p>
      {sealedFile !== null && (
        <form onSubmit={(e) => void openSealed(e)} noValidate>
          <label for="backup-passphrase" class="utrecht-form-label field-label">{t('lock.passphrase')}</label>
          <input id="backup-passphrase" type="password" class="utrecht-textbox utrecht-textbox--html-input" autocomplete="current-password" value={passphrase} onInput={(e) => setPassphrase(e.currentTarget.value)} />
          <div class="actions"><button type="submit" class="utrecht-button utrecht-button--primary-action">{t('backup.openEncrypted')}</button></div>
        </form>
      )}
      {preview && <ImportPreview key={preview.n} preview={preview.read} onConfirm={(withCopies) => void confirm(withCopies)} onCancel={() => setPreview(null)} />}
    </section>
  );
}
