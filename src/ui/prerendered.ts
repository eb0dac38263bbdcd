/** What a visitor already typed or chose on the prerendered page, before the app took it over:
 * the app renders its own markup in place of that page, and would otherwise drop it. Read while
 * the app's first render runs, when that page is still in the document. */
export function prerenderedValue(selector: string): string | undefined {
  if (typeof document === 'undefined') return undefined;
  return document.querySelector<HTMLInputElement>(selector)?.value || undefined;
}
