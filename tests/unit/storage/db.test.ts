import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { getCase, listCases, saveCase } from '../../../src/storage/cases';
import { DB } from '../../../src/storage/constants';
import { closeDatabase, deleteDatabase, onVersionChange, openDatabase } from '../../../src/storage/db';
import { getSettings, setSetting } from '../../../src/storage/settings';
import { buildV1, earlyV1Case, openV1 } from '../../fixtures/storage/v1';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});
afterEach(async () => {
  vi.unstubAllGlobals();
  await closeDatabase();
});

/** Fails instead of hanging when `promise` does not settle in time. */
function within<T>(ms: number, promise: Promise<T>): Promise<T> {
  return Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`still pending after ${ms} ms`)), ms))]);
}

describe('opening a database an older version wrote', () => {
  test('reads a version-1 case of an early shape with its notes intact and the gaps filled', async () => {
    await buildV1({ cases: [earlyV1Case()] });
    const c = await getCase('c-early');
    expect(c).toMatchObject({
      id: 'c-early',
      label: 'JdV',
      revision: 1,
      done: [1],
      steps: { 1: { notes: 'Blauwe plekken op de bovenarm gezien.', checked: [] }, 5: { notes: '', checked: [] } },
      consultations: [],
      conversation: { held: '', date: '', notes: '', skipReason: '' },
      kader: { state: { start: 'a1', moves: [{ node: 'a1', answer: 'ja' }] }, answeredAt: {}, reason: '' },
      decisions: { melden: '', meldDate: '', hulp: '', hulpWhat: '', notes: '' },
    });
    expect(c).not.toHaveProperty('notitie');
    expect(await listCases()).toMatchObject([{ id: 'c-early', updatedAt: '2026-10-02T10:30:00.000Z' }]);
  });

  test('an old case without a revision can be saved on revision 1', async () => {
    await buildV1({ cases: [earlyV1Case()] });
    const c = (await getCase('c-early'))!;
    expect((await saveCase(c, c.revision)).revision).toBe(2);
  });

  test('reads version-1 settings and falls back for odd values', async () => {
    await buildV1({ settings: { lastBackupAt: '2026-09-30T12:00:00.000Z', retentionMonths: 'twaalf', persistAsked: true } });
    expect(await getSettings()).toEqual({ lastBackupAt: '2026-09-30T12:00:00.000Z', retentionMonths: null, persistAsked: true, idleMinutes: 15, blankWhenHidden: false, installDismissed: false });
  });
});

describe('settings', () => {
  test('defaults before anything is set, and reads back what was set', async () => {
    expect(await getSettings()).toEqual({ lastBackupAt: null, retentionMonths: null, persistAsked: false, idleMinutes: 15, blankWhenHidden: false, installDismissed: false });
    await setSetting('retentionMonths', 12);
    await setSetting('persistAsked', true);
    expect(await getSettings()).toMatchObject({ retentionMonths: 12, persistAsked: true });
  });
});

describe('other tabs and missing storage', () => {
  test('an upgrade blocked by another tab fails at once with "blocked" instead of hanging', async () => {
    const otherTab = await openV1();
    await expect(within(1000, openDatabase(2))).rejects.toMatchObject({ name: 'StorageError', kind: 'blocked' });
    otherTab.close();
    // Once the other tab is gone, opening works again.
    expect((await within(1000, openDatabase(2))).version).toBe(2);
  });

  test('this tab steps aside when another tab upgrades, and tells the UI', async () => {
    const listener = vi.fn();
    const stop = onVersionChange(listener);
    await openDatabase();
    const newerTab = await within(1000, new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('meldwijzer', DB.version + 1);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    }));
    expect(listener).toHaveBeenCalledWith(DB.version + 1);
    // This code is now older than the database: the UI should offer a reload.
    await expect(openDatabase()).rejects.toMatchObject({ kind: 'blocked', message: expect.stringContaining('VersionError') });
    newerTab.close();
    stop();
  });

  test('without IndexedDB every call fails with "unavailable"', async () => {
    vi.stubGlobal('indexedDB', undefined);
    await expect(openDatabase()).rejects.toMatchObject({ kind: 'unavailable' });
    await expect(listCases()).rejects.toMatchObject({ kind: 'unavailable' });
    await expect(deleteDatabase()).rejects.toMatchObject({ kind: 'unavailable' });
  });

  test('deleteDatabase removes every case and setting', async () => {
    await buildV1({ cases: [earlyV1Case()], settings: { persistAsked: true } });
    expect(await listCases()).toHaveLength(1);
    await deleteDatabase();
    expect(await listCases()).toEqual([]);
    expect((await getSettings()).persistAsked).toBe(false);
  });
});
