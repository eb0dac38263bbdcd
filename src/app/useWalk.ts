import { useCallback, useEffect, useMemo, useRef } from 'preact/hooks';
import { applyKaderEvent, markDone as markCaseDone } from '../cases/edit';
import type { CaseSession } from '../cases/session';
import type { Case } from '../cases/types';
import { walkCase } from '../cases/new-case';
import { caseWalk, emptyWalk, walkCaseId, type Walk } from '../cases/walk';
import type { LocalizedPack, StepNumber } from '../content/schema';
import { position } from '../meldcode/engine';
import type { KaderEvent, KaderState } from '../meldcode/types';
import { positionHref } from '../ui/kader-href';
import { navigate } from './navigation';

/** The walk shown for a pack: the open case's, when a case of this pack is open, else the walk
 * without a case (a demonstration, a trainer's shared link): a case in the memory repository,
 * one per pack, written through its own session like any case and never stored. */
export function useWalk(pack: LocalizedPack, session: CaseSession, active: Case | null, walks: CaseSession, walkActive: Case | null) {
  const caseHere = active?.packId === pack.id ? active : null;
  const scratch = walkActive?.packId === pack.id ? walkActive : null;
  const shown = caseHere ?? scratch;
  const walk: Walk = shown ? caseWalk(pack, shown) : emptyWalk(pack);
  const pos = useMemo(() => position(pack.kader, walk.kader), [pack, walk.kader]);

  /** The memory session opens this pack's walk: the one kept for it, or a new one. */
  const opening = useRef<Record<string, Promise<void>>>({});
  const walkOpen = (p: LocalizedPack) => (walks.state.active?.packId === p.id ? Promise.resolve() : (opening.current[p.id] ??= (async () => {
    if (walks.state.active?.packId !== p.id && !(await walks.open(walkCaseId(p.id)))) walks.begin(walkCase(p));
  })().finally(() => { delete opening.current[p.id]; }))); // a failed start may be tried again
  useEffect(() => { if (!caseHere) void walkOpen(pack); }, [pack, caseHere !== null]);

  /** Edits the case shown: the open case at once, the walk without a case once it is open. */
  const editShown = (change: (c: Case) => Case) => (caseHere ? Promise.resolve(session.edit(change)) : walkOpen(pack).then(() => walks.edit(change)));

  const dispatch = useCallback((event: KaderEvent, after?: 'navigate') => {
    let state: KaderState | undefined;
    void editShown((c) => {
      const next = applyKaderEvent(c, pack, event, new Date().toISOString());
      state = next.kader.state;
      return next;
    }).then(() => {
      if (after !== 'navigate' || !state) return;
      const pos = position(pack.kader, state);
      navigate(positionHref(pack, pos), { node: pos.current });
    });
  }, [pack, caseHere !== null]);

  const done = useCallback((step: StepNumber) => void editShown((c) => markCaseDone(c, step)), [pack, caseHere !== null]);

  return { walk, pos, dispatch, done, caseHere };
}
