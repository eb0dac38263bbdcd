import { version } from '../../package.json';
import type { Locale, PackSummary } from '../content/schema';
import { t } from '../i18n';
import { href } from '../routes';
import { REVIEW_ID } from './ContentStatus';
import { Heading } from './Heading';

export type InfoPage = 'about' | 'privacy' | 'accessibility';

/** The three pages a user (or their organisation) checks before trusting the app: what it is and
 * who keeps it, the privacy statement and the accessibility statement. Part of the app, so they
 * work offline too. The version comes from package.json (only that field is bundled). */
export function InfoScreen({ page, packs, lang }: { page: InfoPage; packs: PackSummary[] | undefined; lang: Locale }) {
  return (
    <>
      <p class="eyebrow">{t('info.eyebrow')}</p>
      {page === 'about' ? <About packs={packs} lang={lang} /> : page === 'privacy' ? <Privacy /> : <Accessibility />}
    </>
  );
}

function About({ packs, lang }: { packs: PackSummary[] | undefined; lang: Locale }) {
  return (
    <>
      <Heading>{t('over.title')}</Heading>
      <h2>{t('over.what')}</h2>
      <p>{t('over.whatText')}</p>
      <h2>{t('over.not')}</h2>
      <ul>
        <li>{t('over.notDecide')}</li>
        <li>{t('over.notScore')}</li>
        <li>{t('over.notServer')}</li>
        <li>{t('over.notFile')}</li>
      </ul>
      <h2>{t('over.content')}</h2>
      <p>{t('over.contentText')}</p>
      <p class="callout">{t('over.contentReview')}</p>
      <p><a href={href({ name: 'verantwoording' })}>{t('over.verantwoordingLink')}</a></p>
      {packs && packs.length > 0 && (
        <ul>
          {packs.map((p) => (
            <li key={p.id}><a href={`${href({ name: 'pack', pack: p.id })}#${REVIEW_ID}`}>{t('over.contentLink', { title: p.title[lang] })}</a></li>
          ))}
        </ul>
      )}
      <h2>{t('over.maintainer')}</h2>
      <p>{t('over.maintainerText')}</p>
      <p>{t('over.version', { version })}</p>
    </>
  );
}

function Privacy() {
  return (
    <>
      <Heading>{t('privacy.title')}</Heading>
      <p class="lead">{t('privacy.intro')}</p>
      <h2>{t('privacy.where')}</h2>
      <p>{t('privacy.whereText')}</p>
      <h2>{t('privacy.none')}</h2>
      <p>{t('privacy.noneText')}</p>
      <h2>{t('privacy.host')}</h2>
      <p>{t('privacy.hostText')}</p>
      <h2>{t('privacy.yours')}</h2>
      <p>{t('privacy.yoursText')}</p>
      <h2>{t('privacy.delete')}</h2>
      <p>{t('privacy.deleteText')} <a href={href({ name: 'data' })}>{t('privacy.dataLink')}</a></p>
    </>
  );
}

function Accessibility() {
  return (
    <>
      <Heading>{t('a11y.title')}</Heading>
      <p class="lead">{t('a11y.intro')}</p>
      <p class="callout">{t('a11y.statusReview')}</p>
      <h2>{t('a11y.target')}</h2>
      <p>{t('a11y.targetText')}</p>
      <h2>{t('a11y.tested')}</h2>
      <p>{t('a11y.testedText')}</p>
      <h2>{t('a11y.limits')}</h2>
      <ul>
        <li>{t('a11y.limitReaders')}</li>
        <li>{t('a11y.limitBrowsers')}</li>
        <li>{t('a11y.limitSaving')}</li>
        <li>{t('a11y.limitNoScript')}</li>
      </ul>
      <h2>{t('a11y.report')}</h2>
      <p>{t('a11y.reportText')}</p>
    </>
  );
}
