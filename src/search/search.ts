import type { Locale } from '../content/schema';
import type { Searcher } from './types';

// PLACEHOLDER (issue 17, search UI helper S2): S1 builds the real index and this runtime; its
// src/search/search.ts replaces this file at merge. It fetches nothing and finds nothing, so the
// screen and its tests can be built against the types meanwhile.

/** The searcher for a language, loading its index on first use. */
export async function loadSearcher(locale: Locale): Promise<Searcher> {
  return { locale, search: () => [] };
}
