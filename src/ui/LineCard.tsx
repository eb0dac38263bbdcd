import type { Locale } from '../content/schema';
import type { Line } from '../content/lines-types';
import { formatDate } from '../i18n/format';
import { t } from '../i18n';

/** One national line: what it is for, tap to call, when, who may call, its website, and where we
 * know it from with the day it was checked. Review points show open: they are why to double-check. */
export function LineCard({ line, lang, level = 3, idPrefix = 'line' }: { line: Line; lang: Locale; level?: 3 | 4; idPrefix?: string }) {
  const text = line.text[lang];
  const H = level === 3 ? 'h3' : 'h4';
  const id = `${idPrefix}-${line.id}`;
  return (
    <article class="line-card" aria-labelledby={id}>
      <H id={id}>{text.name}</H>
      <p>{text.for}</p>
      {line.phones.map((p) => (
        <p key={p.tel}>
          <a class="utrecht-button utrecht-button--secondary-action line-call" href={`tel:${p.tel}`}>
            {t('lines.call', { number: p.number })}<span class="visually-hidden"> ({text.name})</span>
          </a>
        </p>
      ))}
      <dl class="line-facts">
        {line.kind !== 'web' && (
          <>
            <dt>{t('lines.hours')}</dt>
            <dd>{line.allDay ? t('lines.allDay') : text.hours}{line.free ? ` ${t('lines.free')}` : ''}</dd>
          </>
        )}
        <dt>{t('lines.callers')}</dt>
        <dd>{callers(line.callers)}</dd>
        {line.kind === 'web' && line.phones.length === 0 && (
          <>
            <dt>{t('lines.phone')}</dt>
            <dd>{t('lines.noNumber')}</dd>
          </>
        )}
      </dl>
      {text.note && <p class="line-note">{text.note}</p>}
      <p>
        <a href={line.website} rel="noopener noreferrer" target="_blank">
          {line.kind === 'chat' ? t('lines.openChat') : t('lines.website', { name: text.name })}
          <span class="visually-hidden"> {t('help.newWindow')}</span>
        </a>
      </p>
      <details>
        <summary>{t('lines.sources', { count: line.sources.length, date: formatDate(line.reviewed, lang) })}<span class="visually-hidden"> ({text.name})</span></summary>
        <ul class="small">
          {line.sources.map((s) => (
            <li key={s.url}>
              <a href={s.url} rel="noopener noreferrer" target="_blank">{s.title}<span class="visually-hidden"> {t('help.newWindow')}</span></a> ({formatDate(s.date, lang)})
            </li>
          ))}
        </ul>
      </details>
      {line.review.length > 0 && (
        <div class="line-review">
          <p class="small"><strong>{t('lines.review')}</strong></p>
          <ul class="small" lang="nl">{line.review.map((r, i) => <li key={i}>{r}</li>)}</ul>
        </div>
      )}
    </article>
  );
}

/** Literal keys, so the strings test sees each one used. */
function callers(who: Line['callers']): string {
  switch (who) {
    case 'anyone': return t('lines.callers.anyone');
    case 'professionals': return t('lines.callers.professionals');
    case 'doctors': return t('lines.callers.doctors');
    case 'police': return t('lines.callers.police');
  }
}
