import { describe, expect, test } from 'vitest';
import { answerOf, IllegalMove, initialState, next, position, reconcile } from '../../../src/meldcode/engine';
import { reconcileReport } from '../../../src/meldcode/reconcile-report';
import type { Kader, QuestionNode } from '../../../src/meldcode/types';
import { referenceKader } from '../../helpers/kader';
import { allWalks } from '../../../src/meldcode/check';

const kader = referenceKader();
const answer = (node: string, value: string) => ({ type: 'answer' as const, node, answer: value });

describe('next', () => {
  test('an answer moves the walk to the node the answer leads to', () => {
    const state = next(kader, initialState(kader), answer('A1', 'ja'));
    expect(position(kader, state)).toMatchObject({ current: 'A2', path: ['A1', 'A2'], finished: false });
  });

  test('changing an earlier answer drops every answer after it', () => {
    let state = initialState(kader);
    for (const [node, value] of [['A1', 'ja'], ['A2', 'nee'], ['A3', 'ja']] as const) state = next(kader, state, answer(node, value));
    state = next(kader, state, answer('A2', 'ja'));
    expect(state.moves).toEqual([{ node: 'A1', answer: 'ja' }, { node: 'A2', answer: 'ja' }]);
    expect(answerOf(state, 'A3')).toBeUndefined();
    expect(position(kader, state).current).toBe('O_MELDEN_A2');
  });

  test('the same answer again keeps every answer after it (going back to look, then on)', () => {
    let state = initialState(kader);
    for (const [node, value] of [['A1', 'ja'], ['A2', 'nee'], ['A3', 'ja']] as const) state = next(kader, state, answer(node, value));
    expect(next(kader, state, answer('A2', 'nee'))).toBe(state);
  });

  test('back undoes the last move and restart clears everything', () => {
    let state = next(kader, initialState(kader), answer('A1', 'ja'));
    state = next(kader, state, answer('A2', 'nee'));
    expect(position(kader, next(kader, state, { type: 'back' })).current).toBe('A2');
    expect(next(kader, state, { type: 'restart' })).toEqual(initialState(kader));
  });

  test('continue passes a waypoint outcome to the question after it', () => {
    let state = next(kader, initialState(kader), answer('A1', 'ja'));
    state = next(kader, state, answer('A2', 'ja'));
    state = next(kader, state, { type: 'continue', node: 'O_MELDEN_A2' });
    expect(position(kader, state)).toMatchObject({ current: 'A3', withVeiligThuis: true, meldnormen: [1], gemeld: true });
  });

  test('startAt begins a fresh walk at a later question', () => {
    const state = next(kader, next(kader, initialState(kader), answer('A1', 'ja')), { type: 'startAt', node: 'A3' });
    expect(state).toEqual({ start: 'A3', moves: [] });
    expect(position(kader, next(kader, state, answer('A3', 'nee')))).toMatchObject({ finished: true, meldnormen: [2] });
  });

  test.each([
    ['a question that is not on the path', answer('A4', 'ja')],
    ['an answer the question does not have', answer('A1', 'misschien')],
    ['continue from a question', { type: 'continue' as const, node: 'A1' }],
    ['startAt an outcome', { type: 'startAt' as const, node: 'O_HULP' }],
    ['startAt an unknown node', { type: 'startAt' as const, node: 'A9' }],
  ])('rejects %s', (_name, event) => {
    expect(() => next(kader, initialState(kader), event)).toThrow(IllegalMove);
  });

  test('rejects continue past an end point', () => {
    const state = next(kader, initialState(kader), answer('A1', 'nee'));
    expect(position(kader, state).finished).toBe(true);
    expect(() => next(kader, state, { type: 'continue', node: 'O_AFSLUITEN' })).toThrow(IllegalMove);
  });

  test('position rejects a stored walk whose moves do not follow the kader', () => {
    expect(() => position(kader, { start: 'A1', moves: [{ node: 'A2', answer: 'ja' }] })).toThrow(IllegalMove);
  });
});

