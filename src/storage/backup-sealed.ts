import type { Case } from '../cases/types';
import { BACKUP_FORMAT, BACKUP_VERSION, serialiseBackup } from './backup';
import { isSealed, isVaultRecord, open, seal, unlockVault, type Sealed, type VaultRecord } from './crypto';

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

/** The encrypted part of a file, when the file is an encrypted backup of ours. */
export function sealedBackupOf(text: string): SealedBackup['encrypted'] | null {
  try {
    const file = JSON.parse(text) as Partial<SealedBackup>;
    if (file?.format !== BACKUP_FORMAT || !file.encrypted) return null;
    const { vault, payload } = file.encrypted;
    return isVaultRecord(vault) && isSealed(payload) ? { vault, payload } : null;
  } catch {
    return null;
  }
}

/** Opens an encrypted backup into the plain backup text parseBackup reads. Throws
 * WrongPassphrase for a wrong passphrase and Tampered for a changed file. */
export async function openSealedBackup(encrypted: SealedBackup['encrypted'], passphrase: string): Promise<string> {
  const key = await unlockVault(encrypted.vault, passphrase);
  const cases = await open(key, encrypted.payload);
  return serialiseBackup(Array.isArray(cases) ? (cases as Case[]) : [], new Date());
}
