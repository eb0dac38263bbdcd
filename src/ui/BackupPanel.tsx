import { useRef, useState } from 'preact/hooks';
import type { CaseSession } from '../app/useCaseSession';
import type { Case } from '../cases/types';
import { currentLanguage, isolate, t, type Key } from '../i18n';
import { backupHolds } from '../storage/backup-check';
import { download, fileSize } from './download';
import { asCopy, fitBackup, parseBackup, serialiseBackup, type FittedBackup, type ParsedBackup } from '../storage/backup';
import { loadIndex, loadPack } from '../content/load';
import type { Kader } from '../meldcode/types';
import { addCases, getAllCases, listCases } from '../storage/cases';
import { ImportPreview } from './ImportPreview';
import { openSealedBackup, sealedBackupOf, serialiseSealedBackup } from '../storage/backup-sealed';
import { UnsupportedVault, WrongPassphrase } from '../storage/crypto';
import { backupKey } from '../storage/vault';

const ERROR_KEY: Record<Extract<ParsedBackup, { ok: false }>['error'], Key> = {
  'not-json': 'backup.errorNotJson',
  'not-ours': 'backup.errorNotOurs',
  'newer-version': 'backup.errorNewer',
  empty: 'backup.errorEmpty',
  'too-large': 'backup.errorTooLarge',
};

/** The kaders of the packs these cases name, as far as this app has them (packs are precached,
 * so this works offline); only packs in the index are fetched, whatever the file names. */
async function kadersFor(cases: Case[]): Promise<Map<string, Kader>> {
  const known = new Set((await loadIndex().catch(() => [])).map((p) => p.id));
  const ids = [...new Set(cases.map((c) => c.packId))].filter((id) => known.has(id));
  const loaded = await Promise.all(ids.map((id) => loadPack(id, currentLanguage()).then((p) => [id, p.kader] as const, () => null)));
  return new Map(loaded.filter((entry) => entry !== null));
}

