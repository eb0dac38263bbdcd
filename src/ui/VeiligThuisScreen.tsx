import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Locale } from '../content/schema';
import { buildFinder, type Finder, type FinderResult } from '../directory/find';
import { loadDirectory } from '../directory/load';
import type { Directory } from '../directory/types';
import { t } from '../i18n';
import { Heading } from './Heading';
import { prerenderedValue } from './prerendered';
import { VeiligThuisResults } from './VeiligThuisResults';

type Loaded = { state: 'loading' } | { state: 'error' } | { state: 'ready'; directory: Directory; finder: Finder };

/** Which Veilig Thuis is responsible for where the family lives. The lookup is optional: the
 * national number is above it, and stays the answer whenever the search has none. The first
 * render (prerendered) needs no data; the directory loads after. The query stays in this
 * component's state: never in the address, a log or storage. */
export function VeiligThuisScreen({ lang }: { lang: Locale }) {
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [query, setQuery] = useState(() => prerenderedValue('#finder-query') ?? '');
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    let live = true;
    loadDirectory().then(
      (directory) => { if (live) setLoaded({ state: 'ready', directory, finder: buildFinder(directory) }); },
      () => { if (live) setLoaded({ state: 'error' }); },
    );
    return () => { live = false; };
  }, [attempt]);

  const result: FinderResult = useMemo(
    () => (loaded.state === 'ready' ? loaded.finder.find(query) : { kind: 'empty' }),
    [loaded, query],
  );

  const searchByName = () => {
    setQuery('');
    input.current?.focus();
  };

  return (
    <>
      <p class="eyebrow">{t('local.eyebrow')}</p>
      <Heading>{t('finder.title')}</Heading>
      <p class="lead">{t('finder.intro')}</p>
      <div class="callout">
        <p>
          <a class="utrecht-button utrecht-button--primary-action" href="tel:08002000">
            {t('finder.call')} <span class="nowrap">0800-2000</span>
          </a>
        </p>
        <p>{t('finder.callExplain')}</p>
        <p><a class="help-112" href="tel:112">{t('help.call112Prefix')} {t('help.call112Short')}</a></p>
      </div>

      <form class="finder" role="search" aria-labelledby="finder-label" noValidate onSubmit={(e) => e.preventDefault()}>
        <h2 id="finder-label"><label for="finder-query">{t('finder.label')}</label></h2>
        <p id="finder-hint" class="utrecht-form-field-description">{t('finder.hint')}</p>
        <input
          ref={input}
          id="finder-query"
          type="text"
          class="utrecht-textbox utrecht-textbox--html-input"
          maxLength={60}
          autocomplete="off"
          autocapitalize="words"
          spellcheck={false}
          enterkeyhint="search"
          value={query}
          aria-describedby="finder-hint"
          aria-controls="finder-results"
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
      </form>

      {loaded.state === 'loading' && <p role="status">{t('finder.loading')}</p>}
      {loaded.state === 'error' && (
        <div class="utrecht-alert utrecht-alert--warning" role="alert">
          <p>{t('finder.loadError')}</p>
          <p><a href="tel:08002000">{t('finder.call')} 0800-2000</a></p>
          <button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={() => { setLoaded({ state: 'loading' }); setAttempt((n) => n + 1); }}>
            {t('finder.retry')}
          </button>
        </div>
      )}
      {loaded.state === 'ready' && (
        <VeiligThuisResults result={result} directory={loaded.directory} lang={lang} onSearchByName={searchByName} />
      )}
    </>
  );
}
