import { fireEvent, render, screen, within } from '@testing-library/preact';
import { expect, test } from 'vitest';
import type { SearchResult } from '../../src/search/types';
import { SearchResults } from '../../src/ui/SearchResults';

const result = (n: number, group: SearchResult['group']): SearchResult => ({
  doc: { id: `${group}-${n}`, kind: 'item', title: `Signaal ${n}`, text: '', path: `algemeen/stap/1/#s${n}`, context: 'Algemeen — Stap 1', pack: 'algemeen' },
  group, terms: ['signaal'], snippet: '', score: 100 - n,
});

test('a long group shows its first five until the user asks for all; new results start short again', () => {
  const many = Array.from({ length: 12 }, (_, i) => result(i + 1, 'otherPacks'));
  const { rerender } = render(<SearchResults results={[...many, result(1, 'help')]} />);
  const group = () => screen.getByRole('heading', { name: 'Andere beroepsgroepen' }).closest('section')!;
  expect(within(group()).getAllByRole('link')).toHaveLength(5);
  fireEvent.click(within(group()).getByRole('button', { name: 'Toon alle 12' }));
  expect(within(group()).getAllByRole('link')).toHaveLength(12);
  expect(within(group()).queryByRole('button')).toBeNull();
  // A short group has no button.
  expect(within(screen.getByRole('heading', { name: 'Routes, lijnen en organisaties' }).closest('section')!).queryByRole('button')).toBeNull();
  rerender(<SearchResults results={many.slice(0, 10)} />);
  expect(within(group()).getAllByRole('link')).toHaveLength(5);
});

test('a result found again shows what changed: its title in the other language, other marked words, another snippet', () => {
  const doc = (id: string, title: string, text: string): SearchResult['doc'] => ({ id, kind: 'line', title, text, path: 'lijnen/#csg', context: 'Landelijke lijnen' });
  const found = (d: SearchResult['doc'], terms: string[], snippet = d.text): SearchResult => ({ doc: d, group: 'help', terms, snippet, score: 1 });
  const csg = doc('line/csg', 'Centrum Seksueel Geweld', 'Bij recent seksueel geweld of letsel na verkrachting.');
  const view = render(<SearchResults results={[found(csg, ['letsel'])]} />);
  expect(screen.getByRole('link').textContent).toBe('Centrum Seksueel Geweld');
  expect([...document.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['letsel']);
  // The same document, same id, in English (a language switch), with another word marked.
  view.rerender(<SearchResults results={[found({ ...csg, title: 'Sexual Assault Centre', text: 'After recent sexual violence.' }, ['sexual'])]} />);
  expect(screen.getByRole('link').textContent).toBe('Sexual Assault Centre');
  expect([...document.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Sexual', 'sexual']);
  // Another result in its place.
  view.rerender(<SearchResults results={[found(doc('item/letsel', 'Letsel zien', 'Blauwe plekken.'), ['letsel'], 'Ander letsel.')]} />);
  expect(screen.getByRole('link').textContent).toBe('Letsel zien');
  expect(document.querySelector('.search-snippet')?.textContent).toBe('Ander letsel.');
});
