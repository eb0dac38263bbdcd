import { describe, expect, test } from 'vitest';
import { answerOf, IllegalMove, initialState, next, position } from '../../../src/meldcode/engine';
import { referenceKader } from '../../helpers/kader';

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
