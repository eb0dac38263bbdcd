import type { Locale } from '../content/schema';

/** What search finds, and where it opens. Built at build time over all content, per language
 * (packs/search.<locale>.json), loaded the first time the user searches. */

/** The groups results are shown in: this pack's steps; routes, lines and organisations; other
 * packs; practice cases (and the training's explainers). */
export type ResultGroup = 'thisPack' | 'help' | 'otherPacks' | 'practice';

export type DocKind = 'pack' | 'step' | 'group' | 'item' | 'route' | 'line' | 'region' | 'gemeente' | 'practice' | 'explainer' | 'conversation';

export interface SearchDoc {
  /** Unique in the index, e.g. 'onderwijs/stap/1/item/blauwe-plekken'. */
  id: string;
  kind: DocKind;
  /** The pack it belongs to (steps, items), for grouping "this pack" versus "other packs". */
  pack?: string;
  title: string;
  /** The text searched besides the title; a snippet is cut from it. */
  text: string;
  /** Where it opens: an app path without the base ('onderwijs/stap/1/'), with a '#fragment' for an item. */
  path: string;
  /** Context shown under the title (the pack's or route's name, the step). */
  context: string;
}

export interface SearchResult {
  doc: SearchDoc;
  group: ResultGroup;
  /** The words of the title and snippet that matched, to highlight (never markup). */
  terms: string[];
  snippet: string;
  score: number;
}

export interface Searcher {
  locale: Locale;
  /** Results for what the user typed, best first; `pack`: the pack the user is in, if any. */
  search(query: string, pack?: string): SearchResult[];
}
