import { useEffect, useState } from 'preact/hooks';
import { loadRepo } from '../storage/load';
import { installEvent, onInstallEvent } from './install-prompt';

export { armInstallPrompt, type InstallPromptEvent } from './install-prompt';

/** Which offer to put Meldwijzer on the device fits this browser: Chromium's own install
 * dialog ('prompt', once the browser has offered it), the 'Zet op beginscherm' hint in Safari on
 * an iPhone or iPad ('safari': Safari may clear the data of a site not visited for 7 days), or none. */
export type InstallKind = 'prompt' | 'safari' | null;

/** Shows Chromium's install dialog; the event can be used once. */
export async function promptInstall(): Promise<void> {
  await installEvent(true)?.prompt().catch(() => undefined);
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
  const [event, setEvent] = useState(installEvent);
  useEffect(() => {
    // Also catches a change between the first render and this effect (a click on the offer).
    const update = () => setEvent(installEvent());
    update();
    return onInstallEvent(update);
  }, []);
  if (event) return 'prompt';
  return typeof navigator !== 'undefined' && isSafariTab(navigator as SafariNavigator) ? 'safari' : null;
}

/** 'Niet nu': stored with the settings, so the offer does not come back (also not as the Safari hint). */
export function dismissInstall(): Promise<void> {
  return loadRepo().then((r) => r.setSetting('installDismissed', true)).catch(() => undefined);
}
