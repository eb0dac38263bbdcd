import type { Case, CaseSummary } from './types';

/**
 * Where cases are kept. IndexedDB implements it for real cases (storage/cases.ts), memory for
 * walks that are not saved (memory-repo.ts); the session (session.ts) writes only through it.
 * Every failure is a StorageError (cases/errors.ts); one test suite holds both to this contract
 * (tests/unit/cases/repo-contract.ts).
 */
export interface CaseRepo {
  /** Every case's summary, most recently changed first. */
  list(): Promise<CaseSummary[]>;
  get(id: string): Promise<Case | undefined>;
  /** Stores `c` if the stored copy is still at `expectedRevision` (or there is none) and returns
   * what was stored: revision raised by one, updatedAt now. Otherwise throws a ConflictError with
   * the stored copy and writes nothing. */
  save(c: Case, expectedRevision: number): Promise<Case>;
  /** Inserts new cases as they are. Never overwrites: if any id exists (or one id appears
   * twice), throws a conflict and adds none of them. */
  add(cases: Case[]): Promise<void>;
  remove(id: string): Promise<void>;
}

export const summaryOf = ({ id, label, packId, status, followUp, updatedAt, createdAt }: Case): CaseSummary =>
  ({ id, label, packId, status, followUp, updatedAt, createdAt });

/** Most recently changed first. */
export const byChange = (a: CaseSummary, b: CaseSummary) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0);

/** A repository whose code loads on first use (bundle-size sensitive: keeps idb out of the
 * initial JavaScript). A failed load rejects that call only; the next call tries again. */
export function lazyRepo(load: () => Promise<CaseRepo>): CaseRepo {
  const call = (method: keyof CaseRepo) => (...args: unknown[]) => load().then((r) => (r[method] as (...a: unknown[]) => unknown)(...args));
  return { list: call('list'), get: call('get'), save: call('save'), add: call('add'), remove: call('remove') } as CaseRepo;
}
