import { useEffect, useState } from 'preact/hooks';
import type { Locale } from '../content/schema';
import type { CompiledLines, Line } from '../content/lines-types';
import { loadLines } from '../content/lines-load';
import { formatDate } from '../i18n/format';
import { t } from '../i18n';
import { Heading } from './Heading';
import { LineCard } from './LineCard';

type State = { status: 'loading' } | { status: 'error' } | { status: 'ready'; data: CompiledLines };

/** Every national line: first those for every situation (Veilig Thuis), then per special route.
 * The first render (prerendered) needs no data; while the data loads or when it cannot, the
 * Veilig Thuis number is there anyway. */
export function LinesScreen({ lang }: { lang: Locale }) {
  const [state, setState] = useState<State>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    loadLines().then((data) => live && setState({ status: 'ready', data }), () => live && setState({ status: 'error' }));
    return () => { live = false; };
  }, []);
  return (
    <>
      <p class="eyebrow">{t('local.eyebrow')}</p>
      <Heading>{t('lines.title')}</Heading>
      <p class="lead">{t('lines.intro')}</p>
      <p><a class="help-112" href="tel:112">{t('help.call112Prefix')} {t('help.call112Short')}</a></p>
      {state.status !== 'ready' && (
        <>
          {state.status === 'loading' ? <p role="status">{t('lines.loading')}</p> : <p role="alert">{t('lines.error')}</p>}
          <p><a class="utrecht-button utrecht-button--secondary-action line-call" href="tel:08002000">{t('lines.fallback')}</a></p>
        </>
      )}
      {state.status === 'ready' && <LineGroups data={state.data} lang={lang} />}
    </>
  );
}

function LineGroups({ data, lang }: { data: CompiledLines; lang: Locale }) {
  const always = data.lines.filter((l) => l.always || l.routes.length === 0);
  const byRoute = data.routes
    .map((r) => ({ route: r, lines: data.lines.filter((l) => l.routes.includes(r.id)) }))
    .filter((g) => g.lines.length > 0);
  return (
    <>
      <section aria-labelledby="lines-always">
        <h2 id="lines-always">{t('lines.always')}</h2>
        {always.map((l) => <LineCard key={l.id} line={l} lang={lang} idPrefix="always" />)}
      </section>
      <section aria-labelledby="lines-situations">
        <h2 id="lines-situations">{t('lines.bySituation')}</h2>
        {byRoute.map(({ route, lines }) => (
          <section key={route.id} aria-labelledby={`lines-route-${route.id}`}>
            <h3 id={`lines-route-${route.id}`}>{route.title[lang] ?? route.title[data.defaultLocale]}</h3>
            {lines.map((l: Line) => <LineCard key={l.id} line={l} lang={lang} level={4} idPrefix={route.id} />)}
          </section>
        ))}
      </section>
      <section class="about" aria-labelledby="lines-about">
        <h2 id="lines-about">{t('lines.about')}</h2>
        <p>{t('lines.checked', { date: formatDate(data.reviewed, lang) })}</p>
        {data.review.length > 0 && (
          <>
            <h3>{t('lines.review')}</h3>
            <ul lang={data.defaultLocale}>{data.review.map((r, i) => <li key={i}>{r}</li>)}</ul>
          </>
        )}
      </section>
    </>
  );
}
