import { afterEach, expect, test, vi } from 'vitest';
import { memoryRepo } from '../../../src/cases/memory-repo';
import type { CaseRepo } from '../../../src/cases/repo';
import { createSession } from '../../../src/cases/session';
import { setStepNotes } from '../../../src/cases/fields';
import { StorageError } from '../../../src/cases/errors';
import { enterPractice, leavePractice, PRACTICE_LABEL, practiceCaseId, practisedCase, UnsavedRealCase } from '../../../src/practice/mode';
import { practiceSession } from '../../../src/practice/mode-slot';
import { aCase } from '../../helpers/cases';

const kader = { start: 'a1', nodes: { a1: { type: 'question', afweging: 1, answers: [{ id: 'ja', value: 'ja', next: 'end' }] }, end: { type: 'outcome', code: 'melden' } } } as never;
const pack = { id: 'algemeen', version: '1.0.0', kader };

afterEach(() => { leavePractice(); });

/** A repository that records every write, so a test can say none happened. */
function watched(repo: CaseRepo) {
  const writes: string[] = [];
  return { writes, repo: { ...repo, save: (c, r) => { writes.push(`save ${c.id}`); return repo.save(c, r); }, add: (cs) => { writes.push(`add ${cs.map((c) => c.id)}`); return repo.add(cs); }, remove: (id) => { writes.push(`remove ${id}`); return repo.remove(id); } } as CaseRepo };
}

async function realWithOpenCase() {
  const { repo, writes } = watched(memoryRepo());
  await repo.add([aCase('real')]);
  writes.length = 0;
  const real = createSession(repo);
  await real.open('real');
  return { real, writes, repo };
}

test('entering saves what was typed in the real case first, then nothing more is written to it', async () => {
  vi.useFakeTimers();
  const { real, writes, repo } = await realWithOpenCase();
  real.edit((c) => setStepNotes(c, 1, 'echt'));
  const practice = await enterPractice(real, 'daan', pack, '2026-12-01T10:00:00.000Z');
  expect(writes).toEqual(['save real']);
  expect((await repo.get('real'))!.steps[1].notes).toBe('echt');
  // Practising: edits go to the memory session only, and no timer of the real one fires.
  practice.edit((c) => setStepNotes(c, 1, 'oefen'));
  await practice.flush();
  await vi.runAllTimersAsync();
  expect(writes).toEqual(['save real']);
  expect(practiceSession()).toBe(practice);
  expect(practice.state.active).toMatchObject({ id: practiceCaseId('daan'), label: PRACTICE_LABEL, packId: 'algemeen' });
  expect(practice.state.active!.kader.state.start).toBe('a1');
  expect(practisedCase('daan')?.steps[1].notes).toBe('oefen');
  expect(practisedCase('other')).toBeNull();
  vi.useRealTimers();
});

test('leaving drops the memory session and gives back the real case that is open', async () => {
  const { real } = await realWithOpenCase();
  await enterPractice(real, 'daan', pack);
  expect(leavePractice()?.id).toBe('real');
  expect(practiceSession()).toBeNull();
  expect(practisedCase('daan')).toBeNull();
  expect(real.state.active?.id).toBe('real');
});

test('the same case again keeps what was practised; another case starts fresh, and leaving still finds the real case', async () => {
  const { real } = await realWithOpenCase();
  const first = await enterPractice(real, 'daan', pack);
  expect(await enterPractice(first, 'daan', pack)).toBe(first);
  const second = await enterPractice(first, 'sara', pack);
  expect(second).not.toBe(first);
  expect(second.state.active?.id).toBe(practiceCaseId('sara'));
  expect(leavePractice()?.id).toBe('real');
});

test('when the real case cannot be saved, oefenmodus is not entered (nothing typed is put at risk)', async () => {
  const repo = memoryRepo();
  await repo.add([aCase('real')]);
  const real = createSession({ ...repo, save: async () => { throw new StorageError('quota', 'full'); } });
  await real.open('real');
  real.edit((c) => setStepNotes(c, 1, 'echt'));
  await expect(enterPractice(real, 'daan', pack)).rejects.toBeInstanceOf(UnsavedRealCase);
  expect(practiceSession()).toBeNull();
});
