import { fireEvent, render, screen, within } from '@testing-library/preact';
import { expect, test } from 'vitest';
import type { SearchResult } from '../../src/search/types';
import { SearchResults } from '../../src/ui/SearchResults';

const result = (n: number, group: SearchResult['group']): SearchResult => ({
  doc: { id: `${group}-${n}`, kind: 'item', title: `Signaal ${n}`, text: '', path: `algemeen/stap/1/#s${n}`, context: 'Algemeen — Stap 1', pack: 'algemeen' },
  group, terms: ['signaal'], snippet: '', score: 100 - n,
});

test('a long group shows its first eight until the user asks for all; new results start short again', () => {
  const many = Array.from({ length: 12 }, (_, i) => result(i + 1, 'otherPacks'));
  const { rerender } = render(<SearchResults results={[...many, result(1, 'help')]} />);
  const group = () => screen.getByRole('heading', { name: 'Andere beroepsgroepen' }).closest('section')!;
  expect(within(group()).getAllByRole('link')).toHaveLength(8);
  fireEvent.click(within(group()).getByRole('button', { name: 'Toon alle 12' }));
  expect(within(group()).getAllByRole('link')).toHaveLength(12);
  expect(within(group()).queryByRole('button')).toBeNull();
  // A short group has no button.
  expect(within(screen.getByRole('heading', { name: 'Routes, lijnen en organisaties' }).closest('section')!).queryByRole('button')).toBeNull();
  rerender(<SearchResults results={many.slice(0, 10)} />);
  expect(within(group()).getAllByRole('link')).toHaveLength(8);
});
