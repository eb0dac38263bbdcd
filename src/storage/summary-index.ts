import type { CaseSummary } from '../cases/types';
import { DB } from './constants';
import { isSealed, open, seal, type Sealed } from './crypto';
import type { Database } from './db';

/**
 * With the lock set, the case list would have to decrypt every case to show its label and date
 * (1,000 decryptions for 1,000 cases). Instead one sealed record in the settings store holds
 * every case's summary, sealed with the same data key as the cases: nothing of a case is ever
 * stored in plaintext.
 *
 * Every write to the cases store raises a counter (DB.keys.casesGeneration) in the same
 * transaction (cases.ts). The index names the counter and the number of records it was made for;
 * when either differs from the store (a tab died between a save and its index update, another
 * tab wrote, an older version wrote), the index is stale, and the list is rebuilt from the
 * records and written again. Only while unlocked does the app keep the decrypted summaries in
 * memory, to update the index after a save without decrypting it; locking forgets them.
 */

export interface StoredIndex {
  generation: number;
  /** Records in the cases store, readable or not: what freshness is checked against. A record
   * that opens to no case has no summary, yet must not make the index stale forever. */
  count: number;
  sealed: Sealed;
}

type Entries = Map<string, CaseSummary>;
let memo: { key: CryptoKey; generation: number; entries: Entries } | undefined;
/** Keys the lock has forgotten. A list or save that was still awaiting a decryption or seal
 * when the lock came (an idle lock, a quick hide) must not put its summaries back in memory:
 * memo is only set for a key that is not in here, checked after the last await. */
const locked = new WeakSet<CryptoKey>();

/** Called by the lock with the key it forgets: the decrypted summaries leave memory with it. */
export function forgetIndex(key: CryptoKey | null): void {
  memo = undefined;
  if (key) locked.add(key);
}

/** For tests: whether decrypted summaries are held in memory. */
export const indexInMemory = (): boolean => memo !== undefined;

export const readGeneration = (raw: unknown): number => (typeof raw === 'number' && Number.isSafeInteger(raw) && raw >= 0 ? raw : 0);

function isStoredIndex(raw: unknown): raw is StoredIndex {
  const r = raw as StoredIndex | null;
  return !!r && Number.isSafeInteger(r.generation) && Number.isSafeInteger(r.count) && isSealed(r.sealed);
}

/** The index's summaries, when it is fresh for this generation and record count; else undefined. */
export async function openIndex(key: CryptoKey, raw: unknown, generation: number, count: number): Promise<CaseSummary[] | undefined> {
  if (!isStoredIndex(raw) || raw.generation !== generation || raw.count !== count) return undefined;
  let entries: unknown;
  try {
    entries = await open(key, raw.sealed);
  } catch {
    return undefined; // changed on disk: rebuilt from the records, which say so themselves if tampered
  }
  if (!Array.isArray(entries) || entries.length > count || !entries.every((e) => typeof (e as CaseSummary | null)?.id === 'string')) return undefined;
  if (!locked.has(key)) memo = { key, generation, entries: new Map((entries as CaseSummary[]).map((e) => [e.id, e])) };
  return entries as CaseSummary[];
}

/** What to store for these summaries at this generation, with `count` records in the store. */
export async function sealIndex(key: CryptoKey, summaries: CaseSummary[], generation: number, count: number): Promise<StoredIndex> {
  return { generation, count, sealed: await seal(key, summaries) };
}

/** Stores the index unless the cases changed again meanwhile (then the next list rebuilds it). */
export async function writeIndex(db: Database, key: CryptoKey, summaries: CaseSummary[], generation: number, count: number): Promise<void> {
  const record = await sealIndex(key, summaries, generation, count);
  if (!locked.has(key)) memo = { key, generation, entries: new Map(summaries.map((e) => [e.id, e])) };
  const tx = db.transaction(DB.stores.settings, 'readwrite');
  tx.done.catch(() => {});
  if (readGeneration(await tx.store.get(DB.keys.casesGeneration)) !== generation) return tx.abort();
  await tx.store.put(record, DB.keys.caseSummaries);
  await tx.done;
}

/**
 * After a write that took the cases from `generation - 1` to `generation`: the same change made
 * to the index, if the index was fresh before it (in memory, or stored). Otherwise nothing: the
 * index stays stale and the next list rebuilds it. Never fails the write it follows.
 */
export async function updateIndex(db: Database, key: CryptoKey, generation: number, count: number, change: (entries: Entries) => void): Promise<void> {
  try {
    let entries = memo?.key === key && memo.generation === generation - 1 ? memo.entries : undefined;
    if (!entries) {
      const raw = await db.get(DB.stores.settings, DB.keys.caseSummaries);
      const list = isStoredIndex(raw) ? await openIndex(key, raw, generation - 1, raw.count) : undefined;
      if (!list) return;
      entries = new Map(list.map((e) => [e.id, e]));
    }
    const next = new Map(entries);
    change(next);
    await writeIndex(db, key, [...next.values()], generation, count);
  } catch {
    memo = undefined;
  }
}