describe('exits and report kinds', () => {
  const withExit = (): Kader => {
    const k = referenceKader();
    k.nodes.A5 = { ...(k.nodes.A5 as QuestionNode), exits: [{ id: 'zorg', next: 'ZORG' }] };
    k.nodes.ZORG = { type: 'outcome', code: 'melden', meldnorm: 1, alwaysReport: true };
    return k;
  };
  const toA5 = (k: Kader, a2: 'ja' | 'nee') => {
    let state = initialState(k);
    for (const [node, value] of [['A1', 'ja'], ['A2', a2]] as const) state = next(k, state, answer(node, value));
    if (a2 === 'ja') state = next(k, state, { type: 'continue', node: 'O_MELDEN_A2' });
    for (const [node, value] of [['A3', 'ja'], ['A4', 'ja']] as const) state = next(k, state, answer(node, value));
    return next(k, state, { type: 'continue', node: 'O_HULP' });
  };

  test('an exit is taken like an answer and leads to its outcome', () => {
    const k = withExit();
    const state = next(k, toA5(k, 'nee'), answer('A5', 'zorg'));
    expect(position(k, state)).toMatchObject({ current: 'ZORG', finished: true, meldnormen: [1], report: 'new' });
  });

  test('a node without that exit refuses it', () => {
    const k = withExit();
    expect(() => next(k, toA5(k, 'nee'), answer('A4', 'zorg'))).toThrow(IllegalMove);
    expect(() => position(k, { start: 'A1', moves: [{ node: 'A1', answer: 'ja' }, { node: 'A2', answer: 'ja' }, { node: 'O_MELDEN_A2', answer: 'zorg' }] })).toThrow(IllegalMove);
  });

  test('after a melding with Veilig Thuis, melden at afweging 3 is the joint conclusion but a new concern and afweging 5 "nee" are new meldingen', () => {
    const k = withExit();
    let state = next(k, next(k, initialState(k), answer('A1', 'ja')), answer('A2', 'ja'));
    state = next(k, state, { type: 'continue', node: 'O_MELDEN_A2' });
    expect(position(k, next(k, state, answer('A3', 'nee')))).toMatchObject({ report: 'joint', meldnormen: [1] });
    expect(position(k, next(k, toA5(k, 'ja'), answer('A5', 'zorg')))).toMatchObject({ report: 'again', meldnormen: [1] });
    expect(position(k, next(k, toA5(k, 'ja'), answer('A5', 'nee')))).toMatchObject({ report: 'again', meldnormen: [1, 3] });
    expect(position(k, next(k, toA5(k, 'nee'), answer('A5', 'nee')))).toMatchObject({ report: 'new', meldnormen: [3] });
    expect(position(k, next(k, toA5(k, 'nee'), answer('A5', 'ja')))).toMatchObject({ report: 'none', meldnormen: [] });
  });
});

describe('reconcile', () => {
  const walked = (...moves: [string, string?][]) => moves.map(([node, a]) => (a === undefined ? { node } : { node, answer: a }));
  const valid = { start: 'A1', moves: walked(['A1', 'ja'], ['A2', 'ja'], ['O_MELDEN_A2'], ['A3', 'nee']) };

  test('keeps a walk that fits the kader as it is: the very same object', () => {
    expect(reconcile(kader, valid)).toBe(valid);
    expect(reconcileReport(kader, valid)).toEqual({ state: valid, dropped: [] });
  });

  test.each([
    ['an answer the question does not have', walked(['A1', 'ja'], ['A2', 'misschien'], ['A3', 'ja']), 1, 2],
    ['moves out of order', walked(['A2', 'ja'], ['A1', 'ja']), 0, 2],
    ['a move at a node that does not exist', walked(['A1', 'ja'], ['A9', 'ja']), 1, 1],
    ['a move after the walk ended', walked(['A1', 'nee'], ['O_AFSLUITEN']), 1, 1],
    ['an answer at a waypoint outcome', walked(['A1', 'ja'], ['A2', 'ja'], ['O_MELDEN_A2', 'ja']), 2, 1],
    ['a node named like a property of every object', walked(['A1', 'ja'], ['constructor', 'ja']), 1, 1],
    ['an answer named like a property of every object', walked(['A1', 'toString']), 0, 1],
  ])('keeps the longest part that fits before %s', (_name, moves, kept, dropped) => {
    const result = reconcile(kader, { start: 'A1', moves });
    expect(result).toEqual({ start: 'A1', moves: moves.slice(0, kept) });
    expect(moves.length - result.moves.length).toBe(dropped);
    expect(() => position(kader, result)).not.toThrow();
    // The report names exactly the moves left out, in order.
    expect(reconcileReport(kader, { start: 'A1', moves })).toEqual({ state: result, dropped: moves.slice(kept) });
  });

  test.each([
    ['an unknown start', 'A9'],
    ['a start at an outcome', 'O_HULP'],
    ['an empty start', ''],
    ['a start named like a property of every object', '__proto__'],
  ])('drops the walk to an empty walk at the kader\'s start for %s', (_name, start) => {
    expect(reconcile(kader, { start, moves: walked(['A1', 'ja'], ['A2', 'nee']) })).toEqual({ start: 'A1', moves: [] });
    expect(reconcileReport(kader, { start, moves: walked(['A1', 'ja'], ['A2', 'nee']) }).dropped).toEqual(walked(['A1', 'ja'], ['A2', 'nee']));
  });

  test('keeps a walk begun at a later question (a trainer\'s link)', () => {
    const state = { start: 'A3', moves: walked(['A3', 'nee']) };
    expect(reconcile(kader, state)).toBe(state);
  });

  test('every walk the kader allows comes back unchanged', () => {
    for (const moves of allWalks(kader)) {
      const state = { start: kader.start, moves };
      expect(reconcile(kader, state)).toBe(state);
    }
  });
});
