/** What a visitor already typed or chose on the prerendered page, before the app took it over:
 * the app renders its own markup in place of that page (and maybe a loading state first), so it
 * would otherwise drop it. main.tsx keeps a copy of the page just before the app's first render
 * (a clone keeps the fields' current values); screens read their first values from it, until the
 * first navigation. */
let page: Element | null = null;

export function keepPrerendered() {
  page = document.getElementById('app')?.cloneNode(true) as Element | null;
}

export function forgetPrerendered() {
  page = null;
}

export function prerenderedValue(selector: string): string | undefined {
  return page?.querySelector<HTMLInputElement>(selector)?.value || undefined;
}
