import { useEffect, useState } from 'preact/hooks';

// Two presses of Escape within this time hide the screen: quick enough for a client who looks
// up, slow enough that one Escape to close a dialog does not.
const DOUBLE_PRESS_MS = 800;

/** 'Scherm verbergen': a GP or aandachtsfunctionaris with a client in the room blanks the app. */
export function useQuickHide(onHide: () => void) {
  const [hidden, setHidden] = useState(false);
  useEffect(() => {
    let last = 0;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      // Escape in an open dialog closes only the dialog; it never counts towards hiding the app.
      if (document.querySelector('dialog[open]')) {
        last = 0;
        return;
      }
      const now = Date.now();
      if (now - last < DOUBLE_PRESS_MS) {
        last = 0;
        hide();
      } else {
        last = now;
      }
    };
    addEventListener('keydown', onKey, true);
    return () => removeEventListener('keydown', onKey, true);
  }, []);
  const hide = () => {
    onHide();
    setHidden(true);
  };
  return { hidden, hide, show: () => setHidden(false) };
}
