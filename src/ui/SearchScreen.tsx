import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Locale } from '../content/schema';
import { t } from '../i18n';
import { href } from '../routes';
import { loadSearcher } from '../search/search';
import type { Searcher, SearchResult } from '../search/types';
import { Heading } from './Heading';
import { prerenderedValue } from './prerendered';
import { SearchResults } from './SearchResults';

/** Enough for any real question; bounds the work per keystroke when a whole text is pasted. */
const MAX_QUERY = 200;
/** At most this many results show (the searcher puts the best first). */
const MAX_RESULTS = 50;

type Loaded = { status: 'loading' } | { status: 'ready'; searcher: Searcher } | { status: 'error' };

/**
 * Search over every pack, route, line and practice case, as you type. What the user types lives
 * in this component's state only: never in the address, storage or a log, and it is gone when the
 * screen is left (the field has no form to submit and no autocomplete history). The index loads
 * when the screen opens.
 */
/** `pack`: the pack the user came from, whose steps come first. */
export function SearchScreen({ lang, pack }: { lang: Locale; pack?: string }) {
  // What was typed on the prerendered page before the app took over, if anything.
  const [query, setQuery] = useState(() => prerenderedValue('#search-q') ?? '');
  const loaded = useSearcher(lang);
  const field = useRef<HTMLInputElement>(null);
  // After the app's own focus on the new screen's title (see Heading): the field is the point here.
  useEffect(() => {
    const timer = setTimeout(() => field.current?.focus());
    return () => clearTimeout(timer);
  }, []);

  const wanted = query.trim().slice(0, MAX_QUERY);
  const searcher = loaded.status === 'ready' ? loaded.searcher : undefined;
  const results = useMemo(() => (searcher && wanted ? find(searcher, wanted, pack) : []), [searcher, wanted, pack]);
  // The same element while the results stay the same (a space typed, a letter that finds the
  // same): Preact then leaves the list alone.
  const list = useMemo(() => results.length > 0 && <SearchResults results={results} />, [results]);
  const none = !!searcher && !!wanted && results.length === 0;
  const status = loaded.status === 'loading' ? t('search.loading') : none ? t('search.none') : wanted && searcher ? t('search.count', { count: results.length }) : '';

  // What does not change while typing, made once per language rather than on every keystroke.
  const heading = useMemo(() => <Heading>{t('search.title')}</Heading>, [lang]);
  const labels = useMemo(() => (
    <>
      <label class="utrecht-form-label" for="search-q">{t('search.label')}</label>
      <p class="utrecht-form-field-description" id="search-hint">{t('search.hint')}</p>
    </>
  ), [lang]);

  return (
    <>
      {heading}
      <div role="search" class="search-field">
        {labels}
        <input
          id="search-q"
          ref={field}
          class="utrecht-textbox"
          type="search"
          value={query}
          onInput={(e) => setQuery(e.currentTarget.value)}
          aria-describedby="search-hint"
          autocomplete="off"
          autocapitalize="off"
          spellcheck={false}
          enterkeyhint="search"
        />
      </div>
      <p role="status" class="search-status">{useSettled(status)}</p>
      {loaded.status === 'error' && (
        <div role="alert">
          <p>{t('search.error')}</p>
          <p><button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={loaded.retry}>{t('search.retry')}</button></p>
        </div>
      )}
      {(none || loaded.status === 'error') && <NoMatch showAlgemeen={none} />}
      {list}
    </>
  );
}

/** Nothing found, or search not working: Veilig Thuis can always be called, and Algemeen walks
 * the meldcode without searching. */
function NoMatch({ showAlgemeen }: { showAlgemeen: boolean }) {
  return (
    <>
      {showAlgemeen && <p>{t('search.noneHelp')}</p>}
      <ul class="actions">
        <li><a class="utrecht-button utrecht-button--primary-action" href="tel:08002000">{t('search.call')}</a></li>
        {showAlgemeen && <li><a href={href({ name: 'pack', pack: 'algemeen' })}>{t('search.algemeen')}</a></li>}
      </ul>
    </>
  );
}

/** Results for a query; whatever the searcher cannot handle finds nothing instead of breaking the screen. */
function find(searcher: Searcher, query: string, pack: string | undefined): SearchResult[] {
  try {
    return searcher.search(query, pack).slice(0, MAX_RESULTS);
  } catch {
    return [];
  }
}

function useSearcher(lang: Locale): Loaded & { retry: () => void } {
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    setLoaded({ status: 'loading' });
    loadSearcher(lang).then(
      (searcher) => live && setLoaded({ status: 'ready', searcher }),
      () => live && setLoaded({ status: 'error' }),
    );
    return () => { live = false; };
  }, [lang, attempt]);
  return { ...loaded, retry: () => setAttempt((n) => n + 1) };
}

/** The live region speaks once typing pauses, not at every keystroke. */
function useSettled(text: string, ms = 300): string {
  const [settled, setSettled] = useState(text);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(text), ms);
    return () => clearTimeout(timer);
  }, [text]);
  return settled;
}
