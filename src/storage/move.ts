import { DB } from './constants';
import type { IDBPTransaction } from 'idb';
import type { Database, MeldwijzerDB } from './db';
import type { Place, Places } from './place';

/**
 * Setting the lock seals every case in place (vault.ts), but the database's files may still hold
 * the plaintext it replaced: IndexedDB engines keep old records on disk until they compact. So
 * the sealed data then moves into fresh files, and the old files are deleted:
 *
 *   1. copy `main` (sealed) to `move`, in one transaction;
 *   2. delete `main`, files and all;
 *   3. copy `move` into a new, empty `main`, in one transaction, marked `moved`;
 *   4. delete `move`.
 *
 * A tab can die at any point. Every start runs `settle` before it opens anything, and it finishes
 * or rolls back from what it finds. The data is always complete in one place, and a place is
 * deleted only once its data is complete elsewhere:
 *
 *   - `main` has the vault but no `moved` mark: the move has not finished. Start again from
 *     `main`, which is complete (before step 2), dropping any half-made `move`.
 *   - `main` has neither vault nor cases, and `move` has the vault: the tab died between steps 2
 *     and 3. Copy `move` back.
 *   - `move` is there otherwise: left over (after step 3, or from an unfinished step 1).
 *
 * Chromium before storage buckets (place.ts) kept the database in the site's IndexedDB, `legacy`.
 * Its data is copied into an empty `main` the same way (steps 2 and 3, marked `from-legacy` until
 * `legacy` is deleted), so that from then on every file that holds a case can be deleted.
 *
 * Another tab may hold a database open meanwhile: it closes it on deletion (db.ts), and its next
 * use of the database waits here until the move is done.
 */

interface State {
  vault: boolean;
  /** The data was sealed when it was copied into these files: they never held plaintext. */
  moved: boolean;
  fromLegacy: boolean;
  cases: number;
}

export type Open = (place: Place) => Promise<Database>;

const STORES = [DB.stores.cases, DB.stores.settings] as const;

async function inspect(open: Open, place: Place): Promise<State> {
  const db = await open(place);
  try {
    const tx = db.transaction(STORES);
    const settings = tx.objectStore(DB.stores.settings);
    const [vault, moved, fromLegacy, cases] = await Promise.all([settings.getKey(DB.keys.vault), settings.getKey(DB.keys.moved), settings.getKey(DB.keys.fromLegacy), tx.objectStore(DB.stores.cases).count()]);
    return { vault: vault !== undefined, moved: moved !== undefined, fromLegacy: fromLegacy !== undefined, cases };
  } finally {
    db.close();
  }
}

type Writing = IDBPTransaction<MeldwijzerDB, typeof STORES, 'readwrite'>;

/** Runs one transaction on all stores of `place`. */
async function write(open: Open, place: Place, work: (tx: Writing) => void): Promise<void> {
  const db = await open(place);
  try {
    const tx = db.transaction(STORES, 'readwrite');
    work(tx);
    await tx.done;
  } finally {
    db.close();
  }
}

// Failures surface through tx.done; the request promises are only marked handled.
const quiet = (p: Promise<unknown>) => void p.catch(() => {});

/** Copies every record of `from` into `to`, replacing what `to` held, in one transaction: a
 * crash leaves `to` as it was or complete. Sealed data copied into `main` gets the `moved` mark. */
async function copy(open: Open, from: Place, to: Place, marks: { main?: boolean; fromLegacy?: boolean } = {}): Promise<void> {
  const source = await open(from);
  let records: { keys: IDBValidKey[]; values: unknown[] }[];
  try {
    const tx = source.transaction(STORES);
    records = await Promise.all(STORES.map(async (name) => ({ keys: await tx.objectStore(name).getAllKeys(), values: await tx.objectStore(name).getAll() })));
  } finally {
    source.close();
  }
  await write(open, to, (tx) => {
    STORES.forEach((name, i) => {
      const store = tx.objectStore(name);
      quiet(store.clear());
      const { keys, values } = records[i]!;
      // The cases store keys each record by its id; the settings store is given the key.
      values.forEach((value, k) => quiet(store.keyPath ? store.put(value as never) : store.put(value as never, keys[k] as never)));
    });
    const settings = tx.objectStore(DB.stores.settings);
    if (marks.main && records[1]!.keys.includes(DB.keys.vault)) quiet(settings.put(new Date().toISOString(), DB.keys.moved));
    if (marks.fromLegacy) quiet(settings.put(true, DB.keys.fromLegacy));
  });
}

/** Steps 1 to 4 above: `main`'s data into fresh files. */
async function moveMain(open: Open, { main, move }: Places): Promise<void> {
  await move.drop();
  await copy(open, main, move);
  await main.drop();
  await copy(open, move, main, { main: true });
  await move.drop();
}

/** Runs `work` while no other tab of this site runs it: two tabs that settle at once would
 * delete each other's copies. */
function alone<T>(work: () => Promise<T>): Promise<T> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  return locks ? locks.request('meldwijzer-storage', work) : work();
}

/** Finishes or rolls back a move a closed tab left halfway, and runs the move after a lock was
 * set, so that `main` holds all data. */
export function settle(places: Places, open: Open): Promise<void> {
  return alone(async () => {
    const { main, move, legacy } = places;
    let m = await inspect(open, main);
    // Only an empty `main`, or one that took over `legacy`, needs to look there.
    if (legacy && (m.fromLegacy || (!m.vault && m.cases === 0)) && (await legacy.exists())) {
      if (!m.fromLegacy) {
        await main.drop();
        await copy(open, legacy, main, { main: true, fromLegacy: true });
      }
      await legacy.drop();
      m = await inspect(open, main);
    }
    if (m.fromLegacy) await write(open, main, (tx) => quiet(tx.objectStore(DB.stores.settings).delete(DB.keys.fromLegacy)));
    if (m.vault && !m.moved) return moveMain(open, places);
    // Without a lock and with cases, no move has begun: no need to look for its leftovers.
    if ((m.vault || m.cases === 0) && (await move.exists())) {
      if ((await inspect(open, move)).vault && !m.vault) await copy(open, move, main, { main: true });
      await move.drop();
    }
  });
}
