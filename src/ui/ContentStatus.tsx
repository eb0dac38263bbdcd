import type { ComponentChildren } from 'preact';
import { formatDate } from '../i18n/format';
import type { Locale } from '../content/schema';
import { t } from '../i18n';

/** Where content comes from and how fresh it is, for a pack or a special route: professionals
 * must be able to check it. `children` adds what the content has besides (changes, sources). */
export function ContentStatus({ version, reviewed, review, defaultLocale, lang, children }: {
  version: string; reviewed: string; review: string[]; defaultLocale: Locale; lang: Locale; children?: ComponentChildren;
}) {
  return (
    <section class="about" aria-labelledby="about">
      <h2 id="about">{t('pack.about')}</h2>
      <p>{t('pack.version', { version, date: formatDate(reviewed, lang) })}</p>
      {review.length > 0 && (
        <details>
          <summary>{t('pack.review')}</summary>
          <ul lang={defaultLocale}>{review.map((r, i) => <li key={i}>{r}</li>)}</ul>
        </details>
      )}
      {children}
    </section>
  );
}
