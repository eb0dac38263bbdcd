import type { IDBPObjectStore } from 'idb';
import type { Case, CaseSummary } from '../cases/types';
import { DB } from './constants';
import { openDatabase, type MeldwijzerDB } from './db';
import { ConflictError, StorageError, toStorageError } from './errors';
import { normaliseCase } from './restore';

/** The case repository (style rule 10): every read is normalised, every error a StorageError. */

type CasesStore<M extends IDBTransactionMode> = IDBPObjectStore<MeldwijzerDB, [typeof DB.stores.cases], typeof DB.stores.cases, M>;

/** Runs `work` in one transaction on the cases store; any failure aborts it, so nothing of it is written. */
async function withCases<T, M extends IDBTransactionMode>(mode: M, work: (store: CasesStore<M>) => Promise<T>): Promise<T> {
  try {
    const db = await openDatabase();
    const tx = db.transaction(DB.stores.cases, mode);
    // Its failure also reaches us through `work` or the await below; this only keeps it from
    // being reported as unhandled when `work` fails first.
    tx.done.catch(() => {});
    try {
      const result = await work(tx.store);
      await tx.done;
      return result;
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

const summaryOf = ({ id, label, packId, status, followUp, updatedAt, createdAt }: Case): CaseSummary =>
  ({ id, label, packId, status, followUp, updatedAt, createdAt });

/** Every case, most recently changed first. */
export function listCases(): Promise<CaseSummary[]> {
  // getAll on the store, not the by-updated index: the index leaves out records without an
  // updatedAt (older shapes), and a list that silently hides a case is worse than sorting.
  return withCases('readonly', async (store) =>
    (await store.getAll())
      .map((raw) => normaliseCase(raw))
      .filter((c) => c !== null)
      .map(summaryOf)
      .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0)));
}

/** Every case in full, for a backup file. */
export function getAllCases(): Promise<Case[]> {
  return withCases('readonly', async (store) => (await store.getAll()).map((raw) => normaliseCase(raw)).filter((c) => c !== null));
}

export function getCase(id: string): Promise<Case | undefined> {
  return withCases('readonly', async (store) => normaliseCase(await store.get(id)) ?? undefined);
}

/**
 * Saves `next` if the stored copy is still at `expectedRevision` (or there is none), and returns
 * what was stored: revision raised by one, updatedAt now. Otherwise throws a ConflictError with
 * the stored copy and writes nothing: another tab saved in between.
 */
export function saveCase(next: Case, expectedRevision: number): Promise<Case> {
  return withCases('readwrite', async (store) => {
    // Read and write in one transaction, so no other tab can save in between.
    const stored = normaliseCase(await store.get(next.id));
    if (stored && stored.revision !== expectedRevision) throw new ConflictError(stored);
    const saved = prepare({ ...next, revision: expectedRevision + 1, updatedAt: new Date().toISOString() });
    await store.put(saved);
    return saved;
  });
}

/** Inserts new cases as they are (a new case, an import). Never overwrites: if any id exists,
 * throws a ConflictError for it and adds none of them. */
export function addCases(cases: Case[]): Promise<void> {
  return withCases('readwrite', async (store) => {
    const ready = cases.map(prepare);
    if (new Set(ready.map((c) => c.id)).size !== ready.length) throw new StorageError('conflict', 'The same id appears twice in one batch');
    const keys = await Promise.all(ready.map((c) => store.getKey(c.id)));
    const clash = keys.find((k) => k !== undefined);
    if (clash !== undefined) {
      const stored = normaliseCase(await store.get(clash));
      throw stored ? new ConflictError(stored) : new StorageError('conflict', `A record with id ${clash} exists`);
    }
    // Requests already made when a later add() throws get aborted with the transaction; mark
    // them handled so that abort is not reported as an unhandled rejection.
    const pending: Promise<unknown>[] = [];
    try {
      for (const c of ready) pending.push(store.add(c));
    } finally {
      for (const p of pending) p.catch(() => {});
    }
    await Promise.all(pending);
  });
}

export function deleteCase(id: string): Promise<void> {
  return withCases('readwrite', (store) => store.delete(id));
}

export function deleteAllCases(): Promise<void> {
  return withCases('readwrite', (store) => store.clear());
}
