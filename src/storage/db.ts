import { deleteDB, openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Case } from '../cases/types';
import { DB } from './constants';
import { StorageError, toStorageError } from './errors';

/**
 * The only module that opens the database (style rule 10). Everything else goes through the
 * typed repos in cases.ts and settings.ts, which normalise every record they read.
 */
export interface MeldwijzerDB extends DBSchema {
  [DB.stores.cases]: {
    key: string;
    // Typed for writes. Reads still go through normaliseCase: a record may be from an older version.
    value: Case;
    indexes: { [DB.indexes.casesByUpdated]: string };
  };
  [DB.stores.settings]: { key: string; value: unknown };
}

export type Database = IDBPDatabase<MeldwijzerDB>;

function upgrade(db: Database, oldVersion: number): void {
  // Steps are only added, never edited once shipped: a device may jump from any old version to
  // the newest in one go, and must end up exactly where a device that took every step did.
  if (oldVersion < 1) {
    const cases = db.createObjectStore(DB.stores.cases, { keyPath: 'id' });
    cases.createIndex(DB.indexes.casesByUpdated, 'updatedAt');
    db.createObjectStore(DB.stores.settings);
  }
}

/** Called with the version another tab wants (null: it deletes the database) after this tab
 * closed its connection for it. The UI should say so and offer a reload. */
export type VersionChangeListener = (newVersion: number | null) => void;
const listeners = new Set<VersionChangeListener>();

export function onVersionChange(listener: VersionChangeListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

let cached: Promise<Database> | undefined;

/** The shared connection, opened on first use. `version` is for tests only (default: the
 * current schema) and is ignored while a connection is open. */
export function openDatabase(version: number = DB.version): Promise<Database> {
  if (cached) return cached;
  const attempt: Promise<Database> = connect(version, () => {
    if (cached === attempt) cached = undefined;
  }).catch((e: unknown) => {
    if (cached === attempt) cached = undefined;
    throw toStorageError(e);
  });
  cached = attempt;
  return attempt;
}

function factory(): IDBFactory {
  // Reading `indexedDB` itself throws in some sandboxed frames, so this is inside the try.
  if (typeof indexedDB === 'undefined' || !indexedDB) throw new StorageError('unavailable', 'IndexedDB is not available');
  return indexedDB;
}

function connect(version: number, forget: () => void): Promise<Database> {
  return new Promise((resolve, reject) => {
    factory();
    let gaveUp = false;
    openDB<MeldwijzerDB>(DB.name, version, {
      upgrade,
      // Another tab holds an older version open. The request would wait until that tab closes,
      // which may be never, so the user hears about it now instead.
      blocked() {
        gaveUp = true;
        reject(new StorageError('blocked', 'Another tab keeps an older version of the database open'));
      },
      // Another tab wants to upgrade or delete: step aside so it can, and let the UI explain.
      blocking(_current, newVersion, event) {
        (event.target as IDBDatabase).close();
        forget();
        for (const listener of listeners) listener(newVersion);
      },
      terminated: forget,
    }).then((db) => {
      // The blocked request went through after all, but nobody is waiting for it any more.
      if (gaveUp) db.close();
      else resolve(db);
    }, reject);
  });
}

/** Closes the shared connection; the next call to openDatabase opens a new one. */
export async function closeDatabase(): Promise<void> {
  const attempt = cached;
  cached = undefined;
  try {
    (await attempt)?.close();
  } catch {
    // It never opened, so there is nothing to close.
  }
}

/** Removes every case and setting ('alles wissen'). */
export async function deleteDatabase(): Promise<void> {
  await closeDatabase();
  try {
    factory();
    await new Promise<void>((resolve, reject) => {
      deleteDB(DB.name, {
        blocked: () => reject(new StorageError('blocked', 'Another tab keeps the database open')),
      }).then(resolve, reject);
    });
  } catch (e) {
    throw toStorageError(e);
  }
}
