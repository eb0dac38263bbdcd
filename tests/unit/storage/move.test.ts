import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { addCases, listCases } from '../../../src/storage/cases';
import { DB } from '../../../src/storage/constants';
import { closeDatabase, deleteDatabase, openAt, openDatabase, usePlaces } from '../../../src/storage/db';
import { settle } from '../../../src/storage/move';
import { inSite, places as browserPlaces, type Place, type Places } from '../../../src/storage/place';
import { newCase } from '../../../src/storage/restore';
import { lock, setLock, unlock } from '../../../src/storage/vault';
import { buildV1, openOtherTab, openV1 } from '../../fixtures/storage/v1';

// Setting the lock moves the sealed data into fresh files and deletes the old ones (move.ts). These
// tests kill the move at every step and check that the next start finishes it without losing a
// case, in both layouts: the site's IndexedDB (Firefox, WebKit) and storage buckets (Chromium).

const FAST = 100_000;
const PASS = 'een lange wachtwoordzin';
const SECRET = 'Geheime aantekening';

function aCase(id: string) {
  const c = newCase({ id, label: `Label-${id}`, packId: 'algemeen', packVersion: '1.0.0', now: '2026-11-01T10:00:00.000Z' });
  return { ...c, steps: { ...c.steps, 1: { ...c.steps[1], notes: `${SECRET} ${id}` } } };
}

/** A storage bucket as Chromium has it: its own IndexedDB, and deleting it deletes its files
 * (here: the whole fake IndexedDB is thrown away). */
function bucket(name: string, buckets: Map<string, IDBFactory>): Place {
  return {
    name,
    factory: async () => buckets.get(name) ?? buckets.set(name, new IDBFactory()).get(name)!,
    exists: async () => buckets.has(name),
    drop: async () => { buckets.delete(name); },
  };
}

const layouts = {
  site: () => ({ places: { main: inSite(DB.name), move: inSite(DB.moveName), legacy: null } as Places, buckets: new Map<string, IDBFactory>() }),
  buckets: () => {
    const buckets = new Map<string, IDBFactory>();
    return { places: { main: bucket(DB.name, buckets), move: bucket(DB.moveName, buckets), legacy: inSite(DB.name) } as Places, buckets };
  },
};

/** The same places, but the tab dies at the `at`-th time one of them is opened or deleted. */
function dyingAt(places: Places, at: number): Places {
  let n = 0;
  const tick = () => { if (n++ === at) throw new Error('the tab died'); };
  const wrap = (p: Place): Place => ({ ...p, factory: () => { tick(); return p.factory(); }, drop: () => { tick(); return p.drop(); } });
  return { main: wrap(places.main), move: wrap(places.move), legacy: places.legacy && wrap(places.legacy) };
}

const open = (place: Place) => openAt(place, DB.version);

/** Every record of a place as text, or null when it does not exist. */
async function raw(place: Place): Promise<string | null> {
  if (!(await place.exists())) return null;
  const db = await open(place);
  const text = JSON.stringify([await db.getAll(DB.stores.cases), await db.getAllKeys(DB.stores.settings), await db.getAll(DB.stores.settings)]);
  db.close();
  return text;
}

/** Seals two plaintext cases in place, as setting the lock does before it moves them: the move
 * itself dies at once, leaving the state a closed tab would. */
async function sealedInPlace(places: Places) {
  lock();
  usePlaces(places);
  await addCases([aCase('a'), aCase('b')]);
  usePlaces(dyingAt(places, 0));
  await setLock(PASS, FAST);
  await closeDatabase();
  usePlaces(places);
  expect(await raw(places.main)).toContain('"sealed"');
}

async function expectAllThere(places: Places) {
  usePlaces(places);
  lock();
  await unlock(PASS);
  expect((await listCases()).map((c) => c.label).sort()).toEqual(['Label-a', 'Label-b']);
  await closeDatabase();
  const main = await raw(places.main);
  expect(main).not.toContain(SECRET);
  expect(main).toContain(`"${DB.keys.moved}"`);
  expect(await places.move.exists()).toBe(false);
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  lock();
});
afterEach(async () => {
  await closeDatabase();
  usePlaces(undefined);
  lock();
  vi.unstubAllGlobals();
});

