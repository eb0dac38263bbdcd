import { DB } from './constants';
import { StorageError, toStorageError } from './errors';

/**
 * Where a database lives on disk, so that deleting it deletes its files.
 *
 * Firefox and WebKit keep each IndexedDB database in its own SQLite files, and deleting the
 * database deletes them. Chromium keeps every database of a site in one LevelDB, where deleted
 * records stay in its files until LevelDB compacts them, which no page can make it do (tested with
 * Chromium 156: a deleted database's text was still in an .ldb file after closing). A storage
 * bucket, though, has its own LevelDB, and deleting the bucket deletes that folder. So where the
 * browser has storage buckets, each database lives in a bucket of its own name.
 */
export interface Place {
  readonly name: string;
  /** The IndexedDB that holds this database (a bucket is made on first use). */
  factory(): Promise<IDBFactory>;
  exists(): Promise<boolean>;
  /** Deletes the database with its files. */
  drop(): Promise<void>;
}

/** `move`: where the sealed data waits while a lock rebuilds `main` (move.ts). `legacy`: where
 * Chromium kept the database before buckets; `main` takes its data over at the next start. */
export interface Places {
  main: Place;
  move: Place;
  legacy: Place | null;
}

// The Storage Buckets API (Chromium 122+) is not in TypeScript's DOM types yet.
interface StorageBucket {
  readonly indexedDB: IDBFactory;
  persisted(): Promise<boolean>;
  persist(): Promise<boolean>;
}
interface StorageBucketManager {
  open(name: string, options?: { durability?: 'strict' | 'relaxed' }): Promise<StorageBucket>;
  keys(): Promise<string[]>;
  delete(name: string): Promise<void>;
}

function bucketManager(): StorageBucketManager | undefined {
  return typeof navigator === 'undefined' ? undefined : (navigator as Navigator & { storageBuckets?: StorageBucketManager }).storageBuckets;
}

/** The site's own IndexedDB; reading `indexedDB` throws in some sandboxed frames. */
export function siteFactory(): IDBFactory {
  if (typeof indexedDB === 'undefined' || !indexedDB) throw new StorageError('unavailable', 'IndexedDB is not available');
  return indexedDB;
}

function hasSiteFactory(): boolean {
  try {
    return Boolean(siteFactory());
  } catch {
    return false;
  }
}

export function inSite(name: string): Place {
  return {
    name,
    factory: async () => siteFactory(),
    async exists() {
      const factory = siteFactory();
      if (typeof factory.databases === 'function') return (await factory.databases()).some((d) => d.name === name);
      // Older engines: open it, and undo the creation if it did not exist.
      return new Promise((resolve) => {
        const open = factory.open(name);
        open.onupgradeneeded = (e) => { if (e.oldVersion === 0) open.transaction?.abort(); };
        open.onsuccess = () => { open.result.close(); resolve(true); };
        open.onerror = () => resolve(false);
      });
    },
    drop: () => new Promise((resolve, reject) => {
      const r = siteFactory().deleteDatabase(name);
      r.onsuccess = () => resolve();
      r.onerror = () => reject(toStorageError(r.error));
      // Another tab holds it open and does not let go: say so now rather than wait, maybe for ever.
      r.onblocked = () => reject(new StorageError('blocked', 'Another tab keeps the database open'));
    }),
  };
}

function inBucket(buckets: StorageBucketManager, name: string): Place {
  return {
    name,
    async factory() {
      const bucket = await buckets.open(name, { durability: 'strict' });
      // The app asks the browser to keep the site's data (navigator.storage.persist()); that
      // covers the default bucket only. A granted site may persist its buckets too.
      if (!(await bucket.persisted()) && (await navigator.storage?.persisted?.())) await bucket.persist().catch(() => false);
      return bucket.indexedDB;
    },
    exists: async () => (await buckets.keys()).includes(name),
    drop: () => buckets.delete(name),
  };
}

export function places(): Places {
  const buckets = bucketManager();
  // Where the site's IndexedDB is refused (a locked-down private window), so is any bucket's:
  // the site's places then report that storage is unavailable.
  if (!buckets || !hasSiteFactory()) return { main: inSite(DB.name), move: inSite(DB.moveName), legacy: null };
  return { main: inBucket(buckets, DB.name), move: inBucket(buckets, DB.moveName), legacy: inSite(DB.name) };
}
