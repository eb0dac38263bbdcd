// Shift pressed three times hides the app, as GOV.UK's 'Exit this page' does. Armed by main.tsx as
// the very first thing, not when the app has mounted: a prerendered page is on screen (and
// readable) for a moment before that, and a client can look up at any moment. Escape no longer
// hides: it closes dialogs, and closing one must never blank the app.

/** The three presses must come within this time of each other; any other key starts again, so
 * typing capitals (Shift + a letter) never counts. */
const WINDOW_MS = 5000;
export const HIDE_EVENT = 'meldwijzer:hide';
/** Fired with every counted press (and when the count starts again), for the control's indicator. */
export const PROGRESS_EVENT = 'meldwijzer:hide-progress';
let requested = false;
let appListening = false;
let presses = 0;

/** Shift presses counted so far (0–2). */
export const hidePresses = () => presses;

export function armQuickHideKeys() {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const count = (n: number) => {
    presses = n;
    clearTimeout(timer);
    if (n > 0) timer = setTimeout(() => count(0), WINDOW_MS);
    dispatchEvent(new Event(PROGRESS_EVENT));
  };
  addEventListener('keydown', (e) => {
    if (e.key !== 'Shift') {
      if (presses > 0) count(0);
      return;
    }
    if (e.repeat) return;
    if (presses < 2) return count(presses + 1);
    count(0);
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
