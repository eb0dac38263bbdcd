import type { CaseSession } from '../cases/session';

// In the shell, so it stays tiny: which session the screens use while oefenmodus is on. The
// memory session itself, entering and leaving are in mode.ts (loaded only by practice screens).
let practice: CaseSession | null = null;
const listeners = new Set<(s: CaseSession | null) => void>();

/** The memory session of oefenmodus, or null outside it. */
export const practiceSession = () => practice;

export function setPracticeSession(s: CaseSession | null): void {
  practice = s;
  for (const fn of listeners) fn(s);
}

export function onPracticeSession(fn: (s: CaseSession | null) => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}
