import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { carryWalk } from '../cases/edit';
import type { Case, CaseSummary } from '../cases/types';
import type { CompiledPack } from '../content/schema';
import type { Walk } from './walks';
import { ConflictError, StorageError } from '../storage/errors';
import { loadRepo } from '../storage/load';

export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'quota' | 'unavailable' | 'error' | 'conflict';

const ACTIVE_KEY = 'meldwijzer.activeCase';
// Typing pauses longer than this are saved. Steady typing never pauses, so a change also waits
// at most MAX_WAIT_MS: a crash or a killed browser then loses under a second of typing. Hiding
// the tab and pagehide flush at once as well, but a page being torn down may not finish that.
const SAVE_DELAY_MS = 400;
const MAX_WAIT_MS = 700;

export function rememberActive(id: string | null) {
  try {
    if (id) localStorage.setItem(ACTIVE_KEY, id);
    else localStorage.removeItem(ACTIVE_KEY);
  } catch {
    // Storage refused: the case just will not reopen by itself.
  }
}

/** Once notes exist, ask the browser not to evict them; asked once, the answer shows on #/gegevens. */
async function askPersistenceOnce() {
  try {
    const { getSetting, setSetting } = await loadRepo();
    if (await getSetting('persistAsked')) return;
    await setSetting('persistAsked', true);
    await navigator.storage?.persist?.();
  } catch {
    // Not supported or refused: the data screen explains what that means.
  }
}

const summaryOf = ({ id, label, packId, status, followUp, updatedAt, createdAt }: Case): CaseSummary =>
  ({ id, label, packId, status, followUp, updatedAt, createdAt });

const sortByChange = (list: CaseSummary[]) => [...list].sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));

function storedActive(): string | null {
  try {
    return localStorage.getItem(ACTIVE_KEY);
  } catch {
    return null;
  }
}

