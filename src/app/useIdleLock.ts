import { useEffect } from 'preact/hooks';

const ACTIVITY = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

/** Locks the app after `minutes` without a keystroke, tap or scroll, while it is unlocked. */
export function useIdleLock(active: boolean, minutes: number, lock: () => void) {
  useEffect(() => {
    if (!active) return;
    let timer = setTimeout(lock, minutes * 60_000);
    const reset = () => {
      clearTimeout(timer);
      timer = setTimeout(lock, minutes * 60_000);
    };
    for (const type of ACTIVITY) addEventListener(type, reset, { passive: true, capture: true });
    return () => {
      clearTimeout(timer);
      for (const type of ACTIVITY) removeEventListener(type, reset, { capture: true });
    };
  }, [active, minutes, lock]);
}
