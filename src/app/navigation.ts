import { base, href, routeOf, type Route } from '../routes';

const NAVIGATED = 'meldwijzer:navigated';

export function currentRoute(): Route {
  return routeOf(location);
}

/** Shows another screen without loading a new page: a page load would forget the unlocked key
 * and any typing not yet saved. */
export function navigate(to: Route | string, { replace = false, node }: { replace?: boolean; node?: string } = {}) {
  const url = typeof to === 'string' ? to : href(to);
  // Which node a shared address (a waypoint's) means, kept in the entry, never in the address.
  const state = node ? { node } : null;
  if (replace) history.replaceState(state, '', url);
  else history.pushState(state, '', url);
  dispatchEvent(new Event(NAVIGATED));
}

/** The node the current history entry names, if any (see `navigate`). */
export function namedNode(): unknown {
  return (history.state as { node?: unknown } | null)?.node;
}

/** The address a click on a link of this app should navigate to in-page, if any. Other sites,
 * downloads, new tabs and jumps within the page keep the browser's own behaviour. */
export function inAppTarget(event: MouseEvent): string | undefined {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return undefined;
  const link = (event.target as Element | null)?.closest?.('a');
  if (!link || link.target || link.hasAttribute('download') || !link.href) return undefined;
  const url = new URL(link.href);
  if (url.origin !== location.origin || !url.pathname.startsWith(base())) return undefined;
  if (url.pathname === location.pathname && url.hash) return undefined;
  // The hash goes along: a link may point at a part of the next screen (see Heading's takeFocus).
  return url.pathname + url.search + url.hash;
}

/** Calls back on every change of screen: links, `navigate`, and the browser's back and forward. */
export function onNavigation(callback: () => void): () => void {
  const click = (event: MouseEvent) => {
    const target = inAppTarget(event);
    if (target === undefined) return;
    event.preventDefault();
    const node = (event.target as Element).closest('a')?.dataset.node;
    if (target !== location.pathname + location.search + location.hash || node !== namedNode()) navigate(target, { node });
  };
  document.addEventListener('click', click);
  addEventListener('popstate', callback);
  addEventListener(NAVIGATED, callback);
  return () => {
    document.removeEventListener('click', click);
    removeEventListener('popstate', callback);
    removeEventListener(NAVIGATED, callback);
  };
}
