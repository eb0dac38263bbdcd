import type { AsPlainObject, Options } from 'minisearch';
import type { Locale } from '../content/schema';
import { stem, tokenize } from './text';
import type { DocKind } from './types';

// What packs/search.<locale>.json holds, and the MiniSearch options the builder and the app share.
// Types and pure functions only: MiniSearch itself loads with the search screen.

export const SEARCH_FORMAT = 1;

/** One document as the file keeps it: short keys, and no pack name in what several packs share
 * (the app puts the pack in front of `p` and `c`). Its index in `docs` is its id in the index. */
export interface StoredDoc {
  k: DocKind;
  /** Title. */
  t: string;
  /** The start of the searched text, for the snippet (cut at build time). */
  x?: string;
  /** Path; relative to the pack ('stap/1/#group-x') when `g` is set. */
  p: string;
  /** Context; for a pack's document without the pack's title, which the app adds. */
  c: string;
  /** The packs the document is in, the same text in each (a base step most packs keep). */
  g?: string[];
}

export interface SearchFile {
  format: typeof SEARCH_FORMAT;
  locale: Locale;
  /** Each pack's title, for the context of its documents. */
  packs: Record<string, string>;
  /** Sets of words that mean the same, each word as its terms (content/search/synonyms.yaml). */
  synonyms: string[][][];
  docs: StoredDoc[];
  index: CompactIndex;
}

/** MiniSearch's index (AsPlainObject) without what the app can rebuild: document ids are the
 * positions in `docs`, and each term's documents are delta-encoded numbers (the JSON of the
 * plain object is mostly braces and repeated ids; this is a third smaller gzipped). */
export interface CompactIndex {
  /** Each document's length in words, per field, one after the other. */
  lengths: number[];
  averageFieldLength: number[];
  /** [term, postings of field 0, postings of field 1]: a posting is the gap to the previous
   * document, preceded by -frequency when the term occurs more than once. */
  terms: [string, ...number[][]][];
}

export function compactIndex(plain: AsPlainObject): CompactIndex {
  const fields = Object.keys(plain.fieldIds).length;
  const lengths: number[] = [];
  for (let id = 0; id < plain.documentCount; id++) lengths.push(...(plain.fieldLength[id] ?? Array(fields).fill(0)));
  const terms = plain.index.map(([term, data]) => {
    const postings = Array.from({ length: fields }, (_, field) => {
      const out: number[] = [];
      let last = 0;
      for (const [doc, freq] of Object.entries(data[field] ?? {}).map(([d, f]) => [Number(d), f]).sort((a, b) => a[0]! - b[0]!)) {
        if (freq! > 1) out.push(-freq!);
        out.push(doc! - last);
        last = doc!;
      }
      return out;
    });
    return [term, ...postings] as [string, ...number[][]];
  });
  return { lengths, averageFieldLength: plain.averageFieldLength, terms };
}

export function plainIndex(c: CompactIndex): AsPlainObject {
  const fields = FIELDS.length;
  const count = c.lengths.length / fields;
  const documentIds: Record<string, number> = {};
  const fieldLength: Record<string, number[]> = {};
  for (let id = 0; id < count; id++) {
    documentIds[id] = id;
    fieldLength[id] = c.lengths.slice(id * fields, id * fields + fields);
  }
  const index = c.terms.map(([term, ...postings]) => {
    const data: Record<string, Record<string, number>> = {};
    postings.forEach((list, field) => {
      if (list.length === 0) return;
      const docs: Record<string, number> = {};
      let doc = 0;
      let freq = 1;
      for (const n of list) {
        if (n < 0) freq = -n;
        else {
          doc += n;
          docs[doc] = freq;
          freq = 1;
        }
      }
      data[field] = docs;
    });
    return [term, data] as [string, Record<string, Record<string, number>>];
  });
  return {
    documentCount: count,
    nextId: count,
    documentIds,
    fieldIds: Object.fromEntries(FIELDS.map((f, i) => [f, i])),
    fieldLength,
    averageFieldLength: c.averageFieldLength,
    storedFields: {},
    dirtCount: 0,
    index,
    serializationVersion: 2,
  };
}

/** The fields searched; only the id is stored in the index (the documents are `docs`). */
export const FIELDS = ['title', 'text'];

/** The options both sides give MiniSearch. At index time `processTerm` also adds a word's stem
 * and compound parts (build-index.ts); the query side looks up the stem only. */
export function indexOptions(locale: Locale, processTerm: (term: string) => string | string[] = (t) => stem(t, locale)): Options<{ id: number; title: string; text: string }> {
  return { idField: 'id', fields: FIELDS, storeFields: [], tokenize, processTerm };
}
