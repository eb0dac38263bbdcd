import type { Case } from '../cases/types';
import { BACKUP_FORMAT, BACKUP_VERSION, serialiseBackup } from './backup';
import { isSupportedSealed, isSupportedVault, open, seal, unlockVault, type Sealed, type VaultRecord } from './crypto';

/**
 * Backups of a locked app are encrypted too: the file carries the vault record (the data key,
 * wrapped by the passphrase) and the cases sealed with that data key. Opening the file needs
 * the passphrase that was set when it was made.
 */

interface SealedBackup {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: string;
  app: 'Meldwijzer';
  encrypted: { vault: VaultRecord; payload: Sealed };
}

export async function serialiseSealedBackup(cases: Case[], { vault, key }: { vault: VaultRecord; key: CryptoKey }, now: Date): Promise<string> {
  const file: SealedBackup = { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), app: 'Meldwijzer', encrypted: { vault, payload: await seal(key, cases) } };
  return JSON.stringify(file, null, 2);
}

export type SealedFile = { ok: true; encrypted: SealedBackup['encrypted'] } | { ok: false };

/** null when the file is no encrypted backup of ours; `ok: false` when it is one, but asks for
 * key derivation work or sizes the app never writes (changed, or made to keep the app busy). */
export function sealedBackupOf(text: string): SealedFile | null {
  let file: Partial<SealedBackup> | null;
  try {
    file = JSON.parse(text) as Partial<SealedBackup> | null;
  } catch {
    return null;
  }
  if (file?.format !== BACKUP_FORMAT || !file.encrypted) return null;
  const { vault, payload } = file.encrypted;
  return isSupportedVault(vault) && isSupportedSealed(payload) ? { ok: true, encrypted: { vault, payload } } : { ok: false };
}

/** Opens an encrypted backup into the plain backup text parseBackup reads. Throws
 * WrongPassphrase for a wrong passphrase, Tampered for a changed file, and UnsupportedVault
 * (before deriving anything) for parameters the app never writes. */
export async function openSealedBackup(encrypted: SealedBackup['encrypted'], passphrase: string): Promise<string> {
  const key = await unlockVault(encrypted.vault, passphrase);
  const cases = await open(key, encrypted.payload);
  return serialiseBackup(Array.isArray(cases) ? (cases as Case[]) : [], new Date());
}
