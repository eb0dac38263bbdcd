import { useEffect, useRef } from 'preact/hooks';
import { t } from '../i18n';

/**
 * GOV.UK's error summary: at the top of the screen, focused when it appears (so a screen reader
 * reads it and a phone scrolls to it), one link per problem that puts focus on the field itself
 * and brings the field's question into view, rather than jumping to the link's target.
 */
export function ErrorSummary({ errors }: { errors: { text: string; field: string; scrollTo?: string }[] }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => { ref.current?.focus(); }, []);
  const go = (e: Event, field: string, scrollTo?: string) => {
    const input = document.getElementById(field);
    if (!input) return;
    e.preventDefault();
    // The question over the field, as GOV.UK does: the field alone would hide what it asks.
    (scrollTo ? document.getElementById(scrollTo) : input)?.scrollIntoView();
    input.focus({ preventScroll: true });
  };
  return (
    <div class="error-summary" ref={ref} tabIndex={-1}>
      <div role="alert">
        <h2 class="error-summary-title">{t('kader.errorSummaryTitle')}</h2>
        <ul class="error-summary-list">
          {errors.map((e) => (
            <li key={e.field}><a href={`#${e.field}`} onClick={(ev) => go(ev, e.field, e.scrollTo)}>{e.text}</a></li>
          ))}
        </ul>
      </div>
    </div>
  );
}
