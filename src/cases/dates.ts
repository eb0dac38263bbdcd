import type { Case } from './types';

// Apart from edit.ts so the start screen (in the initial JavaScript) does not bring the
// afwegingskader engine along with the follow-up dates.

/** A follow-up is overdue from the day after its date. `today` is YYYY-MM-DD in local time. */
export function isOverdue(followUp: string, status: Case['status'], today: string): boolean {
  return followUp !== '' && status !== 'afgesloten' && followUp < today;
}

export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** How a case's follow-up date is said: with the help under way it is the date of afweging 5. */
export function followUpKind(c: { followUp: string; status: Case['status'] }, today: string): 'none' | 'due' | 'overdue' | 'afweging5' | 'afweging5Overdue' {
  if (!c.followUp) return 'none';
  const overdue = isOverdue(c.followUp, c.status, today);
  if (c.status === 'hulp-loopt') return overdue ? 'afweging5Overdue' : 'afweging5';
  return overdue ? 'overdue' : 'due';
}
