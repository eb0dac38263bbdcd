import { useState } from 'preact/hooks';
import { formatDate } from '../i18n/format';
import { graphPosition, initialState, next } from '../meldcode/engine';
import type { CompiledRoute, Locale } from '../content/schema';
import type { KaderEvent, KaderState } from '../meldcode/types';
import { t } from '../i18n';
import { href } from '../routes';
import { Heading } from './Heading';
import { ContentStatus } from './ContentStatus';
import { RouteWalk } from './RouteWalk';
import { lazyComponent } from './lazy';

/** The national lines for this route: their own chunk and strings, quiet until they are there. */
const RouteLines = lazyComponent(() => import('./RouteLines').then((m) => m.RouteLines), { strings: ['local'], quiet: true });

/** The pack a route is opened from: its own sections come first, and the way back leads to it. */
export interface RoutePack {
  id: string;
  title: string;
  beroepsgroep: string;
}

/** The route's walk as the screen shows it: the answers so far and where they go. */
export interface RouteWalkProps {
  state: KaderState;
  saved: boolean;
  onEvent: (e: KaderEvent) => void;
}

/** A special route: what to do when the meldcode's afwegingskader is not the tool, or not the
 * tool alone, each section with the sources its claims come from. Opened from a pack, the sections
 * written for that beroepsgroep come first; once its walk has an outcome, the outcome's do. */
export function RouteScreen({ route, lang, pack, walk: saved, walkPending = false }: { route: CompiledRoute; lang: Locale; pack?: RoutePack; walk?: RouteWalkProps; walkPending?: boolean }) {
  const text = route.text[lang] ?? route.text[route.defaultLocale];
  // Without an open case the walk lives on this screen only.
  const [own, setOwn] = useState<KaderState | null>(null);
  const walk: RouteWalkProps | undefined = saved ?? (route.walk ? {
    state: own ?? initialState(route.walk),
    saved: false,
    onEvent: (e) => setOwn(next(route.walk!, own ?? initialState(route.walk!), e)),
  } : undefined);
  const sourceById = new Map(route.sources.map((s) => [s.id, s]));
  const pos = route.walk && walk ? graphPosition(route.walk, walk.state) : undefined;
  const outcome = pos?.finished ? route.walk!.nodes[pos.current] : undefined;
  const first = (outcome?.type === 'outcome' ? (outcome as { sections?: string[] }).sections : undefined) ?? [];
  const rank = (s: CompiledRoute['sections'][number]) => {
    const i = first.indexOf(s.id);
    if (i >= 0) return i;
    return pack && s.for?.includes(pack.beroepsgroep as never) ? first.length : first.length + 1;
  };
  // Stable: sections of equal rank keep the route's own order.
  const sections = route.sections.map((s, i) => ({ s, i })).sort((a, b) => rank(a.s) - rank(b.s) || a.i - b.i).map(({ s }) => s);
  return (
    <div lang={route.locales.includes(lang) ? undefined : route.defaultLocale}>
      <Heading>{text.title}</Heading>
      <p class="lead">{text.intro}</p>
      <p><a class="help-112" href="tel:112">{t('help.call112')}</a></p>
      {route.walk && text.walk && walk && <RouteWalk walk={route.walk} words={text.walk} state={walk.state} saved={walk.saved} pending={walkPending} onEvent={walk.onEvent} />}
      {sections.map((section) => {
        const words = text.sections[section.id]!;
        const id = `route-${section.id}`;
        return (
          <section key={section.id} class="route-section" aria-labelledby={id}>
            <h2 id={id}>{words.title}</h2>
            <ul>{words.items.map((item, i) => <li key={i}>{item}</li>)}</ul>
            <details>
              <summary>{t('route.sources', { count: section.sources.length })}<span class="visually-hidden"> ({words.title})</span></summary>
              <ul class="small">
                {section.sources.map((sid) => {
                  const s = sourceById.get(sid)!;
                  return (
                    <li key={sid}>
                      <a href={s.url} rel="noopener noreferrer" target="_blank">{s.title}<span class="visually-hidden"> {t('help.newWindow')}</span></a> ({formatDate(s.date, lang)})
                    </li>
                  );
                })}
              </ul>
            </details>
          </section>
        );
      })}
      <RouteLines route={route.id} lang={lang} />
      <p class="callout">
        {text.meldcode}{' '}
        {pack ? <a href={href({ name: 'pack', pack: pack.id })}>{t('route.toPack', { title: pack.title })}</a> : <a href={href({ name: 'start' })}>{t('route.toMeldcode')}</a>}
      </p>
      <ContentStatus version={route.version} reviewed={route.reviewed} review={route.review} defaultLocale={route.defaultLocale} lang={lang} />
    </div>
  );
}
