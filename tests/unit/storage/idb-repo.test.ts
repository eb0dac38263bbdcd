import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach } from 'vitest';
import { caseRepo } from '../../../src/storage/cases';
import { closeDatabase } from '../../../src/storage/db';
import { lock, setLock } from '../../../src/storage/vault';
import { repoContract } from '../cases/repo-contract';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});
afterEach(async () => {
  lock();
  await closeDatabase();
});

repoContract('the IndexedDB repository', async () => caseRepo);
repoContract('the IndexedDB repository with the lock set', async () => {
  await setLock('een lange wachtwoordzin', 100_000);
  return caseRepo;
});
