import { useEffect, useState } from 'preact/hooks';
import { loadRepo } from '../storage/load';

/** Chromium's install event (not in TypeScript's DOM types). */
export interface InstallPromptEvent extends Event {
  prompt(): Promise<unknown>;
}

/** Which offer to put Meldwijzer on the device fits this browser: Chromium's own install
 * dialog ('prompt', once the browser has offered it), the 'Zet op beginscherm' hint in Safari on
 * an iPhone or iPad ('safari': Safari may clear the data of a site not visited for 7 days), or none. */
export type InstallKind = 'prompt' | 'safari' | null;

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

/** Shows Chromium's install dialog; the event can be used once. */
export async function promptInstall(): Promise<void> {
  const event = deferred;
  deferred = null;
  changed();
  await event?.prompt().catch(() => undefined);
}

interface SafariNavigator { userAgent: string; platform?: string; maxTouchPoints?: number; standalone?: boolean }

/** Safari on an iPhone or iPad, in a tab (not opened from the home screen). iPadOS says it is a
 * Mac, but a Mac has no touch screen; other browsers on iOS name themselves (CriOS, FxiOS, …). */
export function isSafariTab(nav: SafariNavigator): boolean {
  const ios = /iPhone|iPad|iPod/.test(nav.userAgent) || (nav.platform === 'MacIntel' && (nav.maxTouchPoints ?? 0) > 1);
  const safari = /Safari\//.test(nav.userAgent) && !/CriOS|FxiOS|EdgiOS|OPiOS|GSA\//.test(nav.userAgent);
  return ios && safari && nav.standalone === false;
}

/** The offer that fits this browser now, or null. */
export function useInstallKind(): InstallKind {
  const [, rerender] = useState(0);
  useEffect(() => {
    const update = () => rerender((n) => n + 1);
    listeners.add(update);
    return () => { listeners.delete(update); };
  }, []);
  if (deferred) return 'prompt';
  return typeof navigator !== 'undefined' && isSafariTab(navigator as SafariNavigator) ? 'safari' : null;
}

/** 'Niet nu': stored with the settings, so the offer does not come back (also not as the Safari hint). */
export function dismissInstall(): Promise<void> {
  return loadRepo().then((r) => r.setSetting('installDismissed', true)).catch(() => undefined);
}
