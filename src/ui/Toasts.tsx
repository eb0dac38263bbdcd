import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

const GAP = 16;

/** Messages fixed at the bottom of the screen, so that late news never pushes the page around.
 * While one shows, the page gets room below it, and a control that receives focus under it is
 * scrolled clear: browsers only scroll a focused control into view when it is off screen, not when
 * it is hidden behind something (WCAG 2.4.11). */
export function Toasts({ children }: { children: ComponentChildren }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const box = ref.current;
    if (!box || typeof ResizeObserver === 'undefined') return;
    const room = () => { document.body.style.paddingBottom = box.childElementCount > 0 ? `${box.offsetHeight + GAP}px` : ''; };
    const clear = (event: FocusEvent) => {
      const target = event.target as Element | null;
      if (!target?.getBoundingClientRect || box.childElementCount === 0 || box.contains(target)) return;
      // After the browser's own scrolling to the control, which follows this event.
      queueMicrotask(() => {
        const hidden = target.getBoundingClientRect().bottom - box.getBoundingClientRect().top + GAP;
        if (hidden > 0) scrollBy(0, hidden);
      });
    };
    const resize = new ResizeObserver(room);
    resize.observe(box);
    document.addEventListener('focusin', clear);
    return () => {
      resize.disconnect();
      document.removeEventListener('focusin', clear);
      document.body.style.paddingBottom = '';
    };
  }, []);
  return <div class="toasts" ref={ref}>{children}</div>;
}
