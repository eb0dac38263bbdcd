import type { ComponentChildren } from 'preact';

/** Late news (ready for offline use, a new version) goes after the screen's content, in the
 * page's own flow: nothing above it moves when it arrives, and it never lies over a control or
 * the main action. A fixed overlay did both: it covered controls, and scrolling a focused control
 * clear of it moved buttons out from under the pointer between mouse-down and mouse-up, so
 * clicks were lost. Each message is a live region of its own, so screen readers still hear it. */
export function Toasts({ children }: { children: ComponentChildren }) {
  return <div class="toasts">{children}</div>;
}