/** The open case and its autosave, plus the case list. One place owns every write. */
export function useCaseSession() {
  const [active, setActive] = useState<Case | null>(null);
  const [cases, setCases] = useState<CaseSummary[] | undefined>(undefined);
  const [saveState, setSaveState] = useState<SaveState>('idle');
  const [conflict, setConflict] = useState<Case | null>(null);
  const [storageProblem, setStorageProblem] = useState<StorageError['kind'] | null>(null);
  // 'unknown' until the database answered; 'locked' hides every case until the passphrase is given.
  const [lock, setLockState] = useState<'unknown' | 'none' | 'locked' | 'unlocked'>('unknown');
  const [idleMinutes, setIdleMinutes] = useState(15);
  // Another tab upgraded or wiped the database: this tab's code is out of date until a reload.
  const [outdated, setOutdated] = useState(false);
  const current = useRef<Case | null>(null);
  const base = useRef(0); // the revision in the database that `current` was based on
  const dirty = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const waitingSince = useRef(0); // when the oldest unsaved change was made (0: none waiting)
  const saving = useRef<Promise<void> | null>(null);
  const conflictRef = useRef<Case | null>(null);
  const unsaveable = useRef(false); // this browser cannot store anything at all
  conflictRef.current = conflict;

  const refresh = useCallback(async () => {
    try {
      setCases(await (await loadRepo()).listCases());
      setStorageProblem(null);
    } catch (e) {
      setCases([]);
      setStorageProblem(e instanceof StorageError ? e.kind : 'unknown');
    }
  }, []);

  const show = (c: Case | null) => {
    current.current = c;
    setActive(c);
  };

  const flush = useCallback(async (): Promise<void> => {
    clearTimeout(timer.current);
    if (saving.current) await saving.current;
    const c = current.current;
    if (!c || !dirty.current) return;
    dirty.current = false;
    waitingSince.current = 0;
    setSaveState('saving');
    saving.current = loadRepo().then((r) => r.saveCase(c, base.current)).then(
      (saved) => {
        base.current = saved.revision;
        // The list and the start screen's reminders show status and follow-up date: keep them true.
        setCases((list) => list && sortByChange(list.map((s) => (s.id === saved.id ? summaryOf(saved) : s))));
        // Keep text typed while the save ran; only take the new revision and time.
        if (current.current?.id === saved.id) show({ ...current.current, revision: saved.revision, updatedAt: saved.updatedAt });
        setSaveState(dirty.current ? 'pending' : 'saved');
      },
      (e: unknown) => {
        dirty.current = true;
        if (e instanceof ConflictError) {
          conflictRef.current = e.stored; // at once: a close waiting on this save must see it
          setConflict(e.stored);
          setSaveState('conflict');
        } else {
          unsaveable.current = e instanceof StorageError && e.kind === 'unavailable';
          setSaveState(e instanceof StorageError && (e.kind === 'quota' || e.kind === 'unavailable') ? e.kind : 'error');
        }
      },
    ).finally(() => { saving.current = null; });
    await saving.current;
  }, []);

  const edit = useCallback((change: (c: Case) => Case) => {
    const c = current.current;
    if (!c) return;
    show(change(c));
    dirty.current = true;
    if (conflictRef.current) return; // wait for the user's choice; nothing is lost meanwhile
    setSaveState('pending');
    clearTimeout(timer.current);
    const now = Date.now();
    waitingSince.current ||= now;
    const wait = Math.max(0, Math.min(SAVE_DELAY_MS, waitingSince.current + MAX_WAIT_MS - now));
    timer.current = setTimeout(() => void flush(), wait);
  }, [flush]);

  const open = useCallback(async (id: string) => {
    await flush();
    const c = await loadRepo().then((r) => r.getCase(id)).catch(() => undefined);
    if (!c) return false;
    base.current = c.revision;
    dirty.current = false;
    show(c);
    setSaveState('saved');
    rememberActive(c.id);
    return true;
  }, [flush]);

  /** A new case; `before` is what was answered and done before it existed, which it takes over. */
  const create = useCallback(async (label: string, pack: CompiledPack, before?: Walk) => {
    await flush();
    const { newCase, addCases } = await loadRepo();
    const now = new Date().toISOString();
    const blank = newCase({ id: crypto.randomUUID(), label, packId: pack.id, packVersion: pack.version, now });
    const c = before ? carryWalk(blank, pack, before, now) : blank;
    try {
      await addCases([c]);
    } catch (e) {
      setStorageProblem(e instanceof StorageError ? e.kind : 'unknown');
      // Without storage the case still works for this visit; the bar says it is not saved.
      base.current = 0;
      show(c);
      setSaveState(e instanceof StorageError && e.kind === 'quota' ? 'quota' : 'unavailable');
      return c;
    }
    base.current = c.revision;
    show(c);
    setSaveState('saved');
    rememberActive(c.id);
    void refresh();
    void askPersistenceOnce();
    return c;
  }, [flush, refresh]);

  /** Resolves false, keeping the case open, when its last changes could not be saved: a conflict
   * with another tab waits for the user's choice, and a full disk must not lose the typed text. */
  const close = useCallback(async (): Promise<boolean> => {
    await flush();
    // Without any storage nothing could ever be saved: closing then loses nothing more.
    if (conflictRef.current || (dirty.current && !unsaveable.current)) return false;
    show(null);
    setSaveState('idle');
    rememberActive(null);
    void refresh();
    return true;
  }, [flush, refresh]);

  const remove = useCallback(async (id: string) => {
    if (current.current?.id === id) {
      clearTimeout(timer.current);
      dirty.current = false;
      show(null);
      rememberActive(null);
    }
    await (await loadRepo()).deleteCase(id);
    await refresh();
  }, [refresh]);

  /** After a conflict: keep the other tab's version, overwrite it with ours, or keep both. */
  const resolve = useCallback(async (choice: 'theirs' | 'mine' | 'both') => {
    const stored = conflictRef.current;
    const mine = current.current;
    if (!stored || !mine) return;
    const settled = () => {
      setConflict(null);
      conflictRef.current = null;
    };
    if (choice === 'theirs') {
      dirty.current = false;
      base.current = stored.revision;
      show(stored);
      setSaveState('saved');
      settled();
    } else if (choice === 'mine') {
      base.current = stored.revision;
      dirty.current = true;
      settled(); // before the save: if yet another tab saved meanwhile, that save asks again
      await flush();
    } else {
      // The dialog stays until the copy is stored: a reload right after the click loses nothing,
      // and a failed write leaves the choice open to try again.
      try {
        const { asCopy, addCases } = await loadRepo();
        const copy = asCopy(mine, crypto.randomUUID());
        await addCases([copy]);
        base.current = copy.revision;
        dirty.current = false;
        show(copy);
        rememberActive(copy.id);
        setSaveState('saved');
        settled();
      } catch (e) {
        setSaveState(e instanceof StorageError && e.kind === 'quota' ? 'quota' : 'error');
        return;
      }
    }
    void refresh();
  }, [flush, refresh]);

  /** After start-up or unlocking: the case list, and the case that was open. */
  const resume = useCallback(async () => {
    await refresh();
    const id = storedActive();
    // Never replace a case the user opened or created meanwhile (and may be typing in).
    if (id && !current.current && !(await open(id))) rememberActive(null);
  }, [refresh, open]);

  const lockNow = useCallback(async () => {
    await flush();
    (await loadRepo()).lock();
    clearTimeout(timer.current);
    dirty.current = false;
    show(null);
    setCases(undefined);
    setSaveState('idle');
    setLockState('locked');
  }, [flush]);

  /** Resolves true when the passphrase opened the lock. */
  const unlock = useCallback(async (passphrase: string) => {
    try {
      await (await loadRepo()).unlock(passphrase);
    } catch {
      return false;
    }
    setLockState('unlocked');
    await resume();
    return true;
  }, [resume]);

  const setLock = useCallback(async (passphrase: string) => {
    await flush();
    await (await loadRepo()).setLock(passphrase);
    setLockState('unlocked');
  }, [flush]);

  const changeIdle = useCallback(async (minutes: number) => {
    setIdleMinutes(minutes);
    await (await loadRepo()).setSetting('idleMinutes', minutes).catch(() => undefined);
  }, []);

  useEffect(() => {
    void loadRepo().then(async (r) => {
      const state = await r.lockState();
      setIdleMinutes(await r.getSetting('idleMinutes'));
      setLockState(state);
      if (state !== 'locked') await resume();
    }).catch(() => { setLockState('none'); void refresh(); });
    let unsubscribe = () => {};
    void loadRepo().then((r) => { unsubscribe = r.onVersionChange(() => setOutdated(true)); }, () => undefined);
    const hide = () => { if (document.visibilityState === 'hidden') void flush(); };
    const leave = () => void flush();
    document.addEventListener('visibilitychange', hide);
    addEventListener('pagehide', leave);
    return () => {
      unsubscribe();
      document.removeEventListener('visibilitychange', hide);
      removeEventListener('pagehide', leave);
    };
  }, []);

  /** 'Alles wissen': every case and setting, in the database and in localStorage. */
  const wipe = useCallback(async () => {
    clearTimeout(timer.current);
    dirty.current = false;
    show(null);
    await (await loadRepo()).deleteDatabase();
    try {
      for (const key of Object.keys(localStorage)) if (key.startsWith('meldwijzer.')) localStorage.removeItem(key);
    } catch {
      // Nothing stored there, then.
    }
    setCases([]);
  }, []);

  return { active, cases, saveState, conflict, storageProblem, outdated, lock, idleMinutes, lockNow, unlock, setLock, changeIdle, edit, open, create, close, remove, resolve, refresh, flush, wipe };
}

export type CaseSession = ReturnType<typeof useCaseSession>;
