import { afterEach, describe, expect, test, vi } from 'vitest';
import { blankCase } from '../../../src/cases/blank';
import { StorageError } from '../../../src/cases/errors';
import { memoryRepo } from '../../../src/cases/memory-repo';
import { flushOnLeave } from '../../../src/cases/page';
import type { CaseRepo } from '../../../src/cases/repo';
import { createSession, type CaseSession, MAX_WAIT_MS, SAVE_DELAY_MS, type ActivePointer } from '../../../src/cases/session';
import { setStepNotes } from '../../../src/cases/fields';
import { newCaseFrom, walkCase } from '../../../src/cases/new-case';
import { newCase } from '../../../src/storage/restore';
import type { Case } from '../../../src/cases/types';
import { aCase } from '../../helpers/cases';

afterEach(() => vi.useRealTimers());

const kader = { start: 'a1', nodes: { a1: { type: 'question', afweging: 1, answers: [{ id: 'ja', next: 'end' }] }, end: { type: 'outcome', code: 'melden', meldnormen: [] } } } as never;
const pack = { id: 'algemeen', version: '1.0.0', kader, kaderStep: 4 as const };
const notes = (text: string) => (c: Case) => setStepNotes(c, 1, text);

function memoryPointer(start: string | null = null): ActivePointer & { id: string | null } {
  return { id: start, read() { return this.id; }, write(id) { this.id = id; } };
}

async function withOpenCase(options: { repo?: CaseRepo; pointer?: ActivePointer } = {}) {
  const repo = options.repo ?? memoryRepo();
  await repo.add([aCase('a')]);
  const session = createSession(repo, { pointer: options.pointer, newId: () => 'copy' });
  await session.open('a');
  return { repo, session };
}

/** Another tab saves the case in between. */
async function otherTabSaves(repo: CaseRepo, text: string) {
  const stored = (await repo.get('a'))!;
  return repo.save(setStepNotes(stored, 1, text), stored.revision);
}

describe('autosave', () => {
  test('saves SAVE_DELAY_MS after the last change, and while typing steadily at least every MAX_WAIT_MS', async () => {
    vi.useFakeTimers();
    const { repo, session } = await withOpenCase();
    const save = vi.spyOn(repo, 'save');
    session.edit(notes('a'));
    expect(session.state.saveState).toBe('pending');
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS - 1);
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(save).toHaveBeenCalledOnce();
    expect(session.state.saveState).toBe('saved');
    // Steady typing, a key every 100 ms: never a pause of SAVE_DELAY_MS, yet saved within MAX_WAIT_MS.
    save.mockClear();
    for (let t = 0; t < MAX_WAIT_MS; t += 100) {
      session.edit(notes(`b${t}`));
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(save).toHaveBeenCalledOnce();
    expect((await repo.get('a'))!.steps[1].notes).toMatch(/^b/);
  });

  test('says saved only after the repository confirmed, and keeps text typed while a save ran', async () => {
    const { repo, session } = await withOpenCase();
    let release!: () => void;
    const save = repo.save.bind(repo);
    vi.spyOn(repo, 'save').mockImplementationOnce(async (c, r) => { await new Promise<void>((ok) => { release = ok; }); return save(c, r); });
    session.edit(notes('eerste'));
    const flushing = session.flush();
    expect(session.state.saveState).toBe('saving');
    session.edit(notes('eerste, langer'));
    release();
    await flushing;
    expect(session.state.saveState).toBe('pending');
    expect(session.state.active!.steps[1].notes).toBe('eerste, langer');
    await session.flush();
    expect(session.state.saveState).toBe('saved');
    expect((await repo.get('a'))!.steps[1].notes).toBe('eerste, langer');
  });

  test('a full disk says so and keeps the change for the next try', async () => {
    const { repo, session } = await withOpenCase();
    const full = vi.spyOn(repo, 'save').mockRejectedValue(new StorageError('quota', 'full'));
    session.edit(notes('past niet'));
    await session.flush();
    expect(session.state.saveState).toBe('quota');
    expect(await session.close()).toBe(false);
    expect(session.state.active!.steps[1].notes).toBe('past niet');
    full.mockRestore();
    session.edit(notes('past nu wel'));
    await session.flush();
    expect((await repo.get('a'))!.steps[1].notes).toBe('past nu wel');
  });

  test('the page being hidden or left saves at once', async () => {
    const { repo, session } = await withOpenCase();
    const doc = Object.assign(new EventTarget(), { visibilityState: 'hidden' }) as unknown as Document;
    const win = new EventTarget() as unknown as Window;
    const stop = flushOnLeave(session, doc, win);
    session.edit(notes('verborgen'));
    doc.dispatchEvent(new Event('visibilitychange'));
    await vi.waitFor(async () => expect((await repo.get('a'))!.steps[1].notes).toBe('verborgen'));
    session.edit(notes('weg'));
    win.dispatchEvent(new Event('pagehide'));
    await vi.waitFor(async () => expect((await repo.get('a'))!.steps[1].notes).toBe('weg'));
    stop();
  });
});

