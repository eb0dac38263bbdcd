import type { Case } from './types';

/** The few ways a case repository fails that the UI explains differently (style rule 14). Part
 * of the repository contract, so the session can tell them apart without knowing the storage. */
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
  /** The newer copy in the repository, so the UI can show it or let the user choose. */
  readonly stored: Case;

  constructor(stored: Case) {
    super('conflict', `Case ${stored.id} was saved elsewhere (stored revision ${stored.revision})`);
    this.stored = stored;
  }
}
