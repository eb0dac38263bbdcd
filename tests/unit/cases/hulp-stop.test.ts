import { expect, test } from 'vitest';
import { followUpKind } from '../../../src/cases/dates';
import { startHulp } from '../../../src/cases/fields';
import { newCase } from '../../../src/storage/restore';

const c = newCase({ id: 'c1', label: 'AB', packId: 'algemeen', packVersion: '1', now: '2026-11-20T10:00:00.000Z' });

test('the stop after hulp keeps the date of afweging 5 as the follow-up and sets the help under way', () => {
  const next = startHulp(c, '2026-12-15');
  expect(next).toMatchObject({ followUp: '2026-12-15', status: 'hulp-loopt' });
  expect(c).toMatchObject({ followUp: '', status: 'open' });
});

test('with the help under way the follow-up is said as afweging 5, overdue from the day after', () => {
  const hulp = startHulp(c, '2026-12-15');
  expect(followUpKind(hulp, '2026-12-15')).toBe('afweging5');
  expect(followUpKind(hulp, '2026-12-16')).toBe('afweging5Overdue');
  expect(followUpKind({ ...c, followUp: '2026-12-15' }, '2026-12-16')).toBe('overdue');
  expect(followUpKind({ ...c, followUp: '2026-12-15' }, '2026-12-01')).toBe('due');
  expect(followUpKind(c, '2026-12-16')).toBe('none');
  expect(followUpKind({ ...hulp, status: 'afgesloten' }, '2026-12-16')).toBe('due');
});