/** Export to a file and import after showing what will be added; never overwrites a case. */
export function BackupPanel({ session, lastBackupAt, formatTime, onBackedUp }: { session: CaseSession; lastBackupAt: string | null; formatTime: (iso: string) => string; onBackedUp: (at: string) => void }) {
  // Numbered, so a newly chosen file gets a fresh preview (its copies box unticked).
  const [preview, setPreview] = useState<{ n: number; read: FittedBackup } | null>(null);
  const files = useRef(0);
  const [message, setMessage] = useState<{ key: Key; values?: Record<string, string | number>; error?: boolean } | null>(null);

  const [sealedFile, setSealedFile] = useState<Extract<ReturnType<typeof sealedBackupOf>, { ok: true }>['encrypted'] | null>(null);
  const [passphrase, setPassphrase] = useState('');

  /** Makes the file, reads it back as an import would, and only then hands it to the browser;
   * says what went wrong at each point, and counts as a backup only when the browser took it. */
  const exportCases = async (load: () => Promise<Case[]>) => {
    const now = new Date();
    let file: Blob;
    let count: number;
    try {
      await session.flush();
      const cases = await load();
      if (cases.length === 0) return setMessage({ key: 'backup.exportNone', error: true });
      const locked = await backupKey();
      file = new Blob([locked ? await serialiseSealedBackup(cases, locked, now) : serialiseBackup(cases, now)], { type: 'application/json' });
      if (!(await backupHolds(await file.text(), cases, locked?.key ?? null))) return setMessage({ key: 'backup.exportCheckFailed', error: true });
      count = cases.length;
    } catch {
      return setMessage({ key: 'backup.exportFailed', error: true });
    }
    try {
      download(file, `meldwijzer-backup-${now.toISOString().slice(0, 10)}.json`);
    } catch {
      return setMessage({ key: 'backup.exportBlocked', error: true });
    }
    onBackedUp(now.toISOString());
    setMessage({ key: count === 1 ? 'backup.exportedOne' : 'backup.exported', values: { count, size: fileSize(file.size, currentLanguage()) } });
  };

  const read = async (text: string) => {
    // From the database, not the case list on screen: that may not have loaded yet.
    const existing = new Set((await listCases().catch(() => session.cases ?? [])).map((c) => c.id));
    const parsed = parseBackup(text, { existingIds: existing });
    if (!parsed.ok) setMessage({ key: ERROR_KEY[parsed.error], error: true });
    else if (parsed.toAdd.length + parsed.duplicates.length === 0) setMessage({ key: 'backup.errorEmpty', error: true });
    else {
      setPreview({ n: ++files.current, read: fitBackup(parsed, await kadersFor([...parsed.toAdd, ...parsed.duplicates])) });
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
    const sealed = sealedBackupOf(text);
    if (sealed?.ok) {
      setSealedFile(sealed.encrypted);
      setMessage({ key: 'backup.encrypted' });
    } else if (sealed) {
      // Refused before asking for the passphrase: deriving a key from it could take hours.
      setMessage({ key: 'backup.errorEncryption', error: true });
    } else {
      await read(text);
    }
  };

  const openSealed = async (e: Event) => {
    e.preventDefault();
    if (!sealedFile) return;
    try {
      await read(await openSealedBackup(sealedFile, passphrase));
      setSealedFile(null);
    } catch (error) {
      const key: Key = error instanceof WrongPassphrase ? 'backup.errorPassphrase' : error instanceof UnsupportedVault ? 'backup.errorEncryption' : 'backup.errorTampered';
      setMessage({ key, error: true });
    }
    setPassphrase('');
  };

  const confirm = async (withCopies: boolean) => {
    if (!preview) return;
    const { toAdd, duplicates } = preview.read;
    const cases = [...toAdd, ...(withCopies ? duplicates.map((c) => asCopy(c, crypto.randomUUID(), t('backup.copySuffix'))) : [])];
    if (cases.length === 0) return;
    try {
      await addCases(cases);
      setMessage({ key: 'backup.imported', values: { count: cases.length } });
    } catch {
      setMessage({ key: 'backup.importFailed', error: true });
    }
    setPreview(null);
    await session.refresh();
  };

  return (
    <section aria-labelledby="backup">
      <h2 id="backup">{t('backup.title')}</h2>
      <p>{lastBackupAt ? t('backup.last', { time: formatTime(lastBackupAt) }) : t('backup.never')}</p>
      <p class="small">{t('backup.explain')}</p>
      {session.lock !== 'none' && <p class="small">{t('backup.encryptedNote')}</p>}
      <div class="actions">
        <button type="button" onClick={() => void exportCases(getAllCases)}>{t('backup.exportAll')}</button>
        {session.active && <button type="button" class="secondary" onClick={() => { const c = session.active; if (c) void exportCases(async () => [c]); }}>{t('backup.exportOne', { label: isolate(session.active.label) })}</button>}
      </div>
      <label for="import-file" class="field-label">{t('backup.importLabel')}</label>
      <input id="import-file" class="file-input" type="file" accept=".json,application/json" onChange={(e) => void choose(e.currentTarget.files?.[0])} />
      <p role="status" class={message?.error ? 'error' : undefined}>{message ? t(message.key, message.values) : ''}</p>
      {sealedFile && (
        <form onSubmit={(e) => void openSealed(e)} noValidate>
          <label for="backup-passphrase" class="field-label">{t('lock.passphrase')}</label>
          <input id="backup-passphrase" type="password" autocomplete="current-password" value={passphrase} onInput={(e) => setPassphrase(e.currentTarget.value)} />
          <div class="actions"><button type="submit">{t('backup.openEncrypted')}</button></div>
        </form>
      )}
      {preview && <ImportPreview key={preview.n} preview={preview.read} onConfirm={(withCopies) => void confirm(withCopies)} onCancel={() => setPreview(null)} />}
    </section>
  );
}
