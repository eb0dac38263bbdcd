import { expect, test } from 'vitest';
import { highlight } from '../../../src/search/highlight';

const marked = (text: string, terms: string[]) => highlight(text, terms).filter((p) => p.mark).map((p) => p.text);

test('marks every place a term occurs, ignoring case and diacritics', () => {
  expect(marked('Letsel en letselduiding', ['letsel'])).toEqual(['Letsel', 'letsel']);
  expect(marked('Een geïsoleerd gezin', ['geisoleerd'])).toEqual(['geïsoleerd']);
  expect(marked('Een geisoleerd gezin', ['Geïsoleerd'])).toEqual(['geisoleerd']);
});

test('the pieces put together are the text, unchanged', () => {
  const text = 'Meisjesbesnijdenis (VGV) — 👧 عربي <b>vet</b>';
  expect(highlight(text, ['besnijdenis', 'vgv', 'عربي', '<b>']).map((p) => p.text).join('')).toBe(text);
  expect(marked(text, ['<b>'])).toEqual(['<b>']);
});

test('a short term marks whole words only', () => {
  expect(marked('Overleg met de AF over de afweging', ['af'])).toEqual(['AF']);
});

test('no terms, empty terms or an empty text mark nothing', () => {
  expect(highlight('Letsel', [])).toEqual([{ text: 'Letsel', mark: false }]);
  expect(highlight('Letsel', ['', '  '])).toEqual([{ text: 'Letsel', mark: false }]);
  expect(highlight('', ['letsel'])).toEqual([]);
});

test('overlapping terms make one mark', () => {
  expect(marked('kindermishandeling', ['kindermis', 'mishandeling'])).toEqual(['kindermishandeling']);
});
