import { describe, expect, test } from 'vitest';
import { applyKaderEvent } from '../../../src/cases/edit';
import { fitCase } from '../../../src/cases/fit';
import type { Case } from '../../../src/cases/types';
import { newCase } from '../../../src/storage/restore';
import { compiledAlgemeen } from '../../helpers/packs';

const pack = compiledAlgemeen();
const AT = '2026-11-21T09:30:00.000Z';

function answered(...moves: [string, string][]): Case {
  let c = newCase({ id: 'c1', label: 'AB', packId: 'algemeen', packVersion: pack.version, now: '2026-11-20T10:00:00.000Z' });
  for (const [node, answer] of moves) c = applyKaderEvent(c, pack, { type: 'answer', node, answer }, AT);
  return c;
}
const withState = (c: Case, state: Case['kader']['state']): Case => ({ ...c, kader: { ...c.kader, state } });

describe('fitCase', () => {
  test('leaves a case whose walk fits the pack as it is', () => {
    const c = answered(['a1', 'ja'], ['a2', 'nee'], ['a3', 'nee']);
    expect(fitCase(c, pack.kader)).toEqual({ fitted: c, dropped: 0 });
  });

  test('keeps the answers that fit with their times, and drops the outcome the shorter walk no longer reaches', () => {
    const c = answered(['a1', 'ja'], ['a2', 'nee'], ['a3', 'nee']);
    expect(c.kader.outcome).toBeDefined();
    const broken = withState(c, { start: 'a1', moves: [{ node: 'a1', answer: 'ja' }, { node: 'a2', answer: 'misschien' }, { node: 'a3', answer: 'nee' }] });
    const { fitted, dropped } = fitCase(broken, pack.kader);
    expect(dropped).toBe(2);
    expect(fitted.kader.state.moves).toEqual([{ node: 'a1', answer: 'ja' }]);
    expect(fitted.kader.answeredAt).toEqual({ a1: AT });
    expect(fitted.kader).not.toHaveProperty('outcome');
    expect(fitted.kader.reason).toBe(c.kader.reason);
  });

  test('a walk without a readable start begins at the pack\'s own start', () => {
    const { fitted, dropped } = fitCase(withState(answered(), { start: '', moves: [] }), pack.kader);
    expect({ state: fitted.kader.state, dropped }).toEqual({ state: { start: pack.kader.start, moves: [] }, dropped: 0 });
  });

  test('an outcome that does not match where the walk ends is set from the walk, keeping its time where it matched', () => {
    const c = answered(['a1', 'nee']);
    const wrong = { ...c, kader: { ...c.kader, outcome: { node: 'melden-hulp', code: 'melden' as const, meldnormen: [2 as const], at: '2020-01-01T00:00:00.000Z' } } };
    expect(fitCase(wrong, pack.kader).fitted.kader.outcome).toEqual({ node: 'afsluiten', code: 'afsluiten-en-vastleggen', meldnormen: [], at: AT });
    expect(fitCase(c, pack.kader).fitted.kader.outcome).toEqual(c.kader.outcome);
  });
});
