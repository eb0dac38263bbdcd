import type { IDBPObjectStore } from 'idb';
import { byChange, summaryOf, type CaseRepo } from '../cases/repo';
import type { Case, CaseSummary } from '../cases/types';
import { DB } from './constants';
import { openDatabase, type Database, type MeldwijzerDB } from './db';
import { ConflictError, StorageError, toStorageError } from './errors';
import { normaliseCase, storedRevision } from './restore';
import { openIndex, readGeneration, updateIndex, writeIndex } from './summary-index';
import { dataKey, decodeRecord, encodeRecord } from './vault';

/** The case repository (style rule 10): every read is normalised, every error a StorageError. */

type Stores = [typeof DB.stores.cases, typeof DB.stores.settings];
type CasesStore<M extends IDBTransactionMode> = IDBPObjectStore<MeldwijzerDB, Stores, typeof DB.stores.cases, M>;
type SettingsStore<M extends IDBTransactionMode> = IDBPObjectStore<MeldwijzerDB, Stores, typeof DB.stores.settings, M>;

/** Runs `work` in one transaction on the cases store; any failure aborts it, so nothing of it is
 * written. A write also raises the cases' generation in the same transaction (summary-index.ts). */
async function withCases<T, M extends IDBTransactionMode>(mode: M, work: (store: CasesStore<M>, settings: SettingsStore<M>) => Promise<T>): Promise<T> {
  return (await inCases(mode, work)).result;
}

/** `count`: after a write, the records in the store, readable or not (for the summary index). */
async function inCases<T, M extends IDBTransactionMode>(mode: M, work: (store: CasesStore<M>, settings: SettingsStore<M>) => Promise<T>): Promise<{ result: T; generation: number; count: number; db: Database }> {
  try {
    const db = await openDatabase();
    const tx = db.transaction([DB.stores.cases, DB.stores.settings], mode);
    // Its failure also reaches us through `work` or the await below; this only keeps it from
    // being reported as unhandled when `work` fails first.
    tx.done.catch(() => {});
    try {
      const settings = tx.objectStore(DB.stores.settings);
      const result = await work(tx.objectStore(DB.stores.cases), settings);
      let generation = readGeneration(await settings.get(DB.keys.casesGeneration));
      let count = 0;
      if (mode === 'readwrite') {
        await (settings as SettingsStore<'readwrite'>).put(++generation, DB.keys.casesGeneration);
        count = await tx.objectStore(DB.stores.cases).count();
      }
      await tx.done;
      return { result, generation, count, db };
    } catch (e) {
      try {
        tx.abort();
      } catch {
        // Already finished or aborted by the browser.
      }
      throw e;
    }
  } catch (e) {
    throw toStorageError(e);
  }
}

/** Normalised on write too, so what a save returns is exactly what a read gives back. */
function prepare(c: Case): Case {
  const ready = normaliseCase(c);
  if (!ready) throw new StorageError('unknown', 'A case needs a non-empty id and packId');
  return ready;
}

/** Every case, most recently changed first. With the lock set, from the sealed summary index
 * when it is fresh: one decryption instead of one per case. */
export async function listCases(): Promise<CaseSummary[]> {
  const key = dataKey();
  if (key) {
    const fresh = await withCases('readonly', async (store, settings) => {
      const [count, generation, index] = await Promise.all([store.count(), settings.get(DB.keys.casesGeneration), settings.get(DB.keys.caseSummaries)]);
      return { count, generation: readGeneration(generation), index };
    });
    const summaries = await openIndex(key, fresh.index, fresh.generation, fresh.count);
    if (summaries) return summaries.sort(byChange);
  }
  // getAll on the store, not the by-updated index: the index leaves out records without an
  // updatedAt (older shapes), and a list that silently hides a case is worse than sorting.
  const { result: raws, generation, db } = await inCases('readonly', (store) => store.getAll());
  const summaries = (await decodeAll(raws)).map(summaryOf);
  // Rebuilt (missing, or stale after a crash or another writer): stored for the next list.
  // Counted as records, not summaries: one that opens to no case must not keep it stale.
  if (key) await writeIndex(db, key, summaries, generation, raws.length).catch(() => undefined);
  return summaries.sort(byChange);
}

