import MiniSearch, { type Query, type SearchOptions } from 'minisearch';
import { getJson } from '../content/load';
import type { Locale } from '../content/schema';
import { indexOptions, plainIndex, SEARCH_FORMAT, type SearchFile, type StoredDoc } from './format';
import { isStopword, MIN_PART, normalise, stem, tokenize } from './text';
import type { DocKind, ResultGroup, SearchDoc, SearchResult, Searcher } from './types';

// Bundle-size sensitive: this module and MiniSearch load with the search screen only. What the
// user types never leaves this module: no address, no log, no storage.

/** Longer queries are cut: nobody types more, and each word costs a lookup. */
const MAX_QUERY = 100;
const MAX_RESULTS = 40;
const SNIPPET = 140;

/** Routes, lines and titles of whole things first: they answer a search better than one item. */
const KIND_BOOST: Record<DocKind, number> = { route: 2, line: 1.6, group: 1.5, pack: 1.3, step: 1.2, gemeente: 1.2, region: 1.1, item: 1, practice: 0.8, explainer: 0.8, conversation: 0.8 };

const GROUPS: Record<DocKind, ResultGroup | 'pack'> = { pack: 'pack', step: 'pack', group: 'pack', item: 'pack', route: 'help', line: 'help', region: 'help', gemeente: 'help', practice: 'practice', explainer: 'practice', conversation: 'practice' };

/** Loads packs/search.<locale>.json (precached, so offline too) and makes its searcher. */
export async function loadSearcher(locale: Locale): Promise<Searcher> {
  const file = (await getJson(`packs/search.${locale}.json`)) as SearchFile;
  if (file?.format !== SEARCH_FORMAT || file.locale !== locale || !Array.isArray(file.docs)) throw new Error(`packs/search.${locale}.json: not a search index`);
  return makeSearcher(file);
}

/** The searcher of a loaded (or freshly built) index file. */
export function makeSearcher(file: SearchFile): Searcher {
  const { locale, docs } = file;
  const index = MiniSearch.loadJS(plainIndex(file.index), indexOptions(locale));
  const exact: SearchOptions = {
    boost: { title: 3 },
    // A two-letter prefix matches hundreds of words ('le'): two letters match whole words only
    // (AF, VT), from three on as a prefix.
    prefix: (term) => term.length >= 3,
    boostDocument: (id) => KIND_BOOST[docs[id as number]!.k],
  };
  // One typo is enough for the slips people make ('besnijdnis'); two made long words scan much of
  // the vocabulary. Even one is most of a keystroke's search, so it is tried only when the words
  // as typed find nothing: a word spelt right needs no typo search.
  const typos: SearchOptions = { ...exact, fuzzy: (term) => (term.length >= 6 ? 0.2 : false), maxFuzzy: 1 };
  const find = (query: Query) => {
    const hits = index.search(query, exact);
    return hits.length > 0 ? hits : index.search(query, typos);
  };
  let sameText: number[] | undefined;
  return {
    locale,
    search(query, pack) {
      const words = queryWords(query, locale);
      if (words.length === 0) return [];
      // All words in one document first; failing that, any of them.
      let hits = find(expand(words, file.synonyms, locale, 'AND'));
      if (hits.length === 0 && words.length > 1) hits = find(expand(words, file.synonyms, locale, 'OR'));
      sameText ??= firstWithSameText(docs);
      const kept = unique(hits.slice(0, 3 * MAX_RESULTS), docs, sameText, pack)
        .slice(0, MAX_RESULTS)
        .map((hit) => result(file, docs[hit.id as number]!, hit.id as number, hit.terms, hit.score, pack));
      const isMatch = wordMatcher(kept.flatMap((r) => r.terms), locale);
      return kept.map((r) => presented(r, isMatch));
    },
  };
}

/** What the user typed as words: cut, normalised, without stopwords except the word being typed
 * (a prefix). One character alone finds nothing worth showing. */
export function queryWords(query: string, locale: Locale): string[] {
  const words = tokenize(query.slice(0, MAX_QUERY));
  const kept = words.filter((w, i) => i === words.length - 1 || !isStopword(w, locale));
  return kept.join('').length < 2 ? [] : kept;
}

/** The query and, for each synonym set one of whose words it contains, the query with that
 * word replaced by each of the others (a little less weight: what the user typed comes first). */
export function expand(words: string[], synonyms: string[][][], locale: Locale, combineWith: 'AND' | 'OR'): Query {
  const stems = words.map((w) => stem(w, locale));
  const queries: Query[] = [{ combineWith, queries: [words.join(' ')] }];
  for (const set of synonyms) {
    for (const phrase of set) {
      const at = indexOf(stems, phrase);
      if (at < 0) continue;
      for (const other of set) {
        if (other === phrase) continue;
        const replaced = [...words.slice(0, at), ...other, ...words.slice(at + phrase.length)];
        queries.push({ combineWith, queries: [replaced.join(' ')], boost: { title: 3 * 0.8, text: 0.8 } });
      }
    }
  }
  return { combineWith: 'OR', queries };
}

/** Where `phrase` (terms) stands in `stems` as whole words, or -1. A one-word phrase also
 * stands where the user is still typing it (the last word, 3 letters or more, is its start) or
 * typed it with a small typo: the content of a language may not hold the word itself (the
 * English content never says 'besnijdenis'), so the index's own prefix and typo search would
 * not find it. */
