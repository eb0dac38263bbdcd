/** A piece of text, marked when it is one of the matched words. Text only: the screen renders
 * pieces as text nodes inside <mark>, never as HTML, so markup in content or a query stays inert. */
export interface Piece {
  text: string;
  mark: boolean;
}

const MARKS = /[\u0300-\u036f]/g;
const WORD = /[\p{L}\p{N}]/u;
const ASCII = /^[\x00-\x7f]*$/;
const fold = (s: string) => s.normalize('NFD').replace(MARKS, '').toLowerCase();

/** Splits `text` into pieces, marking each place a term occurs, ignoring case and diacritics
 * ('Geïsoleerd' matches 'geisoleerd'). A term shorter than 3 letters only marks a whole word,
 * so 'af' marks 'AF' but not the start of 'afweging'. */
export function highlight(text: string, terms: readonly string[]): Piece[] {
  const { folded, start, end } = foldWithPositions(text);
  const marked = new Array<boolean>(text.length).fill(false);
  const wanted = [...new Set(terms.map(fold).filter((t) => t.trim()))];
  for (const term of wanted) {
    for (let i = folded.indexOf(term); i !== -1; i = folded.indexOf(term, i + 1)) {
      const last = i + term.length - 1;
      if (term.length < 3 && (WORD.test(folded[i - 1] ?? '') || WORD.test(folded[last + 1] ?? ''))) continue;
      marked.fill(true, start(i), end(last));
    }
  }
  const pieces: Piece[] = [];
  for (let i = 0; i < text.length; ) {
    let j = i;
    while (j < text.length && marked[j] === marked[i]) j++;
    pieces.push({ text: text.slice(i, j), mark: marked[i]! });
    i = j;
  }
  return pieces;
}

/** The folded text, and for each of its code units where that letter starts and ends in `text`.
 * Normalising letter by letter was the slowest part of a keystroke: a text without accents (most
 * snippets) folds as a whole, and otherwise only the letters beyond ASCII are normalised. */
function foldWithPositions(text: string): { folded: string; start: (i: number) => number; end: (i: number) => number } {
  if (ASCII.test(text)) return { folded: text.toLowerCase(), start: (i) => i, end: (i) => i + 1 };
  let folded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let at = 0;
  for (const ch of text) {
    const f = ch.charCodeAt(0) < 128 ? ch.toLowerCase() : fold(ch);
    for (let i = 0; i < f.length; i++) {
      starts.push(at);
      ends.push(at + ch.length);
    }
    folded += f;
    at += ch.length;
  }
  return { folded, start: (i) => starts[i]!, end: (i) => ends[i]! };
}
