import { expect, test } from 'vitest';
import type { CaseSummary } from '../../src/cases/types';
import { closedBefore } from '../../src/ui/RetentionPanel';
import { needsBackupReminder } from '../../src/ui/StartNotices';

const NOW = new Date('2026-11-23T12:00:00Z');
const summary = (status: CaseSummary['status'], days: number): CaseSummary => {
  const at = new Date(NOW.getTime() - days * 864e5).toISOString();
  return { id: `${status}-${days}`, label: 'X', packId: 'algemeen', status, followUp: '', createdAt: at, updatedAt: at };
};

test('the backup reminder waits a week for a first backup and a month between backups, and only for open cases', () => {
  expect(needsBackupReminder([summary('open', 2)], null, NOW.getTime())).toBe(false);
  expect(needsBackupReminder([summary('open', 8)], null, NOW.getTime())).toBe(true);
  expect(needsBackupReminder([summary('open', 40)], new Date(NOW.getTime() - 10 * 864e5).toISOString(), NOW.getTime())).toBe(false);
  expect(needsBackupReminder([summary('open', 40)], new Date(NOW.getTime() - 31 * 864e5).toISOString(), NOW.getTime())).toBe(true);
  expect(needsBackupReminder([summary('afgesloten', 90)], null, NOW.getTime())).toBe(false);
});

test('retention offers only closed cases last changed before the chosen term', () => {
  const cases = [summary('afgesloten', 200), summary('afgesloten', 20), summary('open', 400)];
  expect(closedBefore(cases, 6, NOW).map((c) => c.id)).toEqual(['afgesloten-200']);
  expect(closedBefore(cases, null, NOW)).toEqual([]);
});
