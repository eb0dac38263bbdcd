import type { Case } from '../cases/types';
import { DB } from './constants';
import { createVault, isSealed, isVaultRecord, open, rewrapVault, seal, Tampered, unlockVault, type Sealed, type VaultRecord } from './crypto';
import { closeDatabase, openDatabase } from './db';
import { StorageError, toStorageError } from './errors';
import { normaliseCase } from './restore';
import { forgetIndex, readGeneration, sealIndex } from './summary-index';
import { byChange, summaryOf } from '../cases/repo';

/**
 * The app lock. With a lock set, every case record is stored sealed: `{ id, revision, sealed }`,
 * where only the id (a random key) and the revision (a counter, for conflict checks inside one
 * transaction) stay readable. The data key lives in memory only while unlocked.
 */

const VAULT_KEY = DB.keys.vault;
let key: CryptoKey | null = null;

export interface SealedRecord {
  id: string;
  revision: number;
  sealed: Sealed;
}

export type LockState = 'none' | 'locked' | 'unlocked';

export async function readVault(): Promise<VaultRecord | null> {
  try {
    const raw = await (await openDatabase()).get(DB.stores.settings, VAULT_KEY);
    return isVaultRecord(raw) ? raw : null;
  } catch (e) {
    throw toStorageError(e);
  }
}

export async function lockState(): Promise<LockState> {
  if (!(await readVault())) return 'none';
  return key ? 'unlocked' : 'locked';
}

/** Forgets the data key (and the summaries opened with it): from now on nothing can be read
 * until the passphrase is given. */
export function lock(): void {
  forgetIndex(key);
  key = null;
}

/** The data key while unlocked; null without a lock or while locked. */
export function dataKey(): CryptoKey | null {
  return key;
}

export async function unlock(passphrase: string): Promise<void> {
  const vault = await readVault();
  if (!vault) throw new StorageError('unknown', 'No lock is set');
  key = await unlockVault(vault, passphrase);
}

/** Turns a stored record into a case: opens it when sealed, normalises it either way. */
export async function decodeRecord(raw: unknown): Promise<Case | null> {
  const record = raw as Partial<SealedRecord> | undefined;
  if (!record || !isSealed(record.sealed)) return normaliseCase(raw);
  if (!key) throw new StorageError('locked', 'The app is locked');
  try {
    return normaliseCase(await open(key, record.sealed));
  } catch (e) {
    throw e instanceof Tampered ? new StorageError('tampered', `Case ${String(record.id)} failed its integrity check`) : e;
  }
}

/** What to store for a case: sealed when a lock is set, the case itself otherwise. */
export async function encodeRecord(c: Case): Promise<Case | SealedRecord> {
  if (!key) {
    // Read each time rather than cached: another tab may have set a lock since, and writing
    // plaintext after that would undo it.
    if (await readVault()) throw new StorageError('locked', 'The app is locked');
    return c;
  }
  return { id: c.id, revision: c.revision, sealed: await seal(key, c) };
}

/** Sets the lock and seals every existing case in the same transaction as the vault record,
 * so no plaintext case is left in the database and a crash leaves either all or nothing done;
 * then moves the sealed data into fresh files. */
export async function setLock(passphrase: string, iterations?: number): Promise<void> {
  if (await readVault()) throw new StorageError('unknown', 'A lock is already set');
  const created = await createVault(passphrase, iterations);
  const db = await openDatabase();
  const raws = await db.getAll(DB.stores.cases);
  const plain = raws.map((raw) => normaliseCase(raw)).filter((c) => c !== null);
  const sealed = await Promise.all(plain.map(async (c) => ({ id: c.id, revision: c.revision, sealed: await seal(created.key, c) })));
  const generation = readGeneration(await db.get(DB.stores.settings, DB.keys.casesGeneration)) + 1;
  const index = await sealIndex(created.key, plain.map(summaryOf).sort(byChange), generation, raws.length);
  try {
    const tx = db.transaction([DB.stores.cases, DB.stores.settings], 'readwrite');
    // Failures surface through tx.done; the request promises are only marked handled.
    for (const record of sealed) tx.objectStore(DB.stores.cases).put(record as unknown as Case).catch(() => {});
    const settings = tx.objectStore(DB.stores.settings);
    settings.put(created.vault, VAULT_KEY).catch(() => {});
    // With the sealed cases, their sealed summaries (summary-index.ts). Should another tab have
    // written meanwhile, the generation no longer matches and the first list rebuilds them.
    settings.put(index, DB.keys.caseSummaries).catch(() => {});
    settings.put(generation, DB.keys.casesGeneration).catch(() => {});
    await tx.done;
  } catch (e) {
    throw toStorageError(e);
  }
  key = created.key;
  // The old files may still hold the plaintext that was just sealed. Opening the database again
  // moves the sealed data into fresh files and deletes the old ones (move.ts). If that fails, the
  // lock is still set, the next start tries again, and the next use of the database says why.
  await closeDatabase();
  await openDatabase().catch(() => {});
}

/** A new passphrase re-wraps the data key; no case is touched. */
export async function changePassphrase(newPassphrase: string, iterations?: number): Promise<void> {
  if (!key) throw new StorageError('locked', 'Unlock before changing the passphrase');
  const vault = await rewrapVault(key, newPassphrase, iterations);
  try {
    await (await openDatabase()).put(DB.stores.settings, vault, VAULT_KEY);
  } catch (e) {
    throw toStorageError(e);
  }
}

/** For an encrypted backup: the stored vault record and the key to seal the payload with. */
export async function backupKey(): Promise<{ vault: VaultRecord; key: CryptoKey } | null> {
  const vault = await readVault();
  if (!vault) return null;
  if (!key) throw new StorageError('locked', 'The app is locked');
  return { vault, key };
}
