import { useEffect, useState } from 'preact/hooks';
import { flushOnLeave, storedPointer } from '../cases/page';
import { lazyRepo, type CaseRepo } from '../cases/repo';
import { createSession, type SessionState } from '../cases/session';
import { loadRepo } from '../storage/load';
import { loadStrings } from '../i18n';
import { onPracticeSession, practiceSession } from '../practice/mode-slot';

/** The session of real cases (IndexedDB, loaded on first use) and the one of walks without a
 * case (memory only), bound to Preact: a render on every change, a save when the page is left. */
export function useSession() {
  const [session] = useState(() => createSession(lazyRepo(() => loadRepo().then((r) => r.caseRepo)), { pointer: storedPointer(), onCreated: () => void loadRepo().then((r) => r.askPersistenceOnce(), () => undefined) }));
  // The memory repository loads with the first walk without a case (a pack screen), not the shell.
  const [walks] = useState(() => {
    let memory: Promise<CaseRepo> | undefined;
    return createSession(lazyRepo(() => (memory ??= import('../cases/memory-repo').then((m) => m.memoryRepo()))));
  });
  // Oefenmodus swaps in its memory session; the real one stays as it was, unwritten.
  const [practice, setPractice] = useState(practiceSession);
  const shown = practice ?? session;
  const [state, setState] = useState<SessionState>(shown.state);
  const [walkState, setWalkState] = useState<SessionState>(walks.state);
  // Another tab upgraded or wiped the database: this tab's code is out of date until a reload.
  const [outdated, setOutdated] = useState(false);
  useEffect(() => {
    const stops = [walks.subscribe(setWalkState), flushOnLeave(session), onPracticeSession(setPractice)];
    // Said with the case screens' strings, loaded first (the notice is rare: not in the shell's).
    void loadRepo().then((r) => { stops.push(r.onVersionChange(() => void loadStrings('cases').finally(() => setOutdated(true)))); }, () => undefined);
    return () => { for (const stop of stops) stop(); };
  }, []);
  useEffect(() => { setState(shown.state); return shown.subscribe(setState); }, [shown]);
  return { session: shown, state, walks, walk: walkState.active, outdated, practice: !!practice };
}
