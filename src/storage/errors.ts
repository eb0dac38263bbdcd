import type { Case } from '../cases/types';

/** The few ways storage fails that the UI explains differently (style rule 14). */
export type StorageErrorKind = 'unavailable' | 'blocked' | 'quota' | 'conflict' | 'locked' | 'tampered' | 'unknown';

// Messages are for developers; the UI words each kind itself. They never include a label or
// note, because error messages end up in consoles and bug reports.
export class StorageError extends Error {
  override name = 'StorageError';
  readonly kind: StorageErrorKind;

  constructor(kind: StorageErrorKind, message: string, options?: ErrorOptions) {
    super(message, options);
    this.kind = kind;
  }
}

/** A save based on an older revision than the one stored, e.g. the same case edited in two tabs. */
export class ConflictError extends StorageError {
  override name = 'ConflictError';
  /** The newer copy in the database, so the UI can show it or let the user choose. */
  readonly stored: Case;

  constructor(stored: Case) {
    super('conflict', `Case ${stored.id} was saved elsewhere (stored revision ${stored.revision})`);
    this.stored = stored;
  }
}

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
