import { ConflictError, StorageError } from './errors';
import type { CaseRepo } from './repo';
import { byChange, summaryOf } from './repo';
import type { Case } from './types';

/** Cases kept in memory only, with the same conflict rules as IndexedDB: the walk without a
 * case, and later training mode. Copies go in and out, so no caller shares a stored object. */
export function memoryRepo(): CaseRepo {
  const cases = new Map<string, Case>();
  const copy = <T>(c: T): T => c && structuredClone(c);
  const peek = (id: string) => copy(cases.get(id));
  return {
    list: async () => [...cases.values()].map(summaryOf).sort(byChange),
    get: async (id) => peek(id),
    async save(c, expectedRevision) {
      const stored = cases.get(c.id);
      if (stored && stored.revision !== expectedRevision) throw new ConflictError(copy(stored));
      const saved = { ...copy(c), revision: expectedRevision + 1, updatedAt: new Date().toISOString() };
      cases.set(c.id, saved);
      return copy(saved);
    },
    async add(batch) {
      if (new Set(batch.map((c) => c.id)).size !== batch.length) throw new StorageError('conflict', 'The same id appears twice in one batch');
      const clash = batch.find((c) => cases.has(c.id));
      if (clash) throw new ConflictError(peek(clash.id)!);
      for (const c of batch) cases.set(c.id, copy(c));
    },
    remove: async (id) => { cases.delete(id); },
  };
}