function indexOf(stems: string[], phrase: string[]): number {
  if (phrase.length === 1) {
    const p = phrase[0]!;
    return stems.findIndex((s, i) => s === p || (i === stems.length - 1 && s.length >= 3 && p.startsWith(s)) || (s.length >= 6 && near(s, p, s.length >= 10 ? 2 : 1)));
  }
  for (let i = 0; i + phrase.length <= stems.length; i++) if (phrase.every((t, j) => stems[i + j] === t)) return i;
  return -1;
}

/** Whether two words are at most `max` edits apart (Levenshtein, one row at a time). */
export function near(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    if (Math.min(...next) > max) return false;
    row = next;
  }
  return row[b.length]! <= max;
}

/** One result per text: several packs say the same thing in different steps' words; the one of
 * the user's pack wins, else the best scored. */
function unique<Hit extends { id: unknown }>(hits: Hit[], docs: StoredDoc[], sameText: number[], pack: string | undefined): Hit[] {
  const inPack = (hit: Hit) => !!pack && !!docs[hit.id as number]!.g?.includes(pack);
  const best = new Map<number, Hit>();
  for (const hit of hits) {
    const key = sameText[hit.id as number]!;
    const seen = best.get(key);
    if (!seen || (inPack(hit) && !inPack(seen))) best.set(key, hit);
  }
  return hits.filter((hit) => best.get(sameText[hit.id as number]!) === hit);
}

/** For each document, the first document with the same kind, title and text (itself, mostly):
 * worked out once, so a keystroke compares numbers rather than building a key per result. */
function firstWithSameText(docs: StoredDoc[]): number[] {
  const first = new Map<string, number>();
  return docs.map((d, id) => {
    const key = `${d.k}\n${d.t}\n${d.x ?? ''}`;
    if (!first.has(key)) first.set(key, id);
    return first.get(key)!;
  });
}

function result(file: SearchFile, stored: StoredDoc, id: number, matched: string[], score: number, pack: string | undefined): SearchResult {
  const inPack = stored.g ? (pack && stored.g.includes(pack) ? pack : stored.g[0]!) : undefined;
  const doc: SearchDoc = {
    id: inPack ? `${inPack}:${id}` : String(id),
    kind: stored.k,
    pack: inPack,
    title: stored.t,
    text: stored.x ?? '',
    path: inPack ? `${inPack}/${stored.p}` : stored.p,
    context: inPack ? [file.packs[inPack], stored.k === 'step' ? undefined : stored.c].filter(Boolean).join(' · ') : stored.c,
  };
  const group = GROUPS[stored.k];
  // `terms` are the index's matched terms here; the caller turns them into words as written.
  return { doc, group: group === 'pack' ? (inPack === pack ? 'thisPack' : 'otherPacks') : group, terms: matched, snippet: '', score };
}

/** The result with its snippet and the words to mark, worked out when first read: the screen
 * shows a few results per group, and cutting and marking every result was most of a keystroke. */
function presented(r: SearchResult, isMatch: (word: string) => boolean): SearchResult {
  let shown: { snippet: string; terms: string[] } | undefined;
  const present = () => {
    if (!shown) {
      const snippet = snippetOf(r.doc.text, isMatch);
      shown = { snippet, terms: highlights(`${r.doc.title} ${snippet}`, isMatch) };
    }
    return shown;
  };
  return {
    doc: r.doc,
    group: r.group,
    score: r.score,
    get snippet() { return present().snippet; },
    get terms() { return present().terms; },
  };
}

/** Whether a word of the content, as written, is one the index matched for this query: itself,
 * its stem, or a compound whose end is a matched term. The same words come back in title after
 * title and on every keystroke's results, so each is worked out once per query. */
export function wordMatcher(matchedTerms: Iterable<string>, locale: Locale): (word: string) => boolean {
  const matched = new Set(matchedTerms);
  const known = new Map<string, boolean>();
  return (written) => {
    let is = known.get(written);
    if (is === undefined) {
      is = termsOf(written, locale).some((term) => matched.has(term));
      known.set(written, is);
    }
    return is;
  };
}

/** A written word of the content as the terms it can match: normalised, its stem, and the ends of
 * the stem a compound part can be. The same few thousand words come back on every keystroke, so
 * each is worked out once per language. */
const TERMS: Record<Locale, Map<string, string[]>> = { nl: new Map(), en: new Map() };
function termsOf(written: string, locale: Locale): string[] {
  let terms = TERMS[locale].get(written);
  if (!terms) {
    const word = normalise(written);
    const s = stem(word, locale);
    terms = [word, s];
    for (let i = 1; s.length - i >= MIN_PART; i++) terms.push(s.slice(i));
    TERMS[locale].set(written, terms);
  }
  return terms;
}

/** The words of `text` as written that matched, for the screen to mark (as text, never markup). */
export function highlights(text: string, isMatch: (word: string) => boolean): string[] {
  const out = new Set<string>();
  for (const word of text.split(/[^\p{L}\p{N}]+/u)) if (word && isMatch(word)) out.add(word);
  return [...out];
}

/** A window of the text around the first matched word, cut at words. */
export function snippetOf(text: string, isMatch: (word: string) => boolean): string {
  if (text.length <= SNIPPET) return text;
  let at = 0;
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    if (isMatch(m[0])) {
      at = m.index;
      break;
    }
  }
  let start = Math.max(0, at - 40);
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  let end = Math.min(text.length, start + SNIPPET);
  if (end < text.length) end = text.lastIndexOf(' ', end) > start ? text.lastIndexOf(' ', end) : end;
  return `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length && !text.slice(start, end).endsWith('…') ? '…' : ''}`;
}
