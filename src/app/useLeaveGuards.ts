import { useEffect, useRef } from 'preact/hooks';

interface Guards {
  /** The optional setting 'Scherm leegmaken als de app niet zichtbaar is'. */
  blankWhenHidden: boolean;
  /** Shows the hidden screen (notes are flushed first, as with the hide button). */
  hide: () => void;
  /** A lock is set and open. */
  unlocked: boolean;
  lockNow: () => unknown;
}

/** What happens when the user leaves the app without closing it: with the setting on, the app
 * blanks when its tab or window is no longer visible (a client glancing at the screen on return
 * sees the hidden screen); and with a lock set, a page the browser restores from its back/forward
 * cache (`pageshow` with `persisted`) asks for the passphrase, as if it had been opened anew. */
export function useLeaveGuards(guards: Guards) {
  const latest = useRef(guards);
  latest.current = guards;
  useEffect(() => {
    const visibility = () => {
      // A phone's file picker (choosing a backup to restore) hides the page too: blanking then
      // would throw the chosen file away.
      const picking = (document.activeElement as HTMLInputElement | null)?.type === 'file';
      if (document.visibilityState === 'hidden' && latest.current.blankWhenHidden && !picking) latest.current.hide();
    };
    const restored = (event: PageTransitionEvent) => {
      if (event.persisted && latest.current.unlocked) void latest.current.lockNow();
    };
    document.addEventListener('visibilitychange', visibility);
    addEventListener('pageshow', restored);
    return () => {
      document.removeEventListener('visibilitychange', visibility);
      removeEventListener('pageshow', restored);
    };
  }, []);
}
