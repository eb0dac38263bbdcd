import { expect, test } from 'vitest';
import { addVote, clearVotes, countOf, expertPath, go, initialPresenter, majority, reveal, roomPath, slideSequence, type Tally } from '../../../src/practice/presenter';
import { layoutKader, pathEdges, wrapLabel } from '../../../src/practice/presenter-layout';
import type { PracticeCaseText } from '../../../src/practice/types';
import { compiledAlgemeen } from '../../helpers/packs';

const kader = compiledAlgemeen('nl').kader;
const expert = [
  { node: 'a1', answer: 'ja' },
  { node: 'a2', answer: 'ja-structureel' },
  { node: 'melden-veiligheid' },
  { node: 'a3', answer: 'ja' },
  { node: 'a4', answer: 'ja' },
];
const text: PracticeCaseText = {
  title: 'Sam (9)', summary: 'Een leerkracht ziet iets.', situation: ['Eén.'], signals: 'Waarom.',
  step2: ['Overleg.'], step3: ['Gesprek.'], why: { a1: 'w1', a2: 'w2', a3: 'w3', a4: 'w4' }, questions: ['Vraag?'], mistakes: ['Fout.'],
};

test('the slides: situation, signals, steps 2 and 3, one per afweging on the expert path (not the waypoint), overview, questions, mistakes', () => {
  expect(slideSequence({ expert }, text, kader)).toEqual([
    { kind: 'situation' }, { kind: 'signals' }, { kind: 'step2' }, { kind: 'step3' },
    { kind: 'afweging', node: 'a1', answer: 'ja' }, { kind: 'afweging', node: 'a2', answer: 'ja-structureel' },
    { kind: 'afweging', node: 'a3', answer: 'ja' }, { kind: 'afweging', node: 'a4', answer: 'ja' },
    { kind: 'overview' }, { kind: 'questions' }, { kind: 'mistakes' },
  ]);
});

test('empty lists get no slide; a move the kader does not know gets none either', () => {
  const kinds = slideSequence({ expert: [{ node: 'a1', answer: 'misschien' }, { node: '__proto__', answer: 'ja' }] }, { ...text, step2: [], step3: [], questions: [], mistakes: [] }, kader).map((s) => s.kind);
  expect(kinds).toEqual(['situation', 'signals', 'overview']);
});

test('the tally counts yes and no per question, never below zero, and clears', () => {
  let tally: Tally = {};
  tally = addVote(tally, 'a1', 'ja');
  tally = addVote(tally, 'a1', 'ja');
  tally = addVote(tally, 'a1', 'nee');
  expect(countOf(tally, 'a1')).toEqual({ ja: 2, nee: 1 });
  tally = addVote(addVote(tally, 'a1', 'nee', -1), 'a1', 'nee', -1);
  expect(countOf(tally, 'a1')).toEqual({ ja: 2, nee: 0 });
  expect(countOf(tally, 'a2')).toEqual({ ja: 0, nee: 0 });
  expect(countOf(tally, 'constructor')).toEqual({ ja: 0, nee: 0 });
  expect(countOf(clearVotes(tally, 'a1'), 'a1')).toEqual({ ja: 0, nee: 0 });
});

test('majority: none without votes or on a tie', () => {
  expect(majority({ ja: 0, nee: 0 })).toBeUndefined();
  expect(majority({ ja: 3, nee: 3 })).toBeUndefined();
  expect(majority({ ja: 4, nee: 3 })).toBe('ja');
  expect(majority({ ja: 1, nee: 5 })).toBe('nee');
});

test('the room path follows the majority through the graph, passes waypoints, and takes the expert\'s own yes where there are several', () => {
  let tally: Tally = {};
  for (const node of ['a1', 'a2', 'a3']) tally = addVote(tally, node, 'ja');
  tally = addVote(addVote(tally, 'a4', 'nee'), 'a4', 'nee');
  const room = roomPath(kader, tally, expert);
  expect(room.path).toEqual(['a1', 'a2', 'melden-veiligheid', 'a3', 'a4', 'melden-acceptatie']);
  expect(room.moves[1]).toEqual({ node: 'a2', answer: 'ja-structureel' });
  expect(room.openAt).toBeUndefined();
});

test('the room path stops at a question without a majority, and at an end outcome', () => {
  expect(roomPath(kader, {}, expert)).toEqual({ path: ['a1'], moves: [], openAt: 'a1' });
  const tie = addVote(addVote(addVote(addVote({}, 'a1', 'ja'), 'a2', 'ja'), 'a2', 'nee'), 'a1', 'ja');
  expect(roomPath(kader, tie, expert).openAt).toBe('a2');
  expect(roomPath(kader, addVote({}, 'a1', 'nee'), expert).path).toEqual(['a1', 'afsluiten']);
  // Without the expert's answer id, a yes at a2 is the first 'ja' answer.
  expect(roomPath(kader, addVote(addVote({}, 'a1', 'ja'), 'a2', 'ja'), []).moves[1]).toEqual({ node: 'a2', answer: 'ja-acuut' });
});

test('the expert path walks the moves from the start and stops at the first that does not fit', () => {
  expect(expertPath(kader, expert)).toEqual(['a1', 'a2', 'melden-veiligheid', 'a3', 'a4', 'hulp']);
  expect(expertPath(kader, [{ node: 'a1', answer: 'ja' }, { node: 'a3', answer: 'ja' }])).toEqual(['a1', 'a2']);
});

test('next and back stay within the slides; reveal works only on an afweging slide', () => {
  let s = initialPresenter();
  expect(go(s, -1, 3)).toBe(s);
  s = go(go(go(s, 1, 3), 1, 3), 1, 3);
  expect(s.index).toBe(2);
  expect(reveal(s, { kind: 'overview' })).toBe(s);
  const shown = reveal(s, { kind: 'afweging', node: 'a1', answer: 'ja' });
  expect(shown.revealed).toEqual({ a1: true });
  expect(reveal(shown, { kind: 'afweging', node: 'a1', answer: 'ja' })).toBe(shown);
});

test('the overview layout places every node of the kader once, questions on the top row', () => {
  const layout = layoutKader(kader);
  expect(Object.keys(layout.nodes).sort()).toEqual(Object.keys(kader.nodes).sort());
  for (const id of ['a1', 'a2', 'a3', 'a4', 'a5']) expect(layout.nodes[id]!.y).toBe(0);
  const positions = Object.values(layout.nodes).map((n) => `${n.x},${n.y}`);
  expect(new Set(positions).size).toBe(positions.length);
  expect(pathEdges(['a1', 'a2', 'a3'])).toEqual([{ from: 'a1', to: 'a2' }, { from: 'a2', to: 'a3' }]);
  expect(wrapLabel('Hulp afsluiten met afspraken over de veiligheid', 20)).toEqual(['Hulp afsluiten met', 'afspraken over de', 'veiligheid']);
});
