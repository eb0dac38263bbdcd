import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { addCases, getCase, listCases, saveCase } from '../../../src/storage/cases';
import { createVault, open, seal, Tampered, unlockVault, WrongPassphrase } from '../../../src/storage/crypto';
import { DB } from '../../../src/storage/constants';
import { closeDatabase, openDatabase } from '../../../src/storage/db';
import { newCase } from '../../../src/storage/restore';
import { changePassphrase, lock, lockState, setLock, unlock } from '../../../src/storage/vault';

// Fewer PBKDF2 rounds in tests only: the production value (600,000) is checked separately below.
const FAST = 100_000;

function aCase(id: string, notes = 'Geheime aantekening') {
  const c = newCase({ id, label: `Label-${id}`, packId: 'algemeen', packVersion: '1.0.0', now: '2026-11-01T10:00:00.000Z' });
  return { ...c, steps: { ...c.steps, 1: { ...c.steps[1], notes } } };
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  lock();
});
afterEach(async () => {
  lock();
  await closeDatabase();
});

async function rawDump(): Promise<string> {
  const db = await openDatabase();
  return JSON.stringify([await db.getAll(DB.stores.cases), await db.getAll(DB.stores.settings)]);
}

describe('crypto', () => {
  test('the production key derivation uses at least 600,000 PBKDF2 iterations', async () => {
    const { vault } = await createVault('een lange wachtwoordzin');
    expect(vault.iterations).toBeGreaterThanOrEqual(600_000);
  });

  test('a wrong passphrase is refused and a changed byte is detected', async () => {
    const { vault, key } = await createVault('juiste zin', FAST);
    await expect(unlockVault(vault, 'foute zin')).rejects.toBeInstanceOf(WrongPassphrase);
    const sealed = await seal(key, { notes: 'x' });
    const bytes = atob(sealed.data);
    const flipped = btoa(String.fromCharCode(bytes.charCodeAt(0) ^ 1) + bytes.slice(1));
    await expect(open(key, { ...sealed, data: flipped })).rejects.toBeInstanceOf(Tampered);
    expect(await open(await unlockVault(vault, 'juiste zin'), sealed)).toEqual({ notes: 'x' });
  });

  test('every seal uses a fresh IV', async () => {
    const { key } = await createVault('zin', FAST);
    const a = await seal(key, 'same');
    const b = await seal(key, 'same');
    expect(a.iv).not.toBe(b.iv);
    expect(a.data).not.toBe(b.data);
  });
});

describe('the app lock', () => {
  test('setting the lock seals existing cases: no plaintext label or note is left in the database', async () => {
    await addCases([aCase('a'), aCase('b')]);
    expect(await rawDump()).toContain('Geheime aantekening');
    await setLock('een lange wachtwoordzin', FAST);
    const dump = await rawDump();
    expect(dump).not.toContain('Geheime aantekening');
    expect(dump).not.toContain('Label-a');
    expect((await listCases()).map((c) => c.label).sort()).toEqual(['Label-a', 'Label-b']);
  });

  test('locked, nothing can be read or written; unlocked with the passphrase, everything is back', async () => {
    await addCases([aCase('a')]);
    await setLock('een lange wachtwoordzin', FAST);
    lock();
    expect(await lockState()).toBe('locked');
    await expect(listCases()).rejects.toMatchObject({ kind: 'locked' });
    await expect(saveCase(aCase('a'), 1)).rejects.toMatchObject({ kind: 'locked' });
    await expect(unlock('verkeerd')).rejects.toBeInstanceOf(WrongPassphrase);
    await unlock('een lange wachtwoordzin');
    expect((await getCase('a'))!.steps[1].notes).toBe('Geheime aantekening');
  });

  test('saves after the lock are sealed, and conflicts are still detected', async () => {
    await setLock('zin', FAST);
    await addCases([aCase('a')]);
    const saved = await saveCase({ ...aCase('a', 'Nieuw geheim'), revision: 1 }, 1);
    expect(await rawDump()).not.toContain('Nieuw geheim');
    await expect(saveCase(aCase('a', 'Oud'), 1)).rejects.toMatchObject({ kind: 'conflict', stored: { revision: saved.revision } });
  });

  test('changing the passphrase re-wraps the key only: the old one stops working, the cases stay', async () => {
    await setLock('oude zin', FAST);
    await addCases([aCase('a')]);
    const before = JSON.parse(await rawDump())[0];
    await changePassphrase('nieuwe zin', FAST);
    expect(JSON.parse(await rawDump())[0]).toEqual(before);
    lock();
    await expect(unlock('oude zin')).rejects.toBeInstanceOf(WrongPassphrase);
    await unlock('nieuwe zin');
    expect((await getCase('a'))!.label).toBe('Label-a');
  });

  test('a tampered record is reported as tampered, never shown as garbage', async () => {
    await setLock('zin', FAST);
    await addCases([aCase('a')]);
    const db = await openDatabase();
    const record = (await db.get(DB.stores.cases, 'a')) as unknown as { sealed: { data: string } };
    const bytes = atob(record.sealed.data);
    record.sealed.data = btoa(bytes.slice(0, -1) + String.fromCharCode(bytes.charCodeAt(bytes.length - 1) ^ 1));
    await db.put(DB.stores.cases, record as never);
    await expect(getCase('a')).rejects.toMatchObject({ kind: 'tampered' });
  });
});
