import type { ComponentChildren } from 'preact';

/** The page title. Focusable (not tabbable) so the app can move focus here after navigation,
 * which makes screen readers start reading the new screen from its title. */
export function Heading({ children }: { children: ComponentChildren }) {
  return (
    <h1 id="page-title" tabIndex={-1}>
      {children}
    </h1>
  );
}
