import { useCallback, useMemo, useRef, useState } from 'preact/hooks';
import { applyKaderEvent, markDone as markCaseDone } from '../cases/edit';
import type { LocalizedPack, StepNumber } from '../content/schema';
import { position } from '../meldcode/engine';
import type { KaderEvent } from '../meldcode/types';
import type { CaseSession } from './useCaseSession';
import { navigate } from './navigation';
import { applyEvent, caseWalk, emptyWalk, markDone, positionHref, type Walk } from './walks';

/** The walk shown for a pack: the open case's, when a case of this pack is open, else a walk
 * kept in memory only (a demonstration, or a trainer's shared link). */
export function useWalk(pack: LocalizedPack | undefined, session: CaseSession) {
  const [walks, setWalks] = useState<Record<string, Walk>>({});
  const walksRef = useRef(walks);
  const caseHere = pack && session.active?.packId === pack.id ? session.active : null;

  const walk: Walk | undefined = !pack ? undefined : caseHere ? caseWalk(pack, caseHere) : walks[pack.id] ?? emptyWalk(pack);
  const pos = useMemo(() => (pack && walk ? position(pack.kader, walk.kader) : undefined), [pack, walk?.kader]);

  const updateMemory = (next: Walk) => {
    if (!pack) return;
    walksRef.current = { ...walksRef.current, [pack.id]: next };
    setWalks(walksRef.current);
  };

  const dispatch = useCallback((event: KaderEvent, after?: 'navigate') => {
    if (!pack) return;
    let state;
    if (caseHere) {
      session.edit((c) => {
        const next = applyKaderEvent(c, pack, event, new Date().toISOString());
        state = next.kader.state;
        return next;
      });
    } else {
      const next = applyEvent(pack, walksRef.current[pack.id] ?? emptyWalk(pack), event);
      updateMemory(next);
      state = next.kader;
    }
    if (after === 'navigate' && state) {
      const pos = position(pack.kader, state);
      navigate(positionHref(pack, pos), { node: pos.current });
    }
  }, [pack, caseHere !== null, session.edit]);

  const done = useCallback((step: StepNumber) => {
    if (!pack) return;
    if (caseHere) session.edit((c) => markCaseDone(c, step));
    else updateMemory(markDone(walksRef.current[pack.id] ?? emptyWalk(pack), step));
  }, [pack, caseHere !== null, session.edit]);

  /** The walk kept in memory for this pack, which a new case takes over; then it is cleared. */
  const takeMemory = useCallback((): Walk | undefined => {
    if (!pack) return undefined;
    const taken = walksRef.current[pack.id];
    updateMemory(emptyWalk(pack));
    return taken;
  }, [pack]);

  return { walk, pos, dispatch, done, caseHere, takeMemory };
}
