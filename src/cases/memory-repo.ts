import { ConflictError, StorageError } from './errors';
import type { CaseRepo } from './repo';
import { byChange, summaryOf } from './repo';
import type { Case } from './types';

/** Cases kept in memory only, with the same conflict rules as IndexedDB: the walk without a
 * case, and later training mode. Copies go in and out, so no caller shares a stored object. */
export class MemoryRepo implements CaseRepo {
  private cases = new Map<string, Case>();

  async list() {
    return [...this.cases.values()].map(summaryOf).sort(byChange);
  }

  async get(id: string) {
    const c = this.cases.get(id);
    return c && structuredClone(c);
  }

  async save(c: Case, expectedRevision: number) {
    const stored = this.cases.get(c.id);
    if (stored && stored.revision !== expectedRevision) throw new ConflictError(structuredClone(stored));
    const saved = { ...structuredClone(c), revision: expectedRevision + 1, updatedAt: new Date().toISOString() };
    this.cases.set(c.id, saved);
    return structuredClone(saved);
  }

  async add(cases: Case[]) {
    if (new Set(cases.map((c) => c.id)).size !== cases.length) throw new StorageError('conflict', 'The same id appears twice in one batch');
    const clash = cases.find((c) => this.cases.has(c.id));
    if (clash) throw new ConflictError(structuredClone(this.cases.get(clash.id)!));
    for (const c of cases) this.cases.set(c.id, structuredClone(c));
  }

  async remove(id: string) {
    this.cases.delete(id);
  }
}
