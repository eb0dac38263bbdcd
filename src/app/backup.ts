import type { CaseSession } from '../cases/session';
import type { Case } from '../cases/types';
import { loadIndex, loadPack } from '../content/load';
import { currentLanguage, t, type Key } from '../i18n';
import type { Kader } from '../meldcode/types';
import { backupHolds } from '../storage/backup-check';
import { asCopy, fitBackup, parseBackup, serialiseBackup, type ParsedBackup } from '../storage/backup';
import { openSealedBackup, sealedBackupOf, serialiseSealedBackup, type SealedFile } from '../storage/backup-sealed';
import { getAllCases, listCases } from '../storage/cases';
import { UnsupportedVault, WrongPassphrase } from '../storage/crypto';
import { backupKey } from '../storage/vault';
import type { BackupActions, BackupRead } from '../ui/BackupPanel';

// Loaded with the data screen only (app/DataRoute.tsx): the backup code stays out of the shell.

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

type Encrypted = Extract<SealedFile, { ok: true }>['encrypted'];

/** Backups for the data screen. Imports go through the storage's add, which never overwrites,
 * and the session's list is refreshed after. */
export function backupActions(session: CaseSession): BackupActions {
  const read = async (text: string): Promise<BackupRead> => {
    // From the database, not the case list on screen: that may not have loaded yet.
    const existing = new Set((await listCases().catch(() => session.state.cases ?? [])).map((c) => c.id));
    const parsed = parseBackup(text, { existingIds: existing });
    if (!parsed.ok) return { error: ERROR_KEY[parsed.error] };
    if (parsed.toAdd.length + parsed.duplicates.length === 0) return { error: 'backup.errorEmpty' };
    return { preview: fitBackup(parsed, await kadersFor([...parsed.toAdd, ...parsed.duplicates])) };
  };

  return {
    /** Makes the file and reads it back as an import would; says what went wrong at each point. */
    async exportFile(only) {
      try {
        await session.flush();
        const cases = only ? [only] : await getAllCases();
        if (cases.length === 0) return { error: 'backup.exportNone' };
        const locked = await backupKey();
        const file = new Blob([locked ? await serialiseSealedBackup(cases, locked, new Date()) : serialiseBackup(cases, new Date())], { type: 'application/json' });
        if (!(await backupHolds(await file.text(), cases, locked?.key ?? null))) return { error: 'backup.exportCheckFailed' };
        return { file, count: cases.length };
      } catch {
        return { error: 'backup.exportFailed' };
      }
    },
    async read(text) {
      const sealed = sealedBackupOf(text);
      if (sealed?.ok) return { sealed: sealed.encrypted };
      // Refused before asking for the passphrase: deriving a key from it could take hours.
      if (sealed) return { error: 'backup.errorEncryption' };
      return read(text);
    },
    async openSealed(sealed, passphrase) {
      let text: string;
      try {
        text = await openSealedBackup(sealed as Encrypted, passphrase);
      } catch (error) {
        return { error: error instanceof WrongPassphrase ? 'backup.errorPassphrase' : error instanceof UnsupportedVault ? 'backup.errorEncryption' : 'backup.errorTampered' };
      }
      return read(text);
    },
    async add({ toAdd, duplicates }, withCopies) {
      const cases = [...toAdd, ...(withCopies ? duplicates.map((c) => asCopy(c, crypto.randomUUID(), t('backup.copySuffix'))) : [])];
      if (cases.length === 0) return 0;
      await session.add(cases);
      return cases.length;
    },
  };
}
