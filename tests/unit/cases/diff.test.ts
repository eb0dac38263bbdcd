import { expect, test } from 'vitest';
import { differences } from '../../../src/cases/diff';
import { setReason, setStepNotes } from '../../../src/cases/fields';
import { newCase } from '../../../src/storage/restore';

const base = newCase({ id: 'c1', label: 'AB', packId: 'algemeen', packVersion: '1.1.0', now: '2026-12-01T10:00:00.000Z' });

test('lists only what differs, with both sides', () => {
  const mine = setStepNotes(base, 2, 'Overleg met de intern begeleider');
  const theirs = setReason(setStepNotes(base, 2, 'Overleg met Veilig Thuis'), 'Structureel');
  expect(differences(mine, theirs)).toEqual([
    { field: 'notes', step: 2, mine: 'Overleg met de intern begeleider', theirs: 'Overleg met Veilig Thuis' },
    { field: 'reason', mine: '', theirs: 'Structureel' },
  ]);
  expect(differences(mine, mine)).toEqual([]);
});

test('long texts are shortened for the dialog', () => {
  const [d] = differences(setStepNotes(base, 1, 'x'.repeat(1000)), base);
  expect(d!.mine).toHaveLength(281);
  expect(d!.mine.endsWith('…')).toBe(true);
});
