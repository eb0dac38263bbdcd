import type { Locale } from '../content/schema';
import type { CompiledRegion, RegionSummary } from '../content/region-pack';
import { t } from '../i18n';
import { formatDate } from '../i18n/format';
import { href } from '../routes';
import { Heading } from './Heading';
import { EntryBody, kindLabel, sourceLine, useRegion, useRegionList } from './RegionParts';

/** /regio/<id>/: a region's whole sociale kaart, named and dated by the document it comes from,
 * with what is still to be checked. An unknown id offers the regions that have a kaart. */
export function RegionScreen({ region: id, lang }: { region: string; lang: Locale }) {
  const list = useRegionList();
  const known = list?.some((r) => r.id === id);
  const region = useRegion(known ? id : null);
  if (list === null || region === null) return <Frame><p class="error" role="alert">{t('region.loadError')}</p></Frame>;
  if (list && !known) return <Unknown list={list} lang={lang} />;
  if (!list || !region) return <Frame><p role="status">{t('region.loading')}</p></Frame>;
  return <Kaart region={region} list={list} lang={lang} />;
}

function Frame({ children }: { children: preact.ComponentChildren }) {
  return (
    <>
      <p class="eyebrow">{t('local.eyebrow')}</p>
      <Heading>{t('region.title')}</Heading>
      {children}
    </>
  );
}

export function RegionList({ list, lang, except, title }: { list: RegionSummary[]; lang: Locale; except?: string; title: string }) {
  const shown = list.filter((r) => r.id !== except);
  if (shown.length === 0) return null;
  return (
    <section aria-labelledby="region-list">
      <h2 id="region-list">{title}</h2>
      <ul>{shown.map((r) => <li key={r.id}><a href={href({ name: 'region', region: r.id })}>{r.title[lang]}</a></li>)}</ul>
    </section>
  );
}

function Unknown({ list, lang }: { list: RegionSummary[]; lang: Locale }) {
  return (
    <>
      <p class="eyebrow">{t('local.eyebrow')}</p>
      <Heading>{t('region.notFoundTitle')}</Heading>
      <p>{t('region.notFoundText')}</p>
      <RegionList list={list} lang={lang} title={t('region.listTitle')} />
      <p><a href={href({ name: 'veiligThuis' })}>{t('region.toFinder')}</a></p>
    </>
  );
}

function Kaart({ region, list, lang }: { region: CompiledRegion; list: RegionSummary[]; lang: Locale }) {
  const text = region.text[lang];
  return (
    <>
      <p class="eyebrow">{t('local.eyebrow')}</p>
      <Heading>{t('region.titleOf', { title: text.title })}</Heading>
      <p class="lead">{text.intro}</p>
      <div class="callout">
        <p>{sourceLine(region, lang)}</p>
        <p>{t('region.sourceAge', { date: formatDate(region.reviewed, lang) })}</p>
      </div>
      <h2>{t('region.entriesTitle')}</h2>
      {region.entries.map((entry) => {
        const headingId = `region-${entry.id}`;
        return (
          <section key={entry.id} class="route-section" aria-labelledby={headingId}>
            <p class="eyebrow">{kindLabel(entry.kind)} · {entry.steps.map((s) => (s === 2 ? t('region.forStep2') : t('region.forStep5'))).join(' · ')}</p>
            <h3 id={headingId}>{text.entries[entry.id]!.name}</h3>
            <EntryBody region={region} entry={entry} lang={lang} />
            <details>
              <summary>{t('region.entrySources')}<span class="visually-hidden"> ({text.entries[entry.id]!.name})</span></summary>
              <ul class="small">{entry.sources.map((s, i) => <li key={i}>{s.at}</li>)}</ul>
            </details>
          </section>
        );
      })}
      <section class="callout" aria-labelledby="region-review">
        <h2 id="region-review">{t('region.reviewTitle')}</h2>
        <ul>{text.review.map((point, i) => <li key={i}>{point}</li>)}</ul>
      </section>
      <ul class="actions">
        <li><a href={href({ name: 'veiligThuis' })}>{t('region.toFinder')}</a></li>
        <li><a href={href({ name: 'lines' })}>{t('region.toLines')}</a></li>
      </ul>
      <RegionList list={list} lang={lang} except={region.id} title={t('region.otherRegions')} />
    </>
  );
}
