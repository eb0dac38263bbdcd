import { useEffect } from 'preact/hooks';
import { currentRoute, navigate } from './navigation';
import { t } from '../i18n';
import { href } from '../routes';
import { rememberSearchFrom } from '../search/from';

/** The way to search from every screen, in the page header, and the '/' key that opens it (as on
 * GitHub or GOV.UK). Loaded beside the first screen (preload.ts, and the prerender), out of the
 * shell's code. Leaves Shift alone: the quick-hide keys (quickHideKeys.ts) keep working, also on
 * keyboards where '/' needs Shift. */
export function SearchEntry() {
  useEffect(() => {
    const key = (e: KeyboardEvent) => {
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented || typing(e.target) || document.querySelector('dialog[open]')) return;
      // Not typed into the field that takes focus next (nor the browser's quick find).
      e.preventDefault();
      if (currentRoute().name === 'search') document.getElementById('search-q')?.focus();
      else {
        remember();
        navigate({ name: 'search' });
      }
    };
    addEventListener('keydown', key);
    return () => removeEventListener('keydown', key);
  }, []);
  return (
    <a class="page-header-search" href={href({ name: 'search' })} aria-keyshortcuts="/" onClick={remember}>
      {t('search.title')}
    </a>
  );
}

/** The pack the user is in, so its steps come first in the results. */
function remember() {
  const route = currentRoute();
  if (route.name !== 'search') rememberSearchFrom('pack' in route ? route.pack : undefined);
}

/** Whether a key press there types text: then '/' is a slash. */
function typing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT') return true;
  return target instanceof HTMLInputElement && !/^(checkbox|radio|button|submit|reset|range|color|file|image)$/.test(target.type);
}
