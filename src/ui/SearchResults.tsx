import { Component } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n';
import { base } from '../routes';
import { highlight } from '../search/highlight';
import type { ResultGroup, SearchResult } from '../search/types';

/** Per group until the user asks for more: a short list is read faster, and each keystroke
 * renders less (the slowest keystrokes were the long lists). */
const SHOWN = 5;

/** Results under a heading per group, best first within each; each opens its step, item or route. */
export function SearchResults({ results }: { results: SearchResult[] }) {
  const [all, setAll] = useState<ResultGroup[]>([]);
  // New results (another query): every group short again.
  useEffect(() => setAll((open) => (open.length ? [] : open)), [results]);
  // Where the user is first; then the groups in the order of their best result, so the best
  // match is never below a weaker group (a pack's kindcheck below routes that mention it).
  const titles: Record<ResultGroup, string> = { thisPack: t('search.group.thisPack'), help: t('search.group.help'), otherPacks: t('search.group.otherPacks'), practice: t('search.group.practice') };
  return (
    <div class="search-results" aria-label={t('search.results')} role="region">
      {[...new Set<ResultGroup>(['thisPack', ...results.map((r) => r.group)])].map((group) => {
        const inGroup = results.filter((r) => r.group === group);
        return inGroup.length > 0 && (
          <section key={group}>
            <h2>{titles[group]}</h2>
            <ul class="search-list">
              {(all.includes(group) ? inGroup : inGroup.slice(0, SHOWN)).map((r) => <ResultItem key={r.doc.id} result={r} />)}
            </ul>
            {inGroup.length > SHOWN && !all.includes(group) && (
              <button type="button" class="utrecht-button utrecht-button--subtle" onClick={() => setAll([...all, group])}>{t('search.showAll', { count: inGroup.length })}</button>
            )}
          </section>
        );
      })}
    </div>
  );
}

/** One result. The next keystroke mostly finds the same documents with the same words to mark:
 * then the item is not rendered again (marking its words again was most of a keystroke's work). */
class ResultItem extends Component<{ result: SearchResult }> {
  override shouldComponentUpdate({ result: next }: { result: SearchResult }) {
    const { result: r } = this.props;
    return !(next.doc.id === r.doc.id && next.doc.title === r.doc.title && next.doc.path === r.doc.path && next.doc.context === r.doc.context && next.snippet === r.snippet && next.terms.join('\n') === r.terms.join('\n'));
  }

  override render() {
    const { result: r } = this.props;
    return (
      <li>
        <a href={base() + r.doc.path}><Marked text={r.doc.title} terms={r.terms} /></a>
        {r.doc.context && <span class="search-context">{r.doc.context}</span>}
        {r.snippet && <p class="search-snippet"><Marked text={r.snippet} terms={r.terms} /></p>}
      </li>
    );
  }
}

/** The matched words in <mark>, built from text pieces: never HTML. */
function Marked({ text, terms }: { text: string; terms: string[] }) {
  return <>{highlight(text, terms).map((p, i) => (p.mark ? <mark key={i}>{p.text}</mark> : p.text))}</>;
}
