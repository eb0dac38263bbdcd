import { expect, test } from 'vitest';
import { checkKader } from '../../../src/meldcode/check';
import type { Kader } from '../../../src/meldcode/types';

/** A tiny valid kader; each test breaks one thing. */
function kader(): Kader {
  return {
    start: 'q1',
    nodes: {
      q1: { type: 'question', afweging: 1, answers: [{ id: 'ja', value: 'ja', next: 'q2' }, { id: 'nee', value: 'nee', next: 'end' }] },
      q2: { type: 'question', afweging: 2, answers: [{ id: 'ja', value: 'ja', next: 'melden' }, { id: 'nee', value: 'nee', next: 'end' }] },
      melden: { type: 'outcome', code: 'melden', meldnorm: 1 },
      end: { type: 'outcome', code: 'afsluiten-en-vastleggen' },
    },
  };
}

test('accepts a valid kader', () => {
  expect(checkKader(kader())).toEqual([]);
});

test('reports an answer that leads to a node that does not exist', () => {
  const k = kader();
  (k.nodes.q2 as { answers: { next: string }[] }).answers[0]!.next = 'q9';
  expect(checkKader(k)).toContainEqual({ code: 'dangling-edge', at: 'nodes.q2.answers.0.next', node: 'q2', target: 'q9' });
});

test('reports a node that no path reaches', () => {
  const k = kader();
  k.nodes.orphan = { type: 'outcome', code: 'melden', meldnorm: 2 };
  expect(checkKader(k)).toEqual([{ code: 'unreachable', at: 'nodes.orphan', node: 'orphan' }]);
});

test('reports a cycle', () => {
  const k = kader();
  (k.nodes.q2 as { answers: { next: string }[] }).answers[1]!.next = 'q1';
  expect(checkKader(k)).toContainEqual({ code: 'cycle', at: 'nodes.q2.answers.1.next', node: 'q2', target: 'q1' });
});

test('reports a cycle through a waypoint outcome', () => {
  const k = kader();
  k.nodes.melden = { type: 'outcome', code: 'melden', meldnorm: 1, next: 'q2' };
  expect(checkKader(k).map((p) => p.code)).toEqual(['cycle']);
});

test('reports a question without answers as a path without outcome', () => {
  const k = kader();
  k.nodes.q2 = { type: 'question', afweging: 2, answers: [] };
  k.nodes.melden = { type: 'outcome', code: 'melden', meldnorm: 1, next: 'q2' };
  (k.nodes.q1 as { answers: { next: string }[] }).answers[0]!.next = 'melden';
  expect(checkKader(k).map((p) => p.code)).toContain('no-answers');
});

test('reports a missing start and duplicate answer ids', () => {
  const k = kader();
  k.start = 'nope';
  (k.nodes.q1 as { answers: { id: string }[] }).answers[1]!.id = 'ja';
  const codes = checkKader(k).map((p) => p.code);
  expect(codes).toContain('missing-start');
  expect(codes).toContain('duplicate-answer');
});
