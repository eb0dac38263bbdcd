// Escape twice hides the app. Armed by main.tsx as the very first thing, not when the app has
// mounted: a prerendered page is on screen (and readable) for a moment before that, and a
// client can look up at any moment.

/** Two presses within this time hide the screen: quick enough for a client who looks up, slow
 * enough that one Escape to close a dialog does not. */
const DOUBLE_PRESS_MS = 800;
export const HIDE_EVENT = 'meldwijzer:hide';
let requested = false;
let appListening = false;

export function armQuickHideKeys() {
  let last = 0;
  addEventListener('keydown', (e) => {
    if (e.key !== 'Escape') return;
    // Escape in an open dialog closes only the dialog; it never counts towards hiding the app.
    if (document.querySelector('dialog[open]')) {
      last = 0;
      return;
    }
    const now = Date.now();
    if (now - last >= DOUBLE_PRESS_MS) {
      last = now;
      return;
    }
    last = 0;
    requested = true;
    if (!appListening) {
      // The app is not there yet: blank the prerendered page now; it shows its hidden screen on start.
      document.title = 'Nieuw tabblad';
      document.getElementById('app')?.replaceChildren();
    }
    dispatchEvent(new Event(HIDE_EVENT));
  }, true);
  // Lets a test (or a curious reader of the DOM) see that the keys work from here on.
  document.documentElement.dataset.quickHide = 'armed';
}

/** For the app's hook: whether a hide was asked for before it listened, and from now on it listens. */
export function listenForHide(onHide: () => void): () => void {
  appListening = true;
  const handler = () => onHide();
  addEventListener(HIDE_EVENT, handler);
  if (requested) onHide();
  return () => {
    appListening = false;
    removeEventListener(HIDE_EVENT, handler);
  };
}

export function clearHideRequest() {
  requested = false;
}
