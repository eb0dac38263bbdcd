import type { Key } from '../i18n';

/** What this browser cannot do, as notice keys. Checked once at start-up. */
export function missingCapabilities(nav: Navigator = navigator, win: Window = window): Key[] {
  const missing: Key[] = [];
  if (!('serviceWorker' in nav) || !win.isSecureContext) missing.push('notice.noServiceWorker');
  if (!storageWorks(win)) missing.push('notice.noStorage');
  return missing;
}

function storageWorks(win: Window): boolean {
  try {
    const probe = '__meldwijzer_probe__';
    win.localStorage.setItem(probe, '1');
    win.localStorage.removeItem(probe);
    return typeof win.indexedDB !== 'undefined' && win.indexedDB !== null;
  } catch {
    return false;
  }
}
