// Runs in a real browser page built by `npm run bench`: the app's own storage code against the
// browser's own IndexedDB. Results go to window.benchResults for the runner to read.
import { addCases, getAllCases, listCases, saveCase } from '../../src/storage/cases';
import { DB } from '../../src/storage/constants';
import { closeDatabase, deleteDatabase, openDatabase } from '../../src/storage/db';
import { parseBackup, serialiseBackup } from '../../src/storage/backup';
import { newCase } from '../../src/storage/restore';
import { lock, setLock, unlock } from '../../src/storage/vault';
import type { Case } from '../../src/cases/types';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function time(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

function manyCases(n: number, prefix = 'bench'): Case[] {
  return Array.from({ length: n }, (_, i) => {
    const c = newCase({ id: `${prefix}-${i}`, label: `C-${i}`, packId: 'algemeen', packVersion: '1.0.0', now: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString() });
    return { ...c, steps: { ...c.steps, 1: { notes: 'Feitelijke aantekening. '.repeat(60), checked: ['signalen-opschrijven'] } } };
  });
}

async function run() {
  await deleteDatabase();
  const one = manyCases(1)[0]!;
  await addCases([one]);
  let current = one;
  const writes: number[] = [];
  for (let i = 0; i < 60; i++) {
    const next = { ...current, steps: { ...current.steps, 1: { ...current.steps[1], notes: `${current.steps[1].notes}x` } } };
    writes.push(await time(async () => { current = await saveCase(next, current.revision); }));
  }
  await deleteDatabase();
  await addCases(manyCases(1000));
  const lists: number[] = [];
  for (let i = 0; i < 5; i++) lists.push(await time(() => listCases()));
  let backup = '';
  const exports: number[] = [];
  for (let i = 0; i < 3; i++) exports.push(await time(async () => { backup = serialiseBackup(await getAllCases(), new Date()); }));
  const imports: number[] = [];
  for (let i = 0; i < 3; i++) {
    await deleteDatabase();
    imports.push(await time(async () => {
      const parsed = parseBackup(backup, { existingIds: new Set() });
      if (!parsed.ok) throw new Error(parsed.error);
      await addCases(parsed.toAdd);
    }));
  }
  // The same autosave with the app lock set (sealed with AES-GCM), and unlocking (PBKDF2, 600,000).
  await deleteDatabase();
  lock();
  await setLock('een lange wachtwoordzin voor de bench');
  await addCases([one]);
  current = { ...one, revision: 1 };
  const sealedWrites: number[] = [];
  for (let i = 0; i < 60; i++) {
    const next = { ...current, steps: { ...current.steps, 1: { ...current.steps[1], notes: `${current.steps[1].notes}y` } } };
    sealedWrites.push(await time(async () => { current = await saveCase(next, current.revision); }));
  }
  await addCases(manyCases(999, 'sealed'));
  // Without a usable index (another tab or an older version wrote, or it is damaged) the list
  // decrypts every case once and writes the index again.
  await (await openDatabase()).delete(DB.stores.settings, DB.keys.caseSummaries);
  lock();
  await unlock('een lange wachtwoordzin voor de bench');
  const firstSealedListMs = await time(() => listCases());
  // Then as a user meets it: unlock, then the list (the index is decrypted once).
  const sealedLists: number[] = [];
  const unlocks: number[] = [];
  for (let i = 0; i < 5; i++) {
    lock();
    unlocks.push(await time(() => unlock('een lange wachtwoordzin voor de bench')));
    sealedLists.push(await time(() => listCases()));
  }
  await closeDatabase();
  return { sealedList1000MedianMs: median(sealedLists), firstSealedListMs, sealedAutosaveMedianMs: median(sealedWrites.slice(10)), unlockMedianMs: median(unlocks), autosaveMedianMs: median(writes.slice(10)), list1000MedianMs: median(lists), export1000MedianMs: median(exports), import1000MedianMs: median(imports), backupBytes: backup.length };
}

run().then(
  (r) => { (window as unknown as { benchResults: unknown }).benchResults = r; document.getElementById('out')!.textContent = JSON.stringify(r); },
  (e: unknown) => { (window as unknown as { benchResults: unknown }).benchResults = { error: String(e) }; },
);