describe('where the database lives', () => {
  const storageBuckets = { open: vi.fn(), keys: vi.fn(), delete: vi.fn() };

  test('in a storage bucket where the browser has them, with the site\'s old database to take over', async () => {
    vi.stubGlobal('navigator', { storageBuckets });
    const inBucket = new IDBFactory();
    storageBuckets.open.mockResolvedValue({ indexedDB: inBucket, persisted: async () => true, persist: vi.fn() });
    const p = browserPlaces();
    expect([p.main.name, p.move.name, p.legacy?.name]).toEqual([DB.name, DB.moveName, DB.name]);
    expect(await p.main.factory()).toBe(inBucket);
    expect(storageBuckets.open).toHaveBeenCalledWith(DB.name, { durability: 'strict' });
    expect(await p.legacy!.factory()).toBe(indexedDB);
  });

  test('in the site\'s IndexedDB without buckets, or where IndexedDB is refused', () => {
    expect(browserPlaces().legacy).toBeNull();
    vi.stubGlobal('navigator', { storageBuckets });
    vi.stubGlobal('indexedDB', undefined);
    expect(browserPlaces().legacy).toBeNull();
  });
});

describe.each(Object.keys(layouts) as (keyof typeof layouts)[])('in the %s layout', (layout) => {
  test('setting the lock moves the sealed cases into new files and deletes the old ones', async () => {
    const { places, buckets } = layouts[layout]();
    usePlaces(places);
    await addCases([aCase('a'), aCase('b')]);
    const before = buckets.get(DB.name);
    await setLock(PASS, FAST);
    await expectAllThere(places);
    // In buckets, the old files are gone with the old bucket; the site's database was deleted and
    // made anew (fake-indexeddb cannot show files, so the bucket case is the stronger check).
    if (layout === 'buckets') expect(buckets.get(DB.name)).not.toBe(before);
  });

  test('a tab that dies at any step of the move loses nothing, and the next start finishes the move', async () => {
    let steps = 0;
    for (let at = 0; ; at++) {
      globalThis.indexedDB = new IDBFactory();
      const { places } = layouts[layout]();
      await sealedInPlace(places);
      const died = await settle(dyingAt(places, at), open).then(() => false, () => true);
      if (!died) break;
      steps++;
      // The next start, in a healthy tab.
      await settle(places, open);
      await expectAllThere(places);
      await closeDatabase();
    }
    // Each step was killed in turn: move, copy, delete, copy back, delete, with their opens.
    expect(steps).toBeGreaterThanOrEqual(8);
  });

  test('without a lock nothing moves, and a start changes nothing', async () => {
    const { places } = layouts[layout]();
    usePlaces(places);
    await addCases([aCase('a')]);
    await closeDatabase();
    const before = await raw(places.main);
    await openDatabase();
    await closeDatabase();
    expect(await raw(places.main)).toBe(before);
    expect(before).toContain(SECRET);
    expect(await places.move.exists()).toBe(false);
  });

  test('"alles wissen" deletes every database, the move\'s included', async () => {
    const { places } = layouts[layout]();
    await sealedInPlace(places);
    usePlaces(dyingAt(places, 6));
    await openDatabase().catch(() => {});
    usePlaces(places);
    await deleteDatabase();
    expect([await places.main.exists(), await places.move.exists()]).toEqual([false, false]);
  });
});

describe('Chromium before storage buckets', () => {
  test('a device whose cases are in the site\'s database moves them into a bucket and deletes that database', async () => {
    const { places, buckets } = layouts.buckets();
    await buildV1({ cases: [aCase('a'), aCase('b')], settings: { idleMinutes: 30 } });
    usePlaces(places);
    expect((await listCases()).map((c) => c.label).sort()).toEqual(['Label-a', 'Label-b']);
    await closeDatabase();
    expect(await places.legacy!.exists()).toBe(false);
    expect(buckets.has(DB.name)).toBe(true);
    await setLock(PASS, FAST);
    await expectAllThere(places);
  });

  test('a device with a lock set there moves the sealed cases into a bucket, also when the tab dies on the way', async () => {
    for (let at = 0; ; at++) {
      globalThis.indexedDB = new IDBFactory();
      const legacyOnly: Places = { main: inSite(DB.name), move: inSite(DB.moveName), legacy: null };
      await sealedInPlace(legacyOnly);
      const { places } = layouts.buckets();
      const died = await settle(dyingAt(places, at), open).then(() => false, () => true);
      await settle(places, open);
      await expectAllThere(places);
      expect(await places.legacy!.exists()).toBe(false);
      if (!died) break;
    }
  });
});

test('another tab that keeps the database open blocks the move: nothing is lost, and the next start finishes it', async () => {
  const { places } = layouts.site();
  await sealedInPlace(places);
  // A tab that ignores the request to close, like an old version.
  const otherTab = await openOtherTab();
  await expect(settle(places, open)).rejects.toMatchObject({ kind: 'blocked' });
  otherTab.close();
  await settle(places, open);
  await expectAllThere(places);
});
