import { copyOf } from './copy';
import { ConflictError, StorageError, type StorageErrorKind } from './errors';
import type { CaseRepo } from './repo';
import { byChange, summaryOf } from './repo';
import type { Case, CaseSummary } from './types';

/**
 * The open case and its autosave, plus the case list: the one place that writes cases. Plain
 * TypeScript, given its repository (IndexedDB for real cases, memory for the walk without a
 * case), so it is tested without Preact; app/useSession.ts binds it to the screens.
 */

export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'quota' | 'unavailable' | 'error' | 'conflict';

export interface SessionState {
  active: Case | null;
  /** undefined until the repository answered (and while locked). */
  cases: CaseSummary[] | undefined;
  saveState: SaveState;
  /** The newer copy another tab saved, until the user chose what to keep. */
  conflict: Case | null;
  storageProblem: StorageErrorKind | null;
  /** The case that was open before a reload could not be opened again (deleted elsewhere, an
   * unreadable record, a damaged pointer): the pointer is cleared and the list says so. */
  lostActive?: true;
}

/** Which case to reopen after a reload; never in the address (see README). */
export interface ActivePointer {
  read(): string | null;
  write(id: string | null): void;
}

export interface SessionOptions {
  pointer?: ActivePointer;
  /** Called after a case was stored for the first time in this session (the persistence ask). */
  onCreated?: () => void;
  newId?: () => string;
}

// Typing pauses longer than this are saved. Steady typing never pauses, so a change also waits
// at most MAX_WAIT_MS: a crash or a killed browser then loses under a second of typing. Hiding
// the tab and pagehide flush at once as well (page.ts), but a page being torn down may not finish.
export const SAVE_DELAY_MS = 400;
export const MAX_WAIT_MS = 700;

const kindOf = (e: unknown): StorageErrorKind => (e instanceof StorageError ? e.kind : 'unknown');
const noPointer: ActivePointer = { read: () => null, write: () => {} };

export type CaseSession = ReturnType<typeof createSession>;

