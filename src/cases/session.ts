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

export class CaseSession {
  private s: SessionState = { active: null, cases: undefined, saveState: 'idle', conflict: null, storageProblem: null };
  private listeners = new Set<(s: SessionState) => void>();
  private base = 0; // the revision in the repository that `active` was based on
  private dirty = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private waitingSince = 0; // when the oldest unsaved change was made (0: none waiting)
  private saving: Promise<void> | null = null;
  private unsaveable = false; // this browser cannot store anything at all
  private readonly pointer: ActivePointer;
  private readonly newId: () => string;

  constructor(readonly repo: CaseRepo, private readonly options: SessionOptions = {}) {
    this.pointer = options.pointer ?? noPointer;
    this.newId = options.newId ?? (() => crypto.randomUUID());
  }

  get state(): SessionState {
    return this.s;
  }

  subscribe(fn: (s: SessionState) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  private set(patch: Partial<SessionState>) {
    this.s = { ...this.s, ...patch };
    for (const fn of this.listeners) fn(this.s);
  }

  /** Shows `c` as the open case, based on `revision` in the repository, with nothing unsaved. */
  private show(c: Case | null, revision = c?.revision ?? 0, saveState: SaveState = c ? 'saved' : 'idle') {
    clearTimeout(this.timer);
    this.base = revision;
    this.dirty = false;
    this.waitingSince = 0;
    this.set({ active: c, saveState });
  }

  async refresh(): Promise<void> {
    try {
      this.set({ cases: await this.repo.list(), storageProblem: null });
    } catch (e) {
      this.set({ cases: [], storageProblem: kindOf(e) });
    }
  }

  async flush(): Promise<void> {
    clearTimeout(this.timer);
    if (this.saving) await this.saving;
    const c = this.s.active;
    if (!c || !this.dirty) return;
    this.dirty = false;
    this.waitingSince = 0;
    this.set({ saveState: 'saving' });
    this.saving = this.repo.save(c, this.base).then(
      (saved) => {
        this.base = saved.revision;
        const summary = summaryOf(saved);
        // The list and the start screen's reminders show status and follow-up date: keep them true.
        const cases = this.s.cases?.map((x) => (x.id === saved.id ? summary : x)).sort(byChange);
        // Keep text typed while the save ran; only take the new revision and time.
        const now = this.s.active;
        const active = now?.id === saved.id ? { ...now, revision: saved.revision, updatedAt: saved.updatedAt } : now;
        this.set({ active, cases, saveState: this.dirty ? 'pending' : 'saved' });
      },
      (e: unknown) => {
        this.dirty = true;
        if (e instanceof ConflictError) this.set({ conflict: e.stored, saveState: 'conflict' });
        else {
          this.unsaveable = kindOf(e) === 'unavailable';
          const kind = kindOf(e);
          this.set({ saveState: kind === 'quota' || kind === 'unavailable' ? kind : 'error' });
        }
      },
    ).finally(() => { this.saving = null; });
    await this.saving;
  }

  /** Changes the open case at once and saves it soon (SAVE_DELAY_MS, at most MAX_WAIT_MS). */
  edit(change: (c: Case) => Case): void {
    const c = this.s.active;
    if (!c) return;
    this.dirty = true;
    // With a conflict open, wait for the user's choice; nothing is lost meanwhile.
    this.set(this.s.conflict ? { active: change(c) } : { active: change(c), saveState: 'pending' });
    if (this.s.conflict) return;
    clearTimeout(this.timer);
    const now = Date.now();
    this.waitingSince ||= now;
    const wait = Math.max(0, Math.min(SAVE_DELAY_MS, this.waitingSince + MAX_WAIT_MS - now));
    this.timer = setTimeout(() => void this.flush(), wait);
  }

  /** Resolves false when there is no such case (or it cannot be read). */
  async open(id: string): Promise<boolean> {
    await this.flush();
    const c = await this.repo.get(id).catch(() => undefined);
    if (!c) return false;
    this.show(c);
    this.pointer.write(c.id);
    return true;
  }

  /** Shows a case that is not stored yet; the first save adds it (the walk without a case). */
  begin(c: Case): void {
    this.show(c, 0, 'idle');
    this.dirty = true;
  }

  /** Stores a new case and opens it. Without storage it still opens, for this visit, and the
   * save state says it is not saved. */
  async create(c: Case): Promise<Case> {
    await this.flush();
    try {
      await this.repo.add([c]);
    } catch (e) {
      this.set({ storageProblem: kindOf(e) });
      this.show(c, 0, kindOf(e) === 'quota' ? 'quota' : 'unavailable');
      return c;
    }
    this.show(c);
    this.pointer.write(c.id);
    void this.refresh();
    this.options.onCreated?.();
    return c;
  }

  /** Resolves false, keeping the case open, when its last changes could not be saved: a conflict
   * with another tab waits for the user's choice, and a full disk must not lose the typed text. */
  async close(): Promise<boolean> {
    await this.flush();
    // Without any storage nothing could ever be saved: closing then loses nothing more.
    if (this.s.conflict || (this.dirty && !this.unsaveable)) return false;
    this.show(null);
    this.pointer.write(null);
    void this.refresh();
    return true;
  }

  async remove(id: string): Promise<void> {
    if (this.s.active?.id === id) {
      this.show(null);
      this.pointer.write(null);
    }
    await this.repo.remove(id);
    await this.refresh();
  }

  /** After a conflict: keep the other tab's version, overwrite it with ours, or keep both. */
  async resolve(choice: 'theirs' | 'mine' | 'both'): Promise<void> {
    const stored = this.s.conflict;
    const mine = this.s.active;
    if (!stored || !mine) return;
    if (choice === 'theirs') {
      this.show(stored);
      this.set({ conflict: null });
    } else if (choice === 'mine') {
      this.base = stored.revision;
      this.dirty = true;
      this.set({ conflict: null }); // before the save: if yet another tab saved meanwhile, that save asks again
      await this.flush();
    } else {
      // The dialog stays until the copy is stored: a reload right after the click loses nothing,
      // and a failed write leaves the choice open to try again.
      const copy = copyOf(mine, this.newId());
      try {
        await this.repo.add([copy]);
      } catch (e) {
        this.set({ saveState: kindOf(e) === 'quota' ? 'quota' : 'error' });
        return;
      }
      this.show(copy);
      this.pointer.write(copy.id);
      this.set({ conflict: null });
    }
    void this.refresh();
  }

  /** After start-up or unlocking: the case list, and the case that was open. */
  async resume(): Promise<void> {
    await this.refresh();
    const id = this.pointer.read();
    // Never replace a case the user opened or created meanwhile (and may be typing in).
    if (id && !this.s.active && !(await this.open(id))) this.pointer.write(null);
  }

  /** Locking: saves what is typed, then shows nothing until resume(); the pointer stays. */
  async suspend(): Promise<void> {
    await this.flush();
    this.show(null);
    this.set({ cases: undefined });
  }

  /** 'Alles wissen': forgets the open case and its unsaved changes; the caller deletes the data. */
  clear(): void {
    this.show(null);
    this.pointer.write(null);
    this.set({ cases: [], conflict: null });
  }
}
