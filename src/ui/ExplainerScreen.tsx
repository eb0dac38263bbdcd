import type { Locale } from '../content/schema';
import { t } from '../i18n';
import { formatDate } from '../i18n/format';
import { loadExplainer } from '../practice/load-explainers';
import type { Explainer, PracticeSource } from '../practice/types';
import { href } from '../routes';
import { Heading } from './Heading';
import { useLoaded } from './ExplainerLoad';
import { NotFound } from './NotFound';

/** /oefenen/uitleg/<id>/: an explainer for the training, section by section, each with the
 * sources it rests on, and what an expert must still check. */
export function ExplainerScreen({ explainer: id, lang }: { explainer: string; lang: Locale }) {
  const explainer = useLoaded(id, loadExplainer);
  if (explainer === 'missing') return <NotFound />;
  if (explainer === 'error' || explainer === undefined) {
    return (
      <>
        <p class="eyebrow">{t('explainer.eyebrow')}</p>
        <Heading>{t('explainer.eyebrow')}</Heading>
        <p role={explainer === 'error' ? 'alert' : 'status'}>{explainer === 'error' ? t('explainer.loadError') : t('explainer.loading')}</p>
      </>
    );
  }
  return <ExplainerBody explainer={explainer} lang={lang} />;
}

export function ExplainerBody({ explainer, lang }: { explainer: Explainer; lang: Locale }) {
  const text = explainer.text[lang];
  const review = explainer.review[lang];
  const byId = new Map(explainer.sources.map((s) => [s.id, s]));
  return (
    <>
      <p class="eyebrow">{t('explainer.eyebrow')}</p>
      <Heading>{text.title}</Heading>
      <p class="lead">{text.summary}</p>
      {text.sections.map((section, i) => {
        const headingId = `explainer-section-${i}`;
        return (
          <section key={i} class="route-section" aria-labelledby={headingId}>
            <h2 id={headingId}>{section.title}</h2>
            {section.paragraphs.map((p, j) => <p key={j}>{p}</p>)}
            <p class="small">
              <span class="visually-hidden">{t('explainer.sourcesOf', { title: section.title })}: </span>
              <span aria-hidden="true">{t('explainer.sources')}: </span>
              {section.sources.map((id, k) => {
                const s = byId.get(id);
                return s ? <span key={id}>{k > 0 && '; '}<SourceLink source={s} lang={lang} /></span> : null;
              })}
            </p>
          </section>
        );
      })}
      {review.length > 0 && (
        <section class="callout" aria-labelledby="explainer-review">
          <h2 id="explainer-review">{t('explainer.reviewTitle')}</h2>
          <ul>{review.map((point, i) => <li key={i}>{point}</li>)}</ul>
        </section>
      )}
      <details>
        <summary>{t('explainer.allSources')}</summary>
        <ul class="small">{explainer.sources.map((s) => <li key={s.id}><SourceLink source={s} lang={lang} /></li>)}</ul>
      </details>
      <p class="small">{t('explainer.reviewed', { date: formatDate(explainer.reviewed, lang), version: explainer.version })}</p>
      <ul class="actions">
        <li><a href={href({ name: 'practiceList' })}>{t('explainer.toList')}</a></li>
      </ul>
    </>
  );
}

export function SourceLink({ source, lang }: { source: PracticeSource; lang: Locale }) {
  return <><a href={source.url} rel="noopener noreferrer">{source.title}</a> ({formatDate(source.date, lang)})</>;
}
