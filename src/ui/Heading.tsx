import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

// Set by the app on navigation; the next page title that mounts takes focus. Living here, not
// in the app, makes it work for screens whose code loads after the navigation.
let focusPending = false;

export function requestHeadingFocus() {
  focusPending = true;
  const current = document.getElementById('page-title');
  if (current) takeFocus(current);
}

function takeFocus(el: HTMLElement) {
  focusPending = false;
  // A link to a part of the new screen (e.g. a pack's review points) lands there instead.
  const part = location.hash.length > 1 ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  if (part?.tabIndex === -1) {
    part.focus();
    return;
  }
  el.focus();
  scrollTo(0, 0);
}

/** What the browser tab says for a screen with this title. Also used for prerendered pages. */
export function pageTitle(title: string | null | undefined): string {
  return title && title !== 'Meldwijzer' ? `${title} — Meldwijzer` : 'Meldwijzer';
}

/** The page title. Focusable (not tabbable), so after navigation keyboard and screen-reader
 * users start at the top of the new screen. Also names the browser tab: `documentTitle`
 * replaces the visible text where that would reveal something about a case. */
export function Heading({ children, documentTitle }: { children: ComponentChildren; documentTitle?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const title = documentTitle ?? ref.current?.textContent;
    document.title = pageTitle(title);
    if (focusPending && ref.current) takeFocus(ref.current);
  });
  return (
    <h1 id="page-title" tabIndex={-1} ref={ref}>
      {children}
    </h1>
  );
}
