import type { ComponentChildren } from 'preact';
import { formatDate } from '../i18n/format';
import type { Locale } from '../content/schema';
import { t } from '../i18n';

/** The id of a pack's list of open review points, which the phase banner and the about page link to. */
export const REVIEW_ID = 'controlepunten';

/** Where content comes from and how fresh it is, for a pack or a special route: professionals
 * must be able to check it. `children` adds what the content has besides (changes, sources). */
export function ContentStatus({ version, reviewed, review, defaultLocale, lang, children }: {
  version: string; reviewed: string; review: string[]; defaultLocale: Locale; lang: Locale; children?: ComponentChildren;
}) {
  return (
    <section class="about" aria-labelledby="about">
      <h2 id="about">{t('pack.about')}</h2>
      <p>{t('pack.version', { version, date: formatDate(reviewed, lang) })}</p>
      {/* Open, not in a disclosure: the phase banner links here, and the points are why it shows. */}
      {review.length > 0 && (
        <>
          <h3 id={REVIEW_ID} tabIndex={-1}>{t('pack.review')}</h3>
          <ul lang={defaultLocale}>{review.map((r, i) => <li key={i}>{r}</li>)}</ul>
        </>
      )}
      {children}
    </section>
  );
}
