/** How the app hears about the service worker; tests pass a fake. */
export interface UpdateSource {
  onOfflineReady(callback: () => void): void;
  /** `apply` activates the new version and reloads; call it only at a safe moment. */
  onUpdateReady(callback: (apply: () => void) => void): void;
}

/** Registers the service worker through workbox-window, loaded after start-up so it never
 * counts against the initial JavaScript. Events that fire before the app subscribes are kept. */
export function registerServiceWorker(url = `${import.meta.env.BASE_URL}sw.js`): UpdateSource {
  let offlineReady = false;
  let apply: (() => void) | undefined;
  const listeners = { offline: [] as (() => void)[], update: [] as ((apply: () => void) => void)[] };

  // After the page has loaded: installing downloads the whole precache, which must not compete
  // with what the first screen needs.
  const loaded = document.readyState === 'complete' ? Promise.resolve() : new Promise((ok) => addEventListener('load', ok, { once: true }));
  void loaded.then(() => import('workbox-window')).then(({ Workbox }) => {
    const wb = new Workbox(url);
    wb.addEventListener('installed', (event) => {
      if (event.isUpdate) return;
      offlineReady = true;
      listeners.offline.forEach((cb) => cb());
    });
    wb.addEventListener('waiting', () => {
      apply = () => {
        wb.addEventListener('controlling', () => location.reload());
        wb.messageSkipWaiting();
      };
      listeners.update.forEach((cb) => cb(apply!));
    });
    return wb.register();
  }).catch((error: unknown) => {
    // Offline use is lost, the walk-through is not; the notice in the app covers browsers without SW.
    console.warn('Service worker registration failed', error instanceof Error ? error.name : '');
  });

  return {
    onOfflineReady(cb) {
      listeners.offline.push(cb);
      if (offlineReady) cb();
    },
    onUpdateReady(cb) {
      listeners.update.push(cb);
      if (apply) cb(apply);
    },
  };
}
