import { expect, test } from 'vitest';
import { ConflictError, StorageError, toStorageError } from '../../../src/storage/errors';
import { newCase } from '../../../src/storage/restore';

const describeError = (e: StorageError) => ({ name: e.name, kind: e.kind, message: e.message });

test('maps each browser storage failure to the kind the UI explains', () => {
  const names = ['QuotaExceededError', 'InvalidStateError', 'SecurityError', 'UnknownError', 'VersionError', 'ConstraintError', 'DataCloneError'];
  expect(Object.fromEntries(names.map((name) => [name, toStorageError(new DOMException('…', name)).kind]))).toMatchInlineSnapshot(`
    {
      "ConstraintError": "conflict",
      "DataCloneError": "unknown",
      "InvalidStateError": "unavailable",
      "QuotaExceededError": "quota",
      "SecurityError": "unavailable",
      "UnknownError": "unavailable",
      "VersionError": "blocked",
    }
  `);
});

test('keeps the original error as the cause, and passes storage errors through unchanged', () => {
  const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  const mapped = toStorageError(quota);
  expect(describeError(mapped)).toMatchInlineSnapshot(`
    {
      "kind": "quota",
      "message": "QuotaExceededError: The quota has been exceeded.",
      "name": "StorageError",
    }
  `);
  expect(mapped.cause).toBe(quota);
  expect(toStorageError(mapped)).toBe(mapped);
  expect(describeError(toStorageError('weird'))).toMatchObject({ kind: 'unknown', message: 'weird' });
});

test('a conflict carries the stored copy and names only its id', () => {
  const stored = { ...newCase({ id: 'c1', label: 'Geheim', packId: 'algemeen', packVersion: '1' }), revision: 4 };
  const e = new ConflictError(stored);
  expect(e).toBeInstanceOf(StorageError);
  expect(e.stored).toBe(stored);
  expect(describeError(e)).toMatchInlineSnapshot(`
    {
      "kind": "conflict",
      "message": "Case c1 was saved elsewhere (stored revision 4)",
      "name": "ConflictError",
    }
  `);
});
