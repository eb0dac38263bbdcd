import { describe, expect, test } from 'vitest';
import { ConflictError } from '../../../src/cases/errors';
import type { CaseRepo } from '../../../src/cases/repo';
import type { Case } from '../../../src/cases/types';
import { aCase, withNotes } from '../../helpers/cases';

/** What every case repository promises (cases/repo.ts), run against each implementation. */
export function repoContract(name: string, make: () => Promise<CaseRepo>) {
  describe(`${name} keeps the case repository contract`, () => {
    test('a saved case reads back the same, with its revision raised and updatedAt set to now', async () => {
      const repo = await make();
      const saved = await repo.save(withNotes(aCase('a'), 'Gesprek gepland.'), 1);
      expect(saved.revision).toBe(2);
      expect(saved.updatedAt > '2026-11-01T08:00:00.000Z').toBe(true);
      expect(await repo.get('a')).toEqual(saved);
    });

    test('a save on an older revision throws a conflict with the stored copy and writes nothing', async () => {
      const repo = await make();
      await repo.add([aCase('a')]);
      const first = await repo.save(withNotes(aCase('a'), 'tab 1'), 1);
      const second = repo.save(withNotes(aCase('a'), 'tab 2'), 1);
      await expect(second).rejects.toBeInstanceOf(ConflictError);
      await expect(second).rejects.toMatchObject({ kind: 'conflict', stored: first });
      expect((await repo.get('a'))?.steps[1].notes).toBe('tab 1');
      const again = await repo.save(withNotes(first, 'later'), first.revision);
      expect(again.revision).toBe(first.revision + 1);
    });

    test('add never overwrites: one existing id, or one id twice, adds none of the batch', async () => {
      const repo = await make();
      await repo.add([aCase('a')]);
      await expect(repo.add([aCase('b'), aCase('a', 'ANDER'), aCase('c')])).rejects.toMatchObject({ kind: 'conflict', stored: { id: 'a', label: 'A' } });
      await expect(repo.add([aCase('d'), aCase('d')])).rejects.toMatchObject({ kind: 'conflict' });
      expect((await repo.list()).map((c) => c.id)).toEqual(['a']);
    });

    test('the list has summaries only, newest first, and follows every save, add and remove', async () => {
      const repo = await make();
      const older = { ...aCase('old'), updatedAt: '2026-01-01T00:00:00.000Z' };
      const newer = { ...withNotes(aCase('new'), 'niet in het overzicht'), updatedAt: '2026-06-01T00:00:00.000Z' };
      await repo.add([older, newer]);
      expect(await repo.list()).toEqual([
        { id: 'new', label: 'NEW', packId: 'algemeen', status: 'open', followUp: '', createdAt: '2026-11-01T08:00:00.000Z', updatedAt: '2026-06-01T00:00:00.000Z' },
        { id: 'old', label: 'OLD', packId: 'algemeen', status: 'open', followUp: '', createdAt: '2026-11-01T08:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' },
      ]);
      const saved = await repo.save({ ...older, label: 'OUD', status: 'gemeld' }, older.revision);
      expect((await repo.list())[0]).toMatchObject({ id: 'old', label: 'OUD', status: 'gemeld', updatedAt: saved.updatedAt });
      await repo.remove('new');
      expect((await repo.list()).map((c) => c.id)).toEqual(['old']);
      expect(await repo.get('new')).toBeUndefined();
    });

    test('what a caller holds is a copy: changing it changes nothing stored', async () => {
      const repo = await make();
      const c: Case = aCase('a');
      await repo.add([c]);
      c.label = 'GEWIJZIGD';
      const read = (await repo.get('a'))!;
      read.steps[1].notes = 'ook gewijzigd';
      expect(await repo.get('a')).toMatchObject({ label: 'A', steps: { 1: { notes: '' } } });
    });
  });
}
