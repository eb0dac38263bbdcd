import type { Kader } from '../meldcode/types';
import { blankCase } from './blank';
import { carryWalk } from './edit';
import type { Case } from './types';
import { caseWalk, walkCaseId } from './walk';

// Apart from walk.ts, so that it loads with the pack screens, not with the shell.

/** A new case that takes over what was done before it existed (the walk without a case): the
 * answers with their times and the steps marked done, so creating a case never drops work. */
export function newCaseFrom(input: { id: string; label: string; now: string }, pack: { id: string; version: string; kader: Kader }, before?: Case): Case {
  const blank = blankCase({ ...input, packId: pack.id, packVersion: pack.version });
  return before ? carryWalk(blank, pack, caseWalk(pack, before), input.now) : blank;
}

/** A new walk without a case for this pack (see walkCaseId). */
export function walkCase(pack: { id: string; version: string; kader: Kader }, now = new Date().toISOString()): Case {
  const c = blankCase({ id: walkCaseId(pack.id), label: '', packId: pack.id, packVersion: pack.version, now });
  return { ...c, kader: { ...c.kader, state: { start: pack.kader.start, moves: [] } } };
}

