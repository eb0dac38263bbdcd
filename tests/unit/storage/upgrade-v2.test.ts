import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { __LEGACY_ALGEMEEN_CHECKS } from '../../../src/cases/legacy-checks';
import { getCase, listCases } from '../../../src/storage/cases';
import { closeDatabase, openDatabase } from '../../../src/storage/db';
import { normaliseCase } from '../../../src/storage/restore';
import { buildV1, earlyV1Case, rawCases, v1CaseWithTicks } from '../../fixtures/storage/v1';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});
afterEach(async () => {
  vi.restoreAllMocks();
  await closeDatabase();
});

const T = __LEGACY_ALGEMEEN_CHECKS;
const expectedChecks = {
  1: [T[1].todo[0], T[1].todo[2], T[1].record[3]],
  2: [T[2].todo[4], T[2].record[0]],
  3: [],
  4: [T[4].todo[1]],
  5: [T[5].todo[5], T[5].record[4]],
};

describe('database version 1 → 2: ticks by position become item ids', () => {
  test('a version-1 case with ticks and answers opens with every tick on the same item and nothing else changed', async () => {
    const before = v1CaseWithTicks();
    await buildV1({ cases: [before, earlyV1Case()] });
    const c = (await getCase('c-ticks'))!;
    expect(Object.fromEntries(Object.entries(c.steps).map(([n, s]) => [n, s.checked]))).toEqual(expectedChecks);
    expect(expectedChecks[1]).toEqual(['signalen-opschrijven', 'kindcheck', 'kindcheck-uitkomst']);
    // Everything else exactly as stored.
    expect(c).toMatchObject({
      label: 'K7', packVersion: '1.0.0', revision: 7, followUp: '2026-12-15', done: [1, 2],
      consultations: before.consultations,
      kader: before.kader,
    });
    expect(c.steps[1].notes).toBe('Signalen genoteerd.');
    expect(await listCases()).toHaveLength(2);
  });

  test('the upgrade rewrites the stored records themselves, not only what a read returns', async () => {
    await buildV1({ cases: [v1CaseWithTicks()] });
    await openDatabase();
    await closeDatabase();
    const { version, records } = await rawCases();
    expect(version).toBe(2);
    const steps = records[0]!.steps as Record<string, { checked: string[]; notes: string }>;
    expect(steps[1]).toEqual({ notes: 'Signalen genoteerd.', checked: expectedChecks[1] });
    expect(records[0]!.revision).toBe(7);
  });

  test('an upgrade cut off halfway (the tab closed) leaves version 1 and its data as they were, and the next open finishes it', async () => {
    const cases = [v1CaseWithTicks(), v1CaseWithTicks({ id: 'c-ticks-2' }), v1CaseWithTicks({ id: 'c-ticks-3' })];
    await buildV1({ cases });
    // The browser aborts an upgrade whose page goes away; here the upgrade is aborted after its
    // first rewrite, the same as closing the tab with the upgrade half done.
    const update = IDBCursor.prototype.update;
    vi.spyOn(IDBCursor.prototype, 'update').mockImplementationOnce(function (this: IDBCursor, value: unknown) {
      const request = update.call(this, value);
      (this.source as IDBObjectStore).transaction.abort();
      return request;
    });
    await expect(openDatabase()).rejects.toBeTruthy();
    await closeDatabase();
    expect(await rawCases()).toEqual({ version: 1, records: cases });

    vi.restoreAllMocks();
    expect((await getCase('c-ticks-3'))!.steps[1].checked).toEqual(expectedChecks[1]);
    expect((await rawCases()).version).toBe(2);
  });

  test('a position the frozen table does not have, an id, and another pack\'s keys are kept as they are', async () => {
    await buildV1({ cases: [v1CaseWithTicks({ steps: { 1: { notes: '', checked: ['todo.99', 'kindcheck', 'record.1'] } } }), v1CaseWithTicks({ id: 'other', packId: 'onderwijs', steps: { 1: { notes: '', checked: ['todo.0'] } } })] });
    expect((await getCase('c-ticks'))!.steps[1].checked).toEqual(['todo.99', 'kindcheck', 'bron']);
    expect((await getCase('other'))!.steps[1].checked).toEqual(['todo.0']);
  });
});

test('a record the upgrade cannot read (sealed by the app lock) or a backup from version 1 maps the same way on read', () => {
  // normaliseCase runs after decrypting and on every import, so both take this path.
  const c = normaliseCase(v1CaseWithTicks())!;
  expect(c.steps[5].checked).toEqual(expectedChecks[5]);
  expect(normaliseCase(c)).toEqual(c);
});
