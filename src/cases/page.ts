import type { ActivePointer } from './session';

const live = new Set<{ flush(): Promise<void> }>();

/** Saves what every live session has not saved yet, at once: the error boundary calls it before
 * the failed app goes, so a page closed right after an error keeps the last keystrokes. */
export function flushAll(): void {
  for (const session of live) void session.flush();
}

/** Saves at once when the tab is hidden or the page is left (style rule 15): pagehide, not the
 * deprecated unload. Returns the way to stop. */
export function flushOnLeave(session: { flush(): Promise<void> }, doc: Document = document, win: Window = window): () => void {
  const hide = () => { if (doc.visibilityState === 'hidden') void session.flush(); };
  const leave = () => void session.flush();
  live.add(session);
  doc.addEventListener('visibilitychange', hide);
  win.addEventListener('pagehide', leave);
  return () => {
    live.delete(session);
    doc.removeEventListener('visibilitychange', hide);
    win.removeEventListener('pagehide', leave);
  };
}

/** The open case's id in localStorage, so a reload reopens it. The error boundary clears the same
 * key, so a case that makes a screen throw is not reopened into the same crash. */
export const ACTIVE_KEY = 'meldwijzer.activeCase';

export function storedPointer(storage: () => Storage = () => localStorage): ActivePointer {
  return {
    read() {
      try {
        return storage().getItem(ACTIVE_KEY);
      } catch {
        return null;
      }
    },
    write(id) {
      try {
        if (id) storage().setItem(ACTIVE_KEY, id);
        else storage().removeItem(ACTIVE_KEY);
      } catch {
        // Storage refused: the case just will not reopen by itself.
      }
    },
  };
}
