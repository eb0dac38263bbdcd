import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { Case } from '../../../src/cases/types';
import { addCases, deleteAllCases, deleteCase, getAllCases, getCase, listCases, saveCase } from '../../../src/storage/cases';
import { closeDatabase } from '../../../src/storage/db';
import { ConflictError, StorageError } from '../../../src/storage/errors';
import { newCase } from '../../../src/storage/restore';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});
afterEach(async () => {
  vi.restoreAllMocks();
  await closeDatabase();
});

const aCase = (id: string, label = id.toUpperCase()): Case => newCase({ id, label, packId: 'algemeen', packVersion: '2026-11', now: '2026-11-01T08:00:00.000Z' });
const withNotes = (c: Case, notes: string): Case => ({ ...c, steps: { ...c.steps, 1: { notes, checked: [] } } });

describe('saveCase', () => {
  test('a saved case reads back the same, with its revision raised and updatedAt set to now', async () => {
    const saved = await saveCase(withNotes(aCase('a'), 'Gesprek met moeder gepland.'), 1);
    expect(saved.revision).toBe(2);
    expect(saved.updatedAt > '2026-11-01T08:00:00.000Z').toBe(true);
    expect(await getCase('a')).toEqual(saved);
  });

  test('a second tab saving on the same revision gets a conflict with the stored copy, and the first save stays', async () => {
    await addCases([aCase('a')]);
    const first = await saveCase(withNotes(aCase('a'), 'tab 1'), 1);
    const second = saveCase(withNotes(aCase('a'), 'tab 2'), 1);
    await expect(second).rejects.toBeInstanceOf(ConflictError);
    await expect(second).rejects.toMatchObject({ kind: 'conflict', stored: first });
    expect((await getCase('a'))?.steps[1].notes).toBe('tab 1');
  });

  test('saving again on the returned revision succeeds', async () => {
    const first = await saveCase(aCase('a'), 1);
    const second = await saveCase(withNotes(first, 'later'), first.revision);
    expect(second.revision).toBe(first.revision + 1);
  });

  test('a full disk becomes a quota error and the case saved before stays intact', async () => {
    const before = await saveCase(withNotes(aCase('a'), 'veilig opgeslagen'), 1);
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const failed = saveCase(withNotes(before, 'gaat verloren'), before.revision);
    await expect(failed).rejects.toBeInstanceOf(StorageError);
    await expect(failed).rejects.toMatchObject({ kind: 'quota' });
    put.mockRestore();
    expect(await getCase('a')).toEqual(before);
  });
});

describe('listCases', () => {
  test('lists summaries, most recently changed first', async () => {
    const older = { ...aCase('old'), updatedAt: '2026-01-01T00:00:00.000Z' };
    const newer = { ...aCase('new'), updatedAt: '2026-06-01T00:00:00.000Z' };
    await addCases([older, withNotes(newer, 'niet in het overzicht')]);
    expect(await listCases()).toEqual([
      { id: 'new', label: 'NEW', packId: 'algemeen', status: 'open', followUp: '', createdAt: '2026-11-01T08:00:00.000Z', updatedAt: '2026-06-01T00:00:00.000Z' },
      { id: 'old', label: 'OLD', packId: 'algemeen', status: 'open', followUp: '', createdAt: '2026-11-01T08:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' },
    ]);
  });

  // Speed is measured by `npm run bench` in a real browser; this checks behaviour at that size.
  test('lists 1,000 cases, newest first', async () => {
    const many = Array.from({ length: 1000 }, (_, i) => ({
      ...withNotes(aCase(`c${i}`), 'x'.repeat(2000)),
      updatedAt: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
    }));
    await addCases(many);
    const list = await listCases();
    expect(list).toHaveLength(1000);
    expect(list[0]?.id).toBe('c999');
  });
});

test('getAllCases gives every case in full, for a backup', async () => {
  const a = withNotes(aCase('a'), 'volledige notities');
  await addCases([a, aCase('b')]);
  expect(await getAllCases()).toEqual(expect.arrayContaining([a, aCase('b')]));
});

describe('addCases', () => {
  test('adds nothing when one id already exists, and names the stored case', async () => {
    await addCases([aCase('a')]);
    const batch = addCases([aCase('b'), aCase('a', 'ANDER'), aCase('c')]);
    await expect(batch).rejects.toMatchObject({ kind: 'conflict', stored: { id: 'a', label: 'A' } });
    expect((await listCases()).map((c) => c.id)).toEqual(['a']);
  });

  test('adds nothing when the disk fills up halfway through the batch', async () => {
    const add = IDBObjectStore.prototype.add;
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (this: IDBObjectStore, value, key) {
      if ((value as Case).id === 'c') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return add.call(this, value, key);
    });
    await expect(addCases([aCase('a'), aCase('b'), aCase('c')])).rejects.toMatchObject({ kind: 'quota' });
    vi.restoreAllMocks();
    expect(await listCases()).toEqual([]);
  });

  test('adds nothing when the batch names one id twice', async () => {
    await expect(addCases([aCase('b'), aCase('b')])).rejects.toMatchObject({ kind: 'conflict' });
    expect(await listCases()).toEqual([]);
  });
});

describe('deleting', () => {
  test('deleteCase removes one case and leaves the others', async () => {
    await addCases([aCase('a'), aCase('b')]);
    await deleteCase('a');
    expect(await getCase('a')).toBeUndefined();
    expect((await listCases()).map((c) => c.id)).toEqual(['b']);
  });

  test('deleteAllCases removes every case', async () => {
    await addCases([aCase('a'), aCase('b')]);
    await deleteAllCases();
    expect(await listCases()).toEqual([]);
  });
});
