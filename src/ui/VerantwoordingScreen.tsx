import type { Accountable, Locale, Verantwoording } from '../content/schema';
import { formatDate } from '../i18n/format';
import { t } from '../i18n';
import { href } from '../routes';
import { Heading } from './Heading';

/** Every pack and special route on one page, with what a professional (or their organisation)
 * checks before trusting it: version, check date, sources, open review points and changes.
 * Offline too: the data is one precached file; links to sources say they need internet. */
export function VerantwoordingScreen({ all, lang }: { all: Verantwoording; lang: Locale }) {
  return (
    <>
      <p class="eyebrow">{t('info.eyebrow')}</p>
      <Heading>{t('verantwoording.title')}</Heading>
      <p class="lead">{t('verantwoording.intro')}</p>
      {all.packs.map((p) => <Entry key={`pack-${p.id}`} kind="pack" item={p} lang={lang} />)}
      {all.routes.map((r) => <Entry key={`route-${r.id}`} kind="route" item={r} lang={lang} />)}
    </>
  );
}

function Entry({ kind, item, lang }: { kind: 'pack' | 'route'; item: Accountable; lang: Locale }) {
  const id = `${kind}-${item.id}`;
  const title = item.title[lang] || item.title[item.defaultLocale];
  // Sources, review points and changes are written once, in the content's own language.
  const other = item.defaultLocale !== lang ? item.defaultLocale : undefined;
  const [latest, ...older] = item.changelog;
  return (
    <section class="about" aria-labelledby={id}>
      <h2 id={id}>{kind === 'pack' ? t('verantwoording.pack', { title }) : t('verantwoording.route', { title })}</h2>
      <p>{t('verantwoording.version', { version: item.version, date: formatDate(item.reviewed, lang) })}</p>
      <p>
        {kind === 'pack'
          ? <a href={href({ name: 'pack', pack: item.id })}>{t('verantwoording.openPack', { title })}</a>
          : <a href={href({ name: 'route', route: item.id })}>{t('verantwoording.openRoute', { title })}</a>}
      </p>
      {other && <p class="small">{t('verantwoording.inDutch')}</p>}

      <h3>{t('verantwoording.sources', { count: item.sources.length })}</h3>
      <ul class="utrecht-link-list utrecht-link-list--html-ul" lang={other}>
        {item.sources.map((s) => (
          <li key={s.url} class="utrecht-link-list__item">
            <a class="utrecht-link-list__link utrecht-link" href={s.url} rel="noopener noreferrer" target="_blank">{s.title}<span class="visually-hidden" lang={lang}> {t('help.newWindow')}</span></a> ({formatDate(s.date, lang)})
          </li>
        ))}
      </ul>

      <h3>{t('verantwoording.review')}</h3>
      {item.review.length > 0 ? <ul lang={other}>{item.review.map((r, i) => <li key={i}>{r}</li>)}</ul> : <p>{t('verantwoording.noReview')}</p>}

      <h3>{t('verantwoording.changes')}</h3>
      {latest ? <Changes entry={latest} lang={lang} other={other} /> : <p>{t('verantwoording.noChanges')}</p>}
      {/* Older versions fold away: a long changelog would bury the next pack. */}
      {older.length > 0 && (
        <details>
          <summary>{t('verantwoording.older', { count: older.length })}<span class="visually-hidden"> ({title})</span></summary>
          {older.map((entry) => <Changes key={entry.version} entry={entry} lang={lang} other={other} />)}
        </details>
      )}
    </section>
  );
}

function Changes({ entry, lang, other }: { entry: Accountable['changelog'][number]; lang: Locale; other: Locale | undefined }) {
  return (
    <>
      <h4>{t('verantwoording.changesIn', { version: entry.version, date: formatDate(entry.date, lang) })}</h4>
      <ul lang={other}>{entry.changes.map((c, i) => <li key={i}>{c}</li>)}</ul>
    </>
  );
}