// A closure rather than a class: it ships in the initial JavaScript, and the minifier shortens
// local names but not property names.
export function createSession(repo: CaseRepo, { pointer = noPointer, onCreated, newId = () => crypto.randomUUID() }: SessionOptions = {}) {
  let s: SessionState = { active: null, cases: undefined, saveState: 'idle', conflict: null, storageProblem: null };
  const listeners = new Set<(s: SessionState) => void>();
  let base = 0; // the revision in the repository that `active` was based on
  let dirty = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let waitingSince = 0; // when the oldest unsaved change was made (0: none waiting)
  let saving: Promise<void> | null = null;
  let unsaveable = false; // this browser cannot store anything at all

  const set = (patch: Partial<SessionState>) => {
    s = { ...s, ...patch };
    for (const fn of listeners) fn(s);
  };

  /** Shows `c` as the open case, based on `revision` in the repository, with nothing unsaved. */
  const show = (c: Case | null, revision = c?.revision ?? 0, saveState: SaveState = c ? 'saved' : 'idle') => {
    clearTimeout(timer);
    base = revision;
    dirty = false;
    waitingSince = 0;
    set({ active: c, saveState, lostActive: undefined });
  };

  const refresh = async (): Promise<void> => {
    try {
      set({ cases: await repo.list(), storageProblem: null });
    } catch (e) {
      set({ cases: [], storageProblem: kindOf(e) });
    }
  };

  const flush = async (): Promise<void> => {
    clearTimeout(timer);
    if (saving) await saving;
    const c = s.active;
    if (!c || !dirty) return;
    dirty = false;
    waitingSince = 0;
    set({ saveState: 'saving' });
    saving = repo.save(c, base).then(
      (saved) => {
        base = saved.revision;
        const summary = summaryOf(saved);
        // The list and the start screen's reminders show status and follow-up date: keep them true.
        const cases = s.cases?.map((x) => (x.id === saved.id ? summary : x)).sort(byChange);
        // Keep text typed while the save ran; only take the new revision and time.
        const now = s.active;
        const active = now?.id === saved.id ? { ...now, revision: saved.revision, updatedAt: saved.updatedAt } : now;
        set({ active, cases, saveState: dirty ? 'pending' : 'saved' });
      },
      (e: unknown) => {
        dirty = true;
        const kind = kindOf(e);
        if (e instanceof ConflictError) set({ conflict: e.stored, saveState: 'conflict' });
        else {
          unsaveable = kind === 'unavailable';
          set({ saveState: kind === 'quota' || kind === 'unavailable' ? kind : 'error' });
        }
      },
    ).finally(() => { saving = null; });
    await saving;
  };

  /** Resolves false when there is no such case (or it cannot be read). */
  const open = async (id: string): Promise<boolean> => {
    await flush();
    const c = await repo.get(id).catch(() => undefined);
    if (!c) return false;
    show(c);
    pointer.write(c.id);
    return true;
  };

  /** After a conflict: keep the other tab's version, overwrite it with ours, or keep both. */
  const resolve = async (choice: 'theirs' | 'mine' | 'both'): Promise<void> => {
    const stored = s.conflict;
    const mine = s.active;
    if (!stored || !mine) return;
    if (choice === 'theirs') {
      show(stored);
      set({ conflict: null });
    } else if (choice === 'mine') {
      base = stored.revision;
      dirty = true;
      set({ conflict: null }); // before the save: if yet another tab saved meanwhile, that save asks again
      await flush();
    } else {
      // The dialog stays until the copy is stored: a reload right after the click loses nothing,
      // and a failed write leaves the choice open to try again.
      const copy = copyOf(mine, newId());
      try {
        await repo.add([copy]);
      } catch (e) {
        set({ saveState: kindOf(e) === 'quota' ? 'quota' : 'error' });
        return;
      }
      show(copy);
      pointer.write(copy.id);
      set({ conflict: null });
    }
    void refresh();
  };

  return {
    get state(): SessionState {
      return s;
    },

    subscribe(fn: (s: SessionState) => void): () => void {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },

    refresh,
    flush,
    open,

    /** Changes the open case at once and saves it soon (SAVE_DELAY_MS, at most MAX_WAIT_MS). */
    edit(change: (c: Case) => Case): void {
      const c = s.active;
      if (!c) return;
      dirty = true;
      // With a conflict open, wait for the user's choice; nothing is lost meanwhile.
      if (s.conflict) return set({ active: change(c) });
      set({ active: change(c), saveState: 'pending' });
      clearTimeout(timer);
      const now = Date.now();
      waitingSince ||= now;
      timer = setTimeout(() => void flush(), Math.max(0, Math.min(SAVE_DELAY_MS, waitingSince + MAX_WAIT_MS - now)));
    },

    /** Shows a case the caller holds, at once (the walk without a case): `revision` is what the
     * repository has of it, 0 for nothing yet (the first save adds it). What was open and unsaved
     * is saved first, in the background. */
    begin(c: Case, revision = 0): void {
      if (dirty && s.active) void repo.save(s.active, base).catch(() => undefined);
      show(c, revision, 'idle');
      dirty = revision === 0;
    },

    /** Stores a new case and opens it. Without storage it still opens, for this visit, and the
     * save state says it is not saved. */
    async create(c: Case): Promise<Case> {
      await flush();
      try {
        await repo.add([c]);
      } catch (e) {
        set({ storageProblem: kindOf(e) });
        show(c, 0, kindOf(e) === 'quota' ? 'quota' : 'unavailable');
        return c;
      }
      show(c);
      pointer.write(c.id);
      void refresh();
      onCreated?.();
      return c;
    },

    /** Resolves false, keeping the case open, when its last changes could not be saved: a conflict
     * with another tab waits for the user's choice, and a full disk must not lose the typed text. */
    async close(): Promise<boolean> {
      await flush();
      // Without any storage nothing could ever be saved: closing then loses nothing more.
      if (s.conflict || (dirty && !unsaveable)) return false;
      show(null);
      pointer.write(null);
      void refresh();
      return true;
    },

    /** Adds cases (an import) to this session's repository, never overwriting, and lists again. */
    async add(cases: Case[]): Promise<void> {
      try {
        await repo.add(cases);
      } finally {
        await refresh();
      }
    },

    async remove(id: string): Promise<void> {
      if (s.active?.id === id) {
        show(null);
        pointer.write(null);
      }
      await repo.remove(id);
      await refresh();
    },

    resolve,

    /** After start-up or unlocking: the case list, and the case that was open. */
    async resume(): Promise<void> {
      const id = pointer.read();
      // Never replace a case the user opened or created meanwhile (and may be typing in). Opened
      // before the list is read: screens treat a listed session without an open case as 'no case'.
      const lost = id && !s.active && !(await open(id));
      if (lost) pointer.write(null);
      await refresh();
      if (lost) set({ lostActive: true });
    },

    /** Locking: saves what is typed, then shows nothing until resume(); the pointer stays. A
     * choice still open after a conflict cannot wait behind the lock (the dialog shows case text):
     * both versions are kept, this one as a copy, so nothing typed is lost. */
    async suspend(): Promise<void> {
      await flush();
      if (s.conflict) await resolve('both');
      show(null);
      set({ cases: undefined, conflict: null });
    },

    /** 'Alles wissen': forgets the open case and its unsaved changes; the caller deletes the data. */
    clear(): void {
      show(null);
      pointer.write(null);
      set({ cases: [], conflict: null });
    },
  };
}