describe('a conflict with another tab', () => {
  async function conflict() {
    const opened = await withOpenCase();
    await otherTabSaves(opened.repo, 'van tab A');
    opened.session.edit(notes('van tab B'));
    await opened.session.flush();
    return opened;
  }

  test('is caught, shown with the stored copy, and closing waits for the choice', async () => {
    const { session } = await conflict();
    expect(session.state.saveState).toBe('conflict');
    expect(session.state.conflict!.steps[1].notes).toBe('van tab A');
    expect(await session.close()).toBe(false);
    expect(session.state.active!.steps[1].notes).toBe('van tab B');
  });

  test('"mine" overwrites the other version', async () => {
    const { repo, session } = await conflict();
    await session.resolve('mine');
    expect(session.state.conflict).toBeNull();
    expect((await repo.get('a'))!.steps[1].notes).toBe('van tab B');
  });

  test('"theirs" shows the other version and writes nothing', async () => {
    const { repo, session } = await conflict();
    await session.resolve('theirs');
    expect(session.state.active!.steps[1].notes).toBe('van tab A');
    expect(session.state.saveState).toBe('saved');
    expect((await repo.get('a'))!.steps[1].notes).toBe('van tab A');
    expect(await session.close()).toBe(true);
  });

  test('"both" (Allebei) keeps mine as a marked copy, opens it, and leaves theirs as it was', async () => {
    const pointer = memoryPointer();
    const repo = memoryRepo();
    await repo.add([aCase('a')]);
    const session = createSession(repo, { pointer, newId: () => 'copy' });
    await session.open('a');
    await otherTabSaves(repo, 'van tab A');
    session.edit(notes('van tab B'));
    await session.flush();
    await session.resolve('both');
    expect(session.state.active).toMatchObject({ id: 'copy', label: 'A (kopie)' });
    expect(pointer.id).toBe('copy');
    expect((await repo.get('copy'))!.steps[1].notes).toBe('van tab B');
    expect((await repo.get('a'))!.steps[1].notes).toBe('van tab A');
  });

  test('locking with the choice still open keeps both versions (mine as a copy) and takes the dialog away: it shows case text', async () => {
    const { repo, session } = await conflict();
    await session.suspend();
    expect(session.state).toMatchObject({ active: null, conflict: null, cases: undefined });
    expect((await repo.get('copy'))!.steps[1].notes).toBe('van tab B');
    expect((await repo.get('a'))!.steps[1].notes).toBe('van tab A');
  });

  test('"both" leaves the choice open when the copy cannot be stored', async () => {
    const { repo, session } = await conflict();
    vi.spyOn(repo, 'add').mockRejectedValueOnce(new StorageError('quota', 'full'));
    await session.resolve('both');
    expect(session.state.conflict).not.toBeNull();
    expect(session.state.saveState).toBe('quota');
  });
});

