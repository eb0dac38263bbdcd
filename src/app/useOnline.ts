import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n';

/** Whether the browser says it is online. While offline, <html data-offline> makes every link out
 * of the app say it needs internet (the suffix comes from --needs-internet, see styles.css), so
 * no screen needs to know about it. */
export function useOnline(lang: string) {
  // The prerender (Node) has no navigator: pages are written as online.
  const [online, setOnline] = useState(() => typeof navigator === 'undefined' || navigator.onLine !== false);
  useEffect(() => {
    const update = () => setOnline(navigator.onLine !== false);
    addEventListener('online', update);
    addEventListener('offline', update);
    return () => { removeEventListener('online', update); removeEventListener('offline', update); };
  }, []);
  useEffect(() => {
    const root = document.documentElement;
    if (online) {
      delete root.dataset.offline;
      root.style.removeProperty('--needs-internet');
    } else {
      root.dataset.offline = '';
      root.style.setProperty('--needs-internet', JSON.stringify(` (${t('offline.needsInternet')})`));
    }
  }, [online, lang]);
  return online;
}
