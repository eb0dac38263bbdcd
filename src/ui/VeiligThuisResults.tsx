import { Component } from 'preact';
import { useMemo } from 'preact/hooks';
import type { Locale } from '../content/schema';
import { MAX_RESULTS, normalise, type Found, type FinderResult } from '../directory/find';
import type { Directory } from '../directory/types';
import { formatDate } from '../i18n/format';
import { t } from '../i18n';
import { RegionSuggestion } from './RegionSuggestion';

/** What the finder found, under the search field: one status line (read out as it changes) and
 * a card per gemeente. Whenever there is no gemeente, the national number is the answer. */
export function VeiligThuisResults({ result, directory, lang, onSearchByName }: { result: FinderResult; directory: Directory; lang: Locale; onSearchByName: () => void }) {
  const sources = useMemo(() => <DataSources directory={directory} lang={lang} />, [directory, lang]);
  const list = (found: Found[]) => <ul class="cards">{found.map((f) => <li key={f.gemeente.code}><SameCard found={f} lang={lang} /></li>)}</ul>;
  return (
    <>
      <p role="status" aria-live="polite" aria-atomic="true" class="finder-status">{status(result)}</p>
      <div id="finder-results">
        {result.kind === 'names' && (
          <>
            {result.match === 'close' && <p>{t('finder.closeIntro')}</p>}
            {list(result.gemeenten)}
            {result.former.map((f) => (
              <section key={f.name} aria-labelledby={`former-${normalise(f.name)}`}>
                <h2 id={`former-${normalise(f.name)}`}>{f.name}</h2>
                <p class="callout">
                  {f.successors.length === 1
                    ? t('finder.formerOne', { name: f.name, date: formatDate(f.until, lang), to: f.successors[0]!.gemeente.name })
                    : t('finder.formerSplit', { name: f.name, date: formatDate(f.until, lang), to: joinNames(f.successors.map((s) => s.gemeente.name), lang) })}
                </p>
                {list(f.successors)}
              </section>
            ))}
            {result.total > MAX_RESULTS && <p>{t('finder.more')}</p>}
          </>
        )}
        {result.kind === 'postcode' && list(result.gemeenten)}
        {(result.kind === 'postcodeUnknown' || result.kind === 'postcodeUnavailable') && (
          <button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={onSearchByName}>{t('finder.searchByName')}</button>
        )}
        {result.kind === 'none' && <NationalCard />}
      </div>
      {sources}
    </>
  );
}

/** Where the data comes from: the same on every keystroke, so made once (dates are slow to format). */
function DataSources({ directory, lang }: { directory: Directory; lang: Locale }) {
  return (
    <p class="small">
      {Object.values(directory.sources).map((s) => (
        <span key={s.url}>{t('finder.dataSource', { title: s.title, date: formatDate(s.date, lang) })} </span>
      ))}
    </p>
  );
}

function status(result: FinderResult): string {
  switch (result.kind) {
    case 'empty': return '';
    case 'names': return result.match === 'close' ? t('finder.statusClose', { count: result.total }) : t('finder.statusFound', { count: result.total });
    case 'none': return t('finder.statusNone');
    case 'postcode': return result.gemeenten.length > 1
      ? t('finder.statusPostcodeSeveral', { postcode: result.postcode, count: result.gemeenten.length })
      : t('finder.statusPostcode', { postcode: result.postcode });
    case 'postcodeUnknown': return t('finder.statusPostcodeUnknown', { postcode: result.postcode });
    case 'postcodeUnavailable': return t('finder.statusPostcodeUnavailable');
    case 'postcodeIncomplete': return t('finder.statusPostcodeIncomplete');
    default: return result satisfies never;
  }
}

function joinNames(names: string[], lang: Locale): string {
  return new Intl.ListFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { type: 'conjunction' }).format(names);
}

/** A gemeente's card, not rendered again while the next letter typed still finds it (most
 * letters do): a card is a dozen translated lines, and rendering them all again was most of a
 * keystroke. */
class SameCard extends Component<{ found: Found; lang: Locale }> {
  override shouldComponentUpdate(next: { found: Found; lang: Locale }) {
    const { found, lang } = this.props;
    return next.lang !== lang || next.found.gemeente.code !== found.gemeente.code || next.found.alias !== found.alias || next.found.region?.code !== found.region?.code;
  }

  override render() {
    return <VeiligThuisCard found={this.props.found} lang={this.props.lang} />;
  }
}

/** One gemeente: its Veilig Thuis, the website, the number to call, where that comes from. */
function VeiligThuisCard({ found, lang }: { found: Found; lang: Locale }) {
  const { gemeente, region, alias } = found;
  return (
    <article class="card" aria-labelledby={`gm-${gemeente.code}`}>
      <h2 id={`gm-${gemeente.code}`} class="finder-name">
        {alias ? t('finder.alias', { alias, name: gemeente.name }) : gemeente.name}
      </h2>
      {region ? (
        <>
          <p>{t('finder.responsible')} <strong>{region.name}</strong></p>
          {region.website && (
            <p>
              <a href={region.website} target="_blank" rel="noopener noreferrer">
                {t('finder.website', { name: region.name })}
                <span class="visually-hidden"> {t('help.newWindow')}</span>
              </a>
            </p>
          )}
          {region.phone ? (
            <p>{t('finder.phone')} <a href={`tel:${region.phone.replace(/\D/g, '')}`} class="nowrap">{region.phone}</a></p>
          ) : (
            <p>{t('finder.noPhone')} <a href="tel:08002000" class="nowrap">0800-2000</a></p>
          )}
          {region.source && (
            <p class="small">
              {t('finder.rowSource')}{' '}
              <a href={region.source} target="_blank" rel="noopener noreferrer">
                {hostOf(region.source)}
                <span class="visually-hidden"> {t('help.newWindow')}</span>
              </a>
              {', '}{region.checked ? t('finder.checked', { date: formatDate(region.checked, lang) }) : t('finder.notDated')}
            </p>
          )}
          <RegionSuggestion vt={region.code} lang={lang} />
        </>
      ) : (
        <p>{t('finder.noRegion')} <a href="tel:08002000" class="nowrap">0800-2000</a></p>
      )}
    </article>
  );
}

function NationalCard() {
  return (
    <div class="card">
      <p>{t('finder.noneText')}</p>
      <p><a class="utrecht-button utrecht-button--primary-action" href="tel:08002000">{t('finder.call')} <span class="nowrap">0800-2000</span></a></p>
    </div>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).host.replace(/^www\./, '');
  } catch {
    return url;
  }
}