describe('opening, creating, closing', () => {
  test('the open case is remembered for a reload, and forgotten on close', async () => {
    const pointer = memoryPointer();
    const { repo, session } = await withOpenCase({ pointer });
    expect(pointer.id).toBe('a');
    const again = createSession(repo, { pointer });
    await again.resume();
    expect(again.state.active?.id).toBe('a');
    expect(again.state.cases?.map((c) => c.id)).toEqual(['a']);
    expect(await session.close()).toBe(true);
    expect(pointer.id).toBeNull();
  });

  test('a remembered case that no longer exists is forgotten', async () => {
    const pointer = memoryPointer('weg');
    const session = createSession(memoryRepo(), { pointer });
    await session.resume();
    expect(session.state.active).toBeNull();
    expect(pointer.id).toBeNull();
  });

  test('a new case takes over the walk made without a case, and asks for persistence once stored', async () => {
    const onCreated = vi.fn();
    const repo = memoryRepo();
    const session = createSession(repo, { onCreated });
    const walk = { ...walkCase(pack), done: [1 as const], kader: { ...walkCase(pack).kader, state: { start: 'a1', moves: [{ node: 'a1', answer: 'ja' }] }, answeredAt: { a1: '2026-11-01T09:00:00.000Z' } } };
    await session.create(newCaseFrom({ id: 'n', label: 'NIEUW', now: '2026-11-02T09:00:00.000Z' }, pack, walk));
    const stored = (await repo.get('n'))!;
    expect(stored.kader.state.moves).toEqual([{ node: 'a1', answer: 'ja' }]);
    expect(stored.kader.answeredAt).toEqual({ a1: '2026-11-01T09:00:00.000Z' });
    expect(stored.kader.outcome?.code).toBe('melden');
    expect(stored.done).toEqual([1]);
    expect(onCreated).toHaveBeenCalledOnce();
    await vi.waitFor(() => expect(session.state.cases?.map((c) => c.id)).toEqual(['n']));
  });

  test('without storage a new case still opens for this visit, and never says saved', async () => {
    const repo = memoryRepo();
    vi.spyOn(repo, 'add').mockRejectedValue(new StorageError('unavailable', 'no IndexedDB'));
    vi.spyOn(repo, 'save').mockRejectedValue(new StorageError('unavailable', 'no IndexedDB'));
    const session = createSession(repo);
    await session.create(aCase('z'));
    expect(session.state).toMatchObject({ active: { id: 'z' }, saveState: 'unavailable', storageProblem: 'unavailable' });
    session.edit(notes('tekst'));
    await session.flush();
    expect(session.state.saveState).toBe('unavailable');
    expect(session.state.active!.steps[1].notes).toBe('tekst');
    // Nothing could ever be saved: closing loses nothing more.
    expect(await session.close()).toBe(true);
  });

  test('every change reaches subscribers, and the list follows a save', async () => {
    const { session } = await withOpenCase();
    await session.refresh();
    const seen = vi.fn();
    const stop = session.subscribe(seen);
    session.edit((c) => ({ ...c, status: 'gemeld' }));
    await session.flush();
    expect(seen).toHaveBeenCalled();
    expect(session.state.cases![0]!.status).toBe('gemeld');
    stop();
    seen.mockClear();
    session.edit(notes('x'));
    expect(seen).not.toHaveBeenCalled();
  });

  test('removing the open case closes it', async () => {
    const { repo, session } = await withOpenCase();
    await session.remove('a');
    expect(session.state.active).toBeNull();
    expect(await repo.get('a')).toBeUndefined();
  });

  test('suspending (the lock) saves what was typed and shows nothing until resumed', async () => {
    const pointer = memoryPointer();
    const { repo, session } = await withOpenCase({ pointer });
    session.edit(notes('voor het slot'));
    await session.suspend();
    expect(session.state.active).toBeNull();
    expect(session.state.cases).toBeUndefined();
    expect((await repo.get('a'))!.steps[1].notes).toBe('voor het slot');
    await session.resume();
    expect(session.state.active?.id).toBe('a');
  });
});

test('the walk without a case is a case in memory: begun unsaved, and kept by the memory repository on its first change', async () => {
  const repo = memoryRepo();
  const walk = createSession(repo);
  walk.begin(walkCase(pack));
  expect(await repo.list()).toEqual([]);
  walk.edit((c) => ({ ...c, done: [1] }));
  await walk.flush();
  expect((await repo.get('walk:algemeen'))!.done).toEqual([1]);
});

test('blankCase is storage\'s newCase, made without the storage code', () => {
  const input = { id: 'x', label: 'X', packId: 'algemeen', packVersion: '1.0.0', now: '2026-11-01T08:00:00.000Z' };
  expect(blankCase(input)).toEqual(newCase(input));
});
