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
    // On a narrow phone only the magnifier shows (the word stays the link's name): the open pack's
    // name beside it needs the room.
    <a class="page-header-search" href={href({ name: 'search' })} aria-keyshortcuts="/" onClick={remember}>
      <svg aria-hidden="true" width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round">
        <circle cx="10" cy="10" r="6.5" />
        <path d="M15 15l6 6" />
      </svg>
      <span class="page-header-search-text">{t('search.title')}</span>
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
