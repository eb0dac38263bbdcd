import { wrap, type DBSchema, type IDBPDatabase } from 'idb';
import { hasLegacyChecks, withCheckIds } from '../cases/legacy-checks';
import type { Case } from '../cases/types';
import { DB } from './constants';
import { StorageError, toStorageError } from './errors';
import { settle } from './move';
import { places as browserPlaces, type Place, type Places } from './place';

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

/** Version 2: checklist ticks point at item ids, not positions (cases/legacy-checks.ts). Plain
 * records are rewritten here; sealed ones cannot be read without the key and change on read
 * (restore.ts), which maps the same way. Raw requests, not idb's promises: the upgrade
 * transaction ends as soon as a callback returns without a request pending. */
function checksToIds(tx: IDBTransaction): void {
  const cursor = tx.objectStore(DB.stores.cases).openCursor();
  cursor.onsuccess = () => {
    const at = cursor.result;
    if (!at) return;
    const record: unknown = at.value;
    if (hasLegacyChecks(record)) at.update(withCheckIds(record as Record<string, unknown>));
    at.continue();
  };
}

function upgrade(db: Database, oldVersion: number, tx: IDBTransaction): void {
  // Steps are only added, never edited once shipped: a device may jump from any old version to
  // the newest in one go, and must end up exactly where a device that took every step did.
  if (oldVersion < 1) {
    const cases = db.createObjectStore(DB.stores.cases, { keyPath: 'id' });
    cases.createIndex(DB.indexes.casesByUpdated, 'updatedAt');
    db.createObjectStore(DB.stores.settings);
  }
  if (oldVersion < 2) checksToIds(tx);
}

/** Called with the version another tab wants (null: it deletes the database) after this tab
 * closed its connection for it. The UI should say so and offer a reload. */
export type VersionChangeListener = (newVersion: number | null) => void;
const listeners = new Set<VersionChangeListener>();

export function onVersionChange(listener: VersionChangeListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

let where: Places | undefined;

/** Where the databases live: storage buckets in Chromium, the site's IndexedDB elsewhere
 * (place.ts). Tests pass their own; undefined goes back to the browser's. */
export function usePlaces(p: Places | undefined): void {
  where = p;
}

const current = () => (where ??= browserPlaces());

interface Hooks {
  /** Another tab wants to upgrade or delete; this connection has closed for it. */
  blocking?: (newVersion: number | null) => void;
  /** The browser closed the connection (a deleted bucket, cleared site data). */
  terminated?: () => void;
}

/** Opens the database at `place`, upgraded to `version`. Another tab that holds an older version
 * open would make the request wait until it closes, which may be never: that fails at once. */
export function openAt(place: Place, version: number, hooks: Hooks = {}): Promise<Database> {
  return new Promise((resolve, reject) => {
    let gaveUp = false;
    place.factory().then((factory) => {
      const request = factory.open(place.name, version);
      request.onupgradeneeded = (e) => upgrade(wrap(request.result) as unknown as Database, e.oldVersion, request.transaction!);
      request.onblocked = () => {
        gaveUp = true;
        reject(new StorageError('blocked', 'Another tab keeps an older version of the database open'));
      };
      request.onerror = () => reject(request.error);
      request.onsuccess = () => {
        const db = request.result;
        // The blocked request went through after all, but nobody is waiting for it any more.
        if (gaveUp) return db.close();
        // Step aside when another tab wants to upgrade or delete, so that it can.
        db.onversionchange = (e) => { db.close(); hooks.blocking?.(e.newVersion); };
        db.onclose = () => hooks.terminated?.();
        resolve(wrap(db) as unknown as Database);
      };
    }, reject);
  });
}

let cached: Promise<Database> | undefined;

/** The shared connection, opened on first use, after finishing or rolling back a move that a
 * closed tab left halfway (move.ts). `version` is for tests only (default: the current schema)
 * and is ignored while a connection is open. */
export function openDatabase(version: number = DB.version): Promise<Database> {
  if (cached) return cached;
  const forget = () => {
    if (cached === attempt) cached = undefined;
  };
  const attempt: Promise<Database> = settle(current(), (place) => openAt(place, version))
    .then(() => openAt(current().main, version, {
      blocking(newVersion) {
        forget();
        for (const listener of listeners) listener(newVersion);
      },
      terminated: forget,
    }))
    .catch((e: unknown) => {
      forget();
      throw toStorageError(e);
    });
  cached = attempt;
  return attempt;
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

/** Removes every case and setting ('alles wissen'), wherever they are. */
export async function deleteDatabase(): Promise<void> {
  await closeDatabase();
  const { main, move, legacy } = current();
  try {
    // The main database last: if the tab dies halfway, what is left still shows, and nothing
    // comes back from a copy that move.ts would otherwise restore.
    for (const place of [move, legacy, main]) if (place) await place.drop();
  } catch (e) {
    throw toStorageError(e);
  }
}
