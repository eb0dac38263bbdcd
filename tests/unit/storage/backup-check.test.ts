import { describe, expect, test } from 'vitest';
import type { Case } from '../../../src/cases/types';
import { serialiseBackup } from '../../../src/storage/backup';
import { backupHolds } from '../../../src/storage/backup-check';
import { serialiseSealedBackup } from '../../../src/storage/backup-sealed';
import { createVault } from '../../../src/storage/crypto';
import { newCase } from '../../../src/storage/restore';
import { fileSize } from '../../../src/ui/download';

const now = new Date('2026-11-23T12:00:00Z');
const cases: Case[] = ['a', 'b'].map((id) => newCase({ id, label: id, packId: 'algemeen', packVersion: '1.1.0', now }));

describe('backupHolds', () => {
  test('a plain file holds the cases it was made from, and no others', async () => {
    const text = serialiseBackup(cases, now);
    expect(await backupHolds(text, cases, null)).toBe(true);
    expect(await backupHolds(text, cases.slice(0, 1), null)).toBe(false);
    expect(await backupHolds(serialiseBackup(cases.slice(0, 1), now), cases, null)).toBe(false);
    expect(await backupHolds(text.slice(0, 100), cases, null)).toBe(false);
    expect(await backupHolds(serialiseBackup([...cases, cases[0]!], now), cases, null)).toBe(false);
  });

  test('an encrypted file is opened with the data key and checked the same way', async () => {
    const locked = await createVault('een lange wachtwoordzin', 100_000);
    const text = await serialiseSealedBackup(cases, locked, now);
    expect(await backupHolds(text, cases, locked.key)).toBe(true);
    const other = await createVault('een andere wachtwoordzin', 100_000);
    expect(await backupHolds(text, cases, other.key)).toBe(false);
    expect(await backupHolds(serialiseBackup(cases, now), cases, locked.key)).toBe(false);
  });
});

test('file sizes read as whole kilobytes, never 0 kB, or as megabytes', () => {
  expect([1, 1024, 1025, 12_000].map((n) => fileSize(n, 'nl'))).toEqual(['1 kB', '1 kB', '2 kB', '12 kB']);
  expect(fileSize(2.5 * 1024 * 1024, 'nl')).toBe('2,5 MB');
  expect(fileSize(2.5 * 1024 * 1024, 'en')).toBe('2.5 MB');
});
