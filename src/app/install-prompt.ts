/** Chromium's install event (not in TypeScript's DOM types). */
export interface InstallPromptEvent extends Event {
  prompt(): Promise<unknown>;
}

// Bundle-size sensitive: only this listener is in the initial JavaScript; what to offer and when
// (install.ts, OfferInstall.tsx) loads once there is a saved case to offer it for.
let deferred: InstallPromptEvent | null = null;
const listeners = new Set<() => void>();
const changed = () => listeners.forEach((l) => l());

/** Called first thing at start-up (main.tsx): Chromium may offer installing before the app has
 * rendered. The event is kept, and the browser's own mini-infobar held back, so the app can
 * offer installing at a better moment: after the first case is saved. */
export function armInstallPrompt() {
  addEventListener('beforeinstallprompt', (event) => {
    event.preventDefault();
    deferred = event as InstallPromptEvent;
    changed();
  });
  addEventListener('appinstalled', () => { deferred = null; changed(); });
}

/** The kept install event, taken out (it can be used once) when `take` is set. */
export function installEvent(take = false): InstallPromptEvent | null {
  const event = deferred;
  if (take && event) { deferred = null; changed(); }
  return event;
}

/** Calls `listener` whenever the kept event comes or goes; returns the unsubscribe. */
export function onInstallEvent(listener: () => void): () => void {
  listeners.add(listener);
  return () => { listeners.delete(listener); };
}