/** After a write: the same change in the summary index, while a lock is set. */
async function indexAfter({ db, generation, count }: { db: Database; generation: number; count: number }, change: (entries: Map<string, CaseSummary>) => void): Promise<void> {
  const key = dataKey();
  if (key) await updateIndex(db, key, generation, count, change);
}

/** Opens stored records outside the transaction: decrypting is asynchronous, and an IndexedDB
 * transaction ends when it waits for anything but its own requests. */
async function decodeAll(raws: unknown[]): Promise<Case[]> {
  try {
    return (await Promise.all(raws.map(decodeRecord))).filter((c) => c !== null);
  } catch (e) {
    throw toStorageError(e);
  }
}

/** Every case in full, for a backup file. */
export async function getAllCases(): Promise<Case[]> {
  return decodeAll(await withCases('readonly', (store) => store.getAll()));
}

export async function getCase(id: string): Promise<Case | undefined> {
  const [c] = await decodeAll([await withCases('readonly', (store) => store.get(id))].filter((r) => r !== undefined));
  return c;
}

/**
 * Saves `next` if the stored copy is still at `expectedRevision` (or there is none), and returns
 * what was stored: revision raised by one, updatedAt now. Otherwise throws a ConflictError with
 * the stored copy and writes nothing: another tab saved in between.
 */
export async function saveCase(next: Case, expectedRevision: number): Promise<Case> {
  const saved = prepare({ ...next, revision: expectedRevision + 1, updatedAt: new Date().toISOString() });
  const record = await encodeRecord(saved).catch((e: unknown) => { throw toStorageError(e); });
  let newer: unknown;
  const written = await inCases('readwrite', async (store) => {
    // Read and write in one transaction, so no other tab can save in between. The revision is
    // readable in sealed records too, so this check needs no decryption inside the transaction.
    const stored = await store.get(next.id);
    const revision = (stored as { revision?: unknown } | undefined)?.revision;
    if (stored && storedRevision(revision) !== expectedRevision) {
      newer = stored;
      throw new StorageError('conflict', `Case ${next.id} was saved elsewhere`);
    }
    await store.put(record as Case);
  }).catch(async (e: unknown) => {
    const stored = newer === undefined ? undefined : (await decodeAll([newer]))[0];
    throw stored ? new ConflictError(stored) : e;
  });
  await indexAfter(written, (entries) => entries.set(saved.id, summaryOf(saved)));
  return saved;
}


/** Inserts new cases as they are (a new case, an import). Never overwrites: if any id exists,
 * throws a ConflictError for it and adds none of them. */
export async function addCases(cases: Case[]): Promise<void> {
  const ready = cases.map(prepare);
  const records = await Promise.all(ready.map(encodeRecord)).catch((e: unknown) => { throw toStorageError(e); });
  let clashWith: unknown;
  const written = await inCases('readwrite', async (store) => {
    if (new Set(ready.map((c) => c.id)).size !== ready.length) throw new StorageError('conflict', 'The same id appears twice in one batch');
    const keys = await Promise.all(ready.map((c) => store.getKey(c.id)));
    const clash = keys.find((k) => k !== undefined);
    if (clash !== undefined) {
      clashWith = await store.get(clash);
      throw new StorageError('conflict', `A record with id ${clash} exists`);
    }
    // Requests already made when a later add() throws get aborted with the transaction; mark
    // them handled so that abort is not reported as an unhandled rejection.
    const pending: Promise<unknown>[] = [];
    try {
      for (const record of records) pending.push(store.add(record as Case));
    } finally {
      for (const p of pending) p.catch(() => {});
    }
    await Promise.all(pending);
  }).catch(async (e: unknown) => {
    const stored = clashWith === undefined ? undefined : (await decodeAll([clashWith]).catch(() => []))[0];
    throw stored ? new ConflictError(stored) : e;
  });
  await indexAfter(written, (entries) => { for (const c of ready) entries.set(c.id, summaryOf(c)); });
}

export async function deleteCase(id: string): Promise<void> {
  await indexAfter(await inCases('readwrite', (store) => store.delete(id)), (entries) => entries.delete(id));
}

export async function deleteAllCases(): Promise<void> {
  await indexAfter(await inCases('readwrite', (store) => store.clear()), (entries) => entries.clear());
}

/** The IndexedDB case repository, as the session sees it. */
export const caseRepo: CaseRepo = { list: listCases, get: getCase, save: saveCase, add: addCases, remove: deleteCase };
