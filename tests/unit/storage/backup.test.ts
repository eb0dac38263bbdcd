import { describe, expect, test } from 'vitest';
import type { Case } from '../../../src/cases/types';
import { asCopy, BACKUP_FORMAT, MAX_BACKUP_BYTES, parseBackup, serialiseBackup } from '../../../src/storage/backup';
import { newCase } from '../../../src/storage/restore';

const now = new Date('2026-11-23T12:00:00Z');
const aCase = (id: string, label = id.toUpperCase()): Case => newCase({ id, label, packId: 'algemeen', packVersion: '2026-11', now });
const none = { existingIds: new Set<string>() };
const file = (fields: Record<string, unknown>) => JSON.stringify({ format: BACKUP_FORMAT, version: 1, exportedAt: now.toISOString(), cases: [aCase('a')], ...fields });

describe('parseBackup', () => {
  test('reads back what serialiseBackup wrote', () => {
    const cases = [aCase('a'), { ...aCase('b'), status: 'gemeld' as const, followUp: '2026-12-01' }];
    const text = serialiseBackup(cases, now);
    expect(JSON.parse(text)).toMatchObject({ format: 'meldwijzer-backup', version: 1, app: 'Meldwijzer', exportedAt: '2026-11-23T12:00:00.000Z' });
    expect(parseBackup(text, none)).toEqual({ ok: true, exportedAt: '2026-11-23T12:00:00.000Z', toAdd: cases, duplicates: [], rejected: 0 });
  });

  test.each([
    ['text that is not JSON', 'hallo', 'not-json'],
    ['a file cut off halfway', serialiseBackup([aCase('a')], now).slice(0, 200), 'not-json'],
    ['JSON of another shape', JSON.stringify({ notes: ['a'] }), 'not-ours'],
    ['a bare JSON value', 'null', 'not-ours'],
    ['our format without a version', file({ version: undefined }), 'not-ours'],
    ['our format without cases', file({ cases: 'a' }), 'not-ours'],
    ['a backup without cases', file({ cases: [] }), 'empty'],
  ])('refuses %s', (_name, text, error) => {
    expect(parseBackup(text, none)).toEqual({ ok: false, error });
  });

  test('refuses a backup from a newer Meldwijzer and says which version it is', () => {
    expect(parseBackup(file({ version: 2 }), none)).toMatchInlineSnapshot(`
      {
        "error": "newer-version",
        "ok": false,
        "version": 2,
      }
    `);
  });

  test('refuses a file over 50 MB without parsing it', () => {
    expect(parseBackup(' '.repeat(MAX_BACKUP_BYTES + 1), none)).toEqual({ ok: false, error: 'too-large' });
  });

  test('puts cases already on this device, or twice in the file, under duplicates', () => {
    const text = serialiseBackup([aCase('a'), aCase('b'), { ...aCase('b'), label: 'B2' }], now);
    const result = parseBackup(text, { existingIds: new Set(['a']) });
    expect(result).toMatchObject({ ok: true, toAdd: [{ id: 'b', label: 'B' }], duplicates: [{ id: 'a' }, { id: 'b', label: 'B2' }] });
  });

  test('counts records that are no case at all, and reads the rest', () => {
    const text = file({ cases: [aCase('a'), { label: 'zonder id' }, 'kapot', null] });
    expect(parseBackup(text, none)).toMatchObject({ ok: true, toAdd: [{ id: 'a' }], rejected: 3 });
  });

  test('keeps HTML and script in labels and notes as plain text', () => {
    const script = '<script>alert("x")</script><img src=x onerror=alert(1)>';
    const c = { ...aCase('a', '<b>AB</b>'), steps: { ...aCase('a').steps, 2: { notes: script, checked: [] } } };
    const result = parseBackup(serialiseBackup([c], now), none);
    expect(result.ok && result.toAdd[0]).toMatchObject({ label: '<b>AB</b>', steps: { 2: { notes: script } } });
  });
});

describe('asCopy', () => {
  test('gives a new id and marks the label, cutting a long label so the mark fits', () => {
    expect(asCopy(aCase('a', 'AB'), 'n1')).toMatchObject({ id: 'n1', label: 'AB (kopie)' });
    const long = asCopy(aCase('a', 'x'.repeat(80)), 'n2');
    expect(long.label).toHaveLength(80);
    expect(long.label.endsWith(' (kopie)')).toBe(true);
  });
});

describe('the melding record and the afweging 5 date (added after the first release)', () => {
  test('a backup made before them still imports, with the record empty', () => {
    const old = JSON.parse(serialiseBackup([aCase('a')], now));
    delete old.cases[0].decisions.meldAt;
    delete old.cases[0].decisions.meldTo;
    const read = parseBackup(JSON.stringify(old), none);
    expect(read.ok && read.rejected).toBe(0);
    expect(read.ok && read.toAdd[0]!.decisions).toMatchObject({ meldAt: '', meldTo: '' });
  });

  test('a backup keeps them, and drops an unreadable time rather than guessing it', () => {
    const c = { ...aCase('a'), status: 'hulp-loopt' as const, followUp: '2026-12-15', decisions: { ...aCase('a').decisions, meldAt: '2026-11-23T14:05', meldTo: 'Veilig Thuis' } };
    const read = parseBackup(serialiseBackup([c], now), none);
    expect(read.ok && read.toAdd[0]).toEqual(c);
    const odd = JSON.parse(serialiseBackup([c], now));
    odd.cases[0].decisions.meldAt = '2026-02-30T14:05';
    const back = parseBackup(JSON.stringify(odd), none);
    expect(back.ok && back.toAdd[0]!.decisions.meldAt).toBe('');
  });
});
