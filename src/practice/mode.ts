import type { Kader } from '../meldcode/types';
import type { CaseSession } from '../cases/session';
import type { Case } from '../cases/types';
import { createSession } from '../cases/session';
import { memoryRepo } from '../cases/memory-repo';
import { newCaseFrom } from '../cases/new-case';
import { practiceSession, setPracticeSession } from './mode-slot';

/**
 * Oefenmodus: a memory-only session takes the real one's place on every screen (mode-slot.ts,
 * read by useSession). The real session is flushed once on entering and then left alone: no
 * screen holds it, and with nothing unsaved its autosave and leave-flush write nothing. Leaving
 * drops the memory session, so everything practised is gone and the real case shows again.
 */

/** The memory case of a practice case: its id says which practice case it is. */
export const practiceCaseId = (id: string) => `oefen:${id}`;
export const PRACTICE_LABEL = 'OEFEN';

// The session the screens used before oefenmodus: on leaving, its open case is shown again.
let real: CaseSession | null = null;

export class UnsavedRealCase extends Error {
  override name = 'UnsavedRealCase';
}

/** The practice case open in oefenmodus, if it is this one. */
export function practisedCase(id: string): Case | null {
  const active = practiceSession()?.state.active;
  return active?.id === practiceCaseId(id) ? active : null;
}

/** Enters oefenmodus with practice case `id` as a new case of `pack` (or keeps it when that case
 * is already being practised). `current` is the session the screens use now: the real one is
 * saved first; if its last changes cannot be saved, nothing changes (UnsavedRealCase). */
export async function enterPractice(current: CaseSession, id: string, pack: { id: string; version: string; kader: Kader }, now = new Date().toISOString()): Promise<CaseSession> {
  const open = practiceSession();
  if (open && open.state.active?.id === practiceCaseId(id) && open.state.active.packId === pack.id) return open;
  await current.flush();
  const { saveState, conflict } = current.state;
  if (!open && (conflict || saveState === 'error' || saveState === 'quota' || saveState === 'pending' || saveState === 'saving')) throw new UnsavedRealCase();
  if (!open) real = current;
  const session = createSession(memoryRepo());
  const blank = newCaseFrom({ id: practiceCaseId(id), label: PRACTICE_LABEL, now }, pack);
  await session.create({ ...blank, kader: { ...blank.kader, state: { start: pack.kader.start, moves: [] } } });
  setPracticeSession(session);
  markPage(true);
  return session;
}

/** Leaves oefenmodus: the memory session and all it holds are dropped. Returns the real case
 * that is open again, if any. */
export function leavePractice(): Case | null {
  const back = real?.state.active ?? null;
  real = null;
  setPracticeSession(null);
  markPage(false);
  return back;
}

/** Colours the whole page (styles.css: html[data-practice]), the printout too. */
function markPage(on: boolean) {
  if (typeof document === 'undefined') return;
  if (on) document.documentElement.dataset.practice = '';
  else delete document.documentElement.dataset.practice;
}
