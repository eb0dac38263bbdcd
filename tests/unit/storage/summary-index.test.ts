import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { addCases, deleteCase, listCases, saveCase } from '../../../src/storage/cases';
import { DB } from '../../../src/storage/constants';
import { closeDatabase, openDatabase } from '../../../src/storage/db';
import { indexInMemory } from '../../../src/storage/summary-index';
import { lock, setLock, unlock } from '../../../src/storage/vault';
import { aCase } from '../../helpers/cases';

const PASS = 'een lange wachtwoordzin';

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  await addCases([aCase('a', 'GEHEIM-A'), aCase('b', 'GEHEIM-B')]);
  await setLock(PASS, 100_000);
});
afterEach(async () => {
  vi.restoreAllMocks();
  lock();
  await closeDatabase();
});

const decryptions = () => vi.spyOn(crypto.subtle, 'decrypt');
const labels = async () => (await listCases()).map((c) => c.label).sort();

describe('with the lock set, the case list', () => {
  test('opens one sealed record, not every case', async () => {
    await addCases([aCase('c', 'GEHEIM-C')]);
    const spy = decryptions();
    expect(await labels()).toEqual(['GEHEIM-A', 'GEHEIM-B', 'GEHEIM-C']);
    expect(spy).toHaveBeenCalledTimes(1);
  });

  test('keeps no case data in plaintext: the index is sealed like the cases', async () => {
    const raw = await (await openDatabase()).get(DB.stores.settings, DB.keys.caseSummaries);
    expect(JSON.stringify(raw)).not.toMatch(/GEHEIM|algemeen|open/);
    expect(raw).toMatchObject({ count: 2, sealed: { iv: expect.any(String), data: expect.any(String) } });
  });

  test('follows saves, imports and deletions, and after unlocking again', async () => {
    const b = (await saveCase({ ...aCase('b', 'NIEUW-B'), status: 'gemeld' }, 1));
    await addCases([aCase('d', 'IMPORT-D'), aCase('e', 'IMPORT-E')]);
    await deleteCase('a');
    lock();
    await expect(listCases()).rejects.toMatchObject({ kind: 'locked' });
    await unlock(PASS);
    const spy = decryptions();
    const list = await listCases();
    expect(spy).toHaveBeenCalledTimes(1);
    expect(list.map((c) => c.label).sort()).toEqual(['IMPORT-D', 'IMPORT-E', 'NIEUW-B']);
    expect(list.find((c) => c.id === 'b')).toMatchObject({ status: 'gemeld', updatedAt: b.updatedAt });
  });

  test('is rebuilt from the cases when a tab died between a save and its index update', async () => {
    // The save's own transaction raised the generation; the index update after it never ran.
    const db = await openDatabase();
    await db.put(DB.stores.settings, 99, DB.keys.casesGeneration);
    lock();
    await unlock(PASS);
    const spy = decryptions();
    expect(await labels()).toEqual(['GEHEIM-A', 'GEHEIM-B']);
    expect(spy).toHaveBeenCalledTimes(2 + 0); // the two cases; the stale index is not even opened
    spy.mockClear();
    expect(await labels()).toEqual(['GEHEIM-A', 'GEHEIM-B']);
    expect(spy).toHaveBeenCalledTimes(1); // rebuilt and stored
  });

  test('is rebuilt when the number of cases does not match (a writer that did not count)', async () => {
    const db = await openDatabase();
    await db.delete(DB.stores.cases, 'a');
    expect(await labels()).toEqual(['GEHEIM-B']);
  });

  test('stays fresh beside a record that opens to no case (it counts records, not summaries)', async () => {
    const db = await openDatabase();
    await db.put(DB.stores.cases, { id: 'kapot', revision: 1 } as never);
    expect(await labels()).toEqual(['GEHEIM-A', 'GEHEIM-B']); // stale: rebuilt once
    const spy = decryptions();
    expect(await labels()).toEqual(['GEHEIM-A', 'GEHEIM-B']);
    expect(spy).toHaveBeenCalledTimes(1);
    // A save keeps it fresh too: the write counts the records in its own transaction.
    await saveCase(aCase('a', 'NIEUW-A'), 1);
    spy.mockClear();
    expect(await labels()).toEqual(['GEHEIM-B', 'NIEUW-A']);
    expect(spy).toHaveBeenCalledTimes(1);
  });

  test('is rebuilt when it is missing or damaged', async () => {
    const db = await openDatabase();
    const raw = await db.get(DB.stores.settings, DB.keys.caseSummaries) as { sealed: { data: string } };
    await db.put(DB.stores.settings, { ...raw, sealed: { ...raw.sealed, data: `A${raw.sealed.data.slice(1)}` } }, DB.keys.caseSummaries);
    expect(await labels()).toEqual(['GEHEIM-A', 'GEHEIM-B']);
    await db.delete(DB.stores.settings, DB.keys.caseSummaries);
    expect(await labels()).toEqual(['GEHEIM-A', 'GEHEIM-B']);
  });
});

describe('a lock that comes while the list is being opened', () => {
  /** Locks right after the next call of `method` finishes, before its caller goes on. */
  const lockDuring = (method: 'decrypt' | 'encrypt') => {
    const subtle = crypto.subtle as unknown as Record<typeof method, (...args: unknown[]) => Promise<ArrayBuffer>>;
    const real = subtle[method].bind(crypto.subtle);
    vi.spyOn(subtle, method).mockImplementationOnce(async (...args) => {
      const result = await real(...args);
      lock();
      return result;
    });
  };

  test('leaves no decrypted summaries in memory (index opened during the lock)', async () => {
    lock();
    await unlock(PASS);
    expect(indexInMemory()).toBe(false);
    lockDuring('decrypt');
    await listCases();
    expect(indexInMemory()).toBe(false);
  });

  test('leaves no decrypted summaries in memory (index sealed during the lock)', async () => {
    await (await openDatabase()).delete(DB.stores.settings, DB.keys.caseSummaries);
    lock();
    await unlock(PASS);
    lockDuring('encrypt');
    await listCases();
    expect(indexInMemory()).toBe(false);
  });

  test('after unlocking again, the summaries are kept in memory as before', async () => {
    lockDuring('decrypt');
    await listCases();
    await unlock(PASS);
    await listCases();
    expect(indexInMemory()).toBe(true);
  });
});
