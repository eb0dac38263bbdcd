import type { CallKind } from './call-sheet';
import { addConsultation, setDecisions } from './fields';
import type { Case } from './types';

/** The one-tap record made after calling Veilig Thuis. */
export interface CallRecord {
  /** YYYY-MM-DD */
  date: string;
  /** HH:mm */
  time: string;
  kind: CallKind;
  advice: string;
}

export type CallRecordProblem = 'date' | 'time';

/** The same checks as the storage's restore (calendarDate, clockTime), which src/cases may not import. */
const isDay = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v);
const isClock = (v: string) => /^([01]\d|2[0-3]):[0-5]\d$/.test(v);

/** What keeps a record from being saved: an empty or impossible date (2026-02-30) or time. */
export function callRecordProblems(r: Pick<CallRecord, 'date' | 'time'>): CallRecordProblem[] {
  const problems: CallRecordProblem[] = [];
  if (!isDay(r.date.trim())) problems.push('date');
  if (!isClock(r.time.trim())) problems.push('time');
  return problems;
}

/**
 * The case with the call in it: an advice call is a step-2 consultation with Veilig Thuis; a
 * melding fills step 5's decisions, and its advice is added below the notes already there (never
 * over them). Returns the step it went to. Throws on a record with problems: check first.
 */
export function applyCallRecord(c: Case, r: CallRecord, { id, meldTo = 'Veilig Thuis', notePrefix = '' }: { id: string; meldTo?: string; notePrefix?: string }): { c: Case; step: 2 | 5 } {
  if (callRecordProblems(r).length) throw new RangeError('call record: date or time is not valid');
  const date = r.date.trim();
  const time = r.time.trim();
  if (r.kind === 'advies') return { c: addConsultation(c, { id, kind: 'veilig-thuis', date, time, advice: r.advice }), step: 2 };
  const said = r.advice.trim() ? `${notePrefix}${r.advice}` : '';
  const before = c.decisions.notes;
  const notes = !said ? before : before.trim() ? `${before.replace(/\s+$/, '')}\n\n${said}` : said;
  return { c: setDecisions(c, { melden: 'ja', meldDate: date, meldAt: `${date}T${time}`, meldTo, notes }), step: 5 };
}
