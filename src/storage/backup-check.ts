import type { Case } from '../cases/types';
import { parseBackup, serialiseBackup } from './backup';
import { sealedBackupOf } from './backup-sealed';
import { open } from './crypto';

/**
 * Reads a backup file back the way an import reads it, and says whether it holds exactly these
 * cases. Run on the file before it is handed to the browser, so a file that would not restore
 * is never saved as a backup. An encrypted file is opened with the data key itself: the same
 * check, without the passphrase's key derivation.
 */
export async function backupHolds(text: string, cases: Case[], key: CryptoKey | null): Promise<boolean> {
  let plain = text;
  if (key) {
    const sealed = sealedBackupOf(text);
    if (!sealed?.ok) return false;
    const opened = await open(key, sealed.encrypted.payload).catch(() => null);
    if (!Array.isArray(opened)) return false;
    plain = serialiseBackup(opened as Case[], new Date());
  }
  const read = parseBackup(plain, { existingIds: new Set() });
  if (!read.ok || read.rejected > 0 || read.duplicates.length > 0) return false;
  const ids = new Set(read.toAdd.map((c) => c.id));
  return ids.size === cases.length && cases.every((c) => ids.has(c.id));
}
