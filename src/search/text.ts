import type { Locale } from '../content/schema';

// Text processing shared by the index builder (build time) and the search screen (run time): the
// same word must become the same term on both sides. Pure: no DOM, no MiniSearch.

/** Lower case, accents folded (ë é ï → e e i) and every run of non-letters and non-digits one
 * space, so 'Kinder-mishandeling', "'s-Hertogenbosch" and 'ex‑partner' split the same way on
 * both sides. Markup, emoji and other scripts' punctuation become spaces; letters of other
 * scripts stay (their words just never match). */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The words of a text, normalised. */
export function tokenize(text: string): string[] {
  const n = normalise(text);
  return n ? n.split(' ') : [];
}

/** A small Dutch stemmer: plural and diminutive endings only, so 'signalen' and 'signaal',
 * 'besnijdenissen' and 'besnijdenis', 'huisjes' and 'huis' meet. Not a linguist's stemmer: it
 * only has to treat the index and the query alike, and never make a short word shorter. */
export function stemNl(word: string): string {
  if (word.length < 5 || /\d/.test(word)) return word;
  if (word.endsWith('heden')) return `${word.slice(0, -5)}heid`;
  // -tje after w, l, n, r or a single vowel (vrouwtje, stoeltje), else -je (plaatje, huisje).
  const diminutive = /([^aeiou][aeiouy]|[wlnr])(tjes|tje)$/.test(word) ? /tjes?$/.exec(word) : /jes?$/.exec(word);
  if (diminutive && word.length - diminutive[0].length >= 4) return word.slice(0, -diminutive[0].length);
  if (word.endsWith('en') && word.length >= 6) return undouble(word.slice(0, -2));
  // Plural -s after -er, -el, -em, -en (ouders, regels, jongens) and after a vowel (foto's).
  if (/(e[rlmn]|[aoy])s$/.test(word)) return word.slice(0, -1);
  return word;
}

/** After -en: 'besnijdeniss' → 'besnijdenis', 'signal' → 'signaal', 'briev' → 'brief'. */
function undouble(stem: string): string {
  if (/([bdfgklmnprst])\1$/.test(stem)) return stem.slice(0, -1);
  if (stem.endsWith('v')) return `${stem.slice(0, -1)}f`;
  if (stem.endsWith('z')) return `${stem.slice(0, -1)}s`;
  // An open syllable lost its second vowel: jaren → jaar. Not 'e' (mostly a schwa: handelen).
  const open = /([^aeiou])([aou])([^aeiouy])$/.exec(stem);
  if (open && stem.length >= 4) return `${stem.slice(0, -2)}${open[2]}${open[2]}${open[3]}`;
  return stem;
}

/** English: plurals only (injuries → injury, signs → sign), not 'ss', 'us', 'is'. */
export function stemEn(word: string): string {
  if (word.length < 4 || /\d/.test(word)) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(ss|us|is)$/.test(word)) return word;
  if (word.endsWith('s')) return word.slice(0, -1);
  return word;
}

export const stem = (word: string, locale: Locale) => (locale === 'nl' ? stemNl(word) : stemEn(word));

/** The terms of a text as a query or the index sees them. */
export const terms = (text: string, locale: Locale) => tokenize(text).map((w) => stem(w, locale));

/** Words too common to find anything by: left out of the index, which they would double in
 * size. A query still looks a stopword up as the start of a longer word ('de' → 'deskundige'). */
const STOPWORDS: Record<Locale, ReadonlySet<string>> = {
  nl: new Set('aan al als bij dan dat de die dit door een en er het hij hoe in is je jij kan met na naar niet nog of om op te tot u uit van voor wat wie wel wordt ze zij zijn zo'.split(' ')),
  en: new Set('a an and are as at be by for from has he how in is it its of on or she so that the their they this to was what when who with you your'.split(' ')),
};

export const isStopword = (word: string, locale: Locale) => STOPWORDS[locale].has(word);

/** The shortest part of a compound worth finding on its own ('dwang' in 'huwelijksdwang'). */
export const MIN_PART = 5;

/** The ends of a compound that are words of the content themselves: 'kindermishandeling' →
 * ['mishandeling'] when 'mishandeling' is a term of the index. Added at index time beside the
 * whole word, so a search for the part finds the compound (and prefix search already finds it
 * by its start). */
export function compoundParts(term: string, vocabulary: ReadonlySet<string>): string[] {
  const parts: string[] = [];
  for (let i = 3; term.length - i >= MIN_PART; i++) {
    const part = term.slice(i);
    if (vocabulary.has(part)) parts.push(part);
  }
  return parts;
}
