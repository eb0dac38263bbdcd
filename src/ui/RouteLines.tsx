import { useEffect, useState } from 'preact/hooks';
import type { Locale } from '../content/schema';
import type { Line } from '../content/lines-types';
import { loadLines } from '../content/lines-load';
import { href } from '../routes';
import { t } from '../i18n';
import { LineCard } from './LineCard';

/** On a special route's screen: the national lines for that situation. Loaded after the route
 * (lazily, with the 'local' strings); nothing shows while loading, when it fails, or when the
 * route has no lines of its own — the route's text already names Veilig Thuis. */
export function RouteLines({ route, lang }: { route: string; lang: Locale }) {
  const [lines, setLines] = useState<Line[] | null>(null);
  useEffect(() => {
    let live = true;
    loadLines().then((d) => live && setLines(d.lines.filter((l) => l.routes.includes(route))), () => undefined);
    return () => { live = false; };
  }, [route]);
  if (!lines || lines.length === 0) return null;
  return (
    <section class="route-lines" aria-labelledby="route-lines">
      <h2 id="route-lines">{t('lines.forRoute')}</h2>
      {lines.map((l) => <LineCard key={l.id} line={l} lang={lang} idPrefix="route-line" />)}
      <p><a href={href({ name: 'lines' })}>{t('lines.all')}</a></p>
    </section>
  );
}
