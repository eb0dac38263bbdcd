import { formatDate } from '../i18n/format';
import type { CompiledRoute, Locale } from '../content/schema';
import { t } from '../i18n';
import { href } from '../routes';
import { Heading } from './Heading';
import { ContentStatus } from './ContentStatus';

/** A special route: what to do when the meldcode's afwegingskader is not the tool, per sector,
 * each section with the sources its claims come from. */
export function RouteScreen({ route, lang }: { route: CompiledRoute; lang: Locale }) {
  const text = route.text[lang] ?? route.text[route.defaultLocale];
  const sourceById = new Map(route.sources.map((s) => [s.id, s]));
  return (
    <div lang={route.locales.includes(lang) ? undefined : route.defaultLocale}>
      <Heading>{text.title}</Heading>
      <p class="lead">{text.intro}</p>
      <p><a class="help-112" href="tel:112">{t('help.call112')}</a></p>
      {route.sections.map((section) => {
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
      <p class="callout">{text.meldcode} <a href={href({ name: 'start' })}>{t('route.toMeldcode')}</a></p>
      <ContentStatus version={route.version} reviewed={route.reviewed} review={route.review} defaultLocale={route.defaultLocale} lang={lang} />
    </div>
  );
}
