import { StorageError, type StorageErrorKind } from '../cases/errors';

// The error classes belong to the case repository's contract (cases/errors.ts); storage code
// keeps importing them from here, beside the mapping of browser errors onto them.
export { ConflictError, StorageError, type StorageErrorKind } from '../cases/errors';

const KIND_BY_NAME = new Map<string, StorageErrorKind>([
  ['QuotaExceededError', 'quota'],
  // Firefox private windows (before 115) refuse IndexedDB with InvalidStateError; blocked cookies
  // or an opaque origin give SecurityError; a broken profile or full disk gives UnknownError.
  ['InvalidStateError', 'unavailable'],
  ['SecurityError', 'unavailable'],
  ['UnknownError', 'unavailable'],
  // The database is newer than this code: a newer Meldwijzer in another tab upgraded it. Like
  // 'blocked', the cure is to reload or close the other tabs.
  ['VersionError', 'blocked'],
  // An add() met a key that exists: another tab created the same record.
  ['ConstraintError', 'conflict'],
]);

export function toStorageError(e: unknown): StorageError {
  if (e instanceof StorageError) return e;
  // Not `instanceof DOMException`: errors can come from another realm or from a polyfill.
  const name = typeof e === 'object' && e !== null && 'name' in e && typeof e.name === 'string' ? e.name : '';
  const message = e instanceof Error ? e.message : String(e);
  return new StorageError(KIND_BY_NAME.get(name) ?? 'unknown', name ? `${name}: ${message}` : message, { cause: e });
}
