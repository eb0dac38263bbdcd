import type { Directory, FormerGemeente, Gemeente, VeiligThuisRegion } from './types';

// The Veilig Thuis finder's search: pure, no DOM. Everything that does not depend on the query
// (normalised names, word starts, sort order) is worked out once in buildFinder, so a keystroke
// only compares short strings: well under the 10 ms a keystroke may take on a slow phone.

/** Lower case, no accents, and nothing but letters and digits: "'s-Hertogenbosch",
 * "sHertogenbosch" and "s hertogenbosch" are one name, as are "Súdwest-Fryslân" and
 * "Sudwest Fryslan". Brackets and dots go too ("Bergen (NH.)" is "bergennh"). */
export function normalise(text: string): string {
  return text.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** A query longer than any gemeente's name is not a name: cut it, so a paste stays fast. */
const MAX_QUERY = 60;
/** At most this many cards; the count says how many there are in all. */
export const MAX_RESULTS = 12;

export interface Found {
  gemeente: Gemeente;
  /** Undefined only if the data names a region it does not list: the card then offers 0800-2000. */
  region: VeiligThuisRegion | undefined;
  /** The other name the search matched ('Den Bosch'), when it was not the gemeente's own. */
  alias?: string;
}

/** A gemeente that no longer exists, with where its inhabitants now belong. */
export interface FoundFormer {
  name: string;
  until: string;
  successors: Found[];
}

export type FinderResult =
  | { kind: 'empty' }
  /** `match`: how the names were found; 'close' ones are suggestions for a misspelling. */
  | { kind: 'names'; match: 'exact' | 'prefix' | 'close'; gemeenten: Found[]; former: FoundFormer[]; total: number }
  /** No gemeente by that name, and nothing close. */
  | { kind: 'none' }
  | { kind: 'postcode'; postcode: string; gemeenten: Found[] }
  /** Four digits, but no such postcode in the table. */
  | { kind: 'postcodeUnknown'; postcode: string }
  /** The data holds no postcode table: only the name search works. */
  | { kind: 'postcodeUnavailable'; postcode: string }
  /** Digits, but not (yet) a postcode: fewer than four, or more. */
  | { kind: 'postcodeIncomplete' };

interface Entry {
  /** The normalised whole name. */
  key: string;
  /** Where the later words start ("hertogenbosch" for 's-Hertogenbosch): prefix matches only. */
  words: string[];
  gemeente?: Gemeente;
  alias?: string;
  former?: FormerGemeente;
}

export interface Finder {
  find(query: string): FinderResult;
}

function wordStarts(name: string): string[] {
  const words = name.normalize('NFKD').toLowerCase().split(/[^a-z0-9\u0300-\u036f]+/).map(normalise).filter(Boolean);
  return words.slice(1).map((_, i) => words.slice(i + 1).join(''));
}

const collator = new Intl.Collator('nl', { sensitivity: 'base', ignorePunctuation: true });

export function buildFinder(directory: Directory): Finder {
  const byCode = new Map(directory.gemeenten.map((g) => [g.code, g]));
  const regions = new Map(directory.regions.map((r) => [r.code, r]));
  const found = (gemeente: Gemeente, alias?: string): Found => ({ gemeente, region: regions.get(gemeente.vt), ...(alias && { alias }) });
  const entries: Entry[] = [
    ...directory.gemeenten.map((gemeente) => ({ name: gemeente.name, gemeente })),
    ...(directory.aliases ?? []).flatMap((a) => {
      const gemeente = byCode.get(a.code);
      return gemeente ? [{ name: a.name, gemeente, alias: a.name }] : [];
    }),
    ...(directory.former ?? []).map((former) => ({ name: former.name, former })),
  ]
    // Sorted once, so every list of results is in alphabetical order without sorting per keystroke.
    .sort((a, b) => collator.compare(a.name, b.name))
    .map(({ name, ...rest }) => ({ key: normalise(name), words: wordStarts(name), ...rest }));

  const formerOf = (f: FormerGemeente): FoundFormer => ({
    name: f.name,
    until: f.until,
    successors: f.to.flatMap((code) => { const g = byCode.get(code); return g ? [found(g)] : []; }),
  });

  function names(match: 'exact' | 'prefix' | 'close', hits: Entry[]): FinderResult {
    const gemeenten: Found[] = [];
    const former: FoundFormer[] = [];
    const seen = new Set<string>();
    for (const e of hits) {
      if (e.former) {
        if (!seen.has(`former:${e.key}`)) { seen.add(`former:${e.key}`); former.push(formerOf(e.former)); }
      } else if (e.gemeente && !seen.has(e.gemeente.code)) {
        seen.add(e.gemeente.code);
        gemeenten.push(found(e.gemeente, e.alias));
      }
    }
    const total = gemeenten.length + former.length;
    // Former names after current ones, and together no more than MAX_RESULTS cards.
    const shown = gemeenten.slice(0, MAX_RESULTS);
    return { kind: 'names', match, gemeenten: shown, former: former.slice(0, Math.max(0, MAX_RESULTS - shown.length)), total };
  }

  function byPostcode(digits: string): FinderResult {
    if (!directory.postcodes) return { kind: 'postcodeUnavailable', postcode: digits };
    const codes = Object.hasOwn(directory.postcodes, digits) ? directory.postcodes[digits]! : [];
    const gemeenten = codes.flatMap((code) => { const g = byCode.get(code); return g ? [found(g)] : []; })
      .sort((a, b) => collator.compare(a.gemeente.name, b.gemeente.name));
    return gemeenten.length ? { kind: 'postcode', postcode: digits, gemeenten } : { kind: 'postcodeUnknown', postcode: digits };
  }

  function find(query: string): FinderResult {
    const raw = query.slice(0, MAX_QUERY).trim();
    if (!raw) return { kind: 'empty' };
    // A postcode: four digits, then perhaps its two letters, with or without a space ("2801 AB").
    const postcode = /^(\d{4})\s*(?:[a-z]{2})?$/i.exec(raw);
    if (postcode) return byPostcode(postcode[1]!);
    if (/^\d/.test(raw)) return { kind: 'postcodeIncomplete' };
    const q = normalise(raw);
    if (!q) return { kind: 'none' };

    const exact = entries.filter((e) => e.key === q);
    if (exact.length) return names('exact', exact);
    // Names that start with it come before names with a later word that does ("Fryslân").
    const starts = entries.filter((e) => e.key.startsWith(q));
    const inside = entries.filter((e) => !e.key.startsWith(q) && e.words.some((w) => w.startsWith(q)));
    if (starts.length || inside.length) return names('prefix', [...starts, ...inside]);

    // Close: a misspelling of the whole name, or of its start while still typing.
    const max = q.length < 4 ? 0 : q.length < 7 ? 1 : 2;
    if (max === 0) return { kind: 'none' };
    const scored: [number, Entry][] = [];
    for (const e of entries) {
      if (e.key.length + max < q.length) continue;
      const d = Math.min(distance(q, e.key, max), distance(q, e.key.slice(0, q.length), max));
      if (d <= max) scored.push([d, e]);
    }
    if (!scored.length) return { kind: 'none' };
    // Stable sort: nearest first, alphabetical within the same distance.
    scored.sort((a, b) => a[0] - b[0]);
    return names('close', scored.map(([, e]) => e));
  }

  return { find };
}

/** Damerau-Levenshtein distance (optimal string alignment: a swap of two neighbours counts as
 * one), giving up with max + 1 as soon as it cannot stay within max. */
export function distance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let row = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let best = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row[j] = d;
      if (d < best) best = d;
    }
    if (best > max) return max + 1;
    [prev2, prev, row] = [prev, row, prev2];
  }
  return prev[n]!;
}
