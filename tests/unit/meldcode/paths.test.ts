import { describe, expect, test } from 'vitest';
import { allWalks, checkKader } from '../../../src/meldcode/check';
import { initialState, isExit, next, position } from '../../../src/meldcode/engine';
import type { Kader } from '../../../src/meldcode/types';
import { reference, referenceKader, walkReferencePath } from '../../helpers/kader';
import { compiledAlgemeen } from '../../helpers/packs';

// Meldnormen and 'gemeld' per path, from shared/domain/afwegingskader.md §4 (same order as paths_expected).
const EXPECTED = [
  { meldnormen: [], gemeld: false },
  { meldnormen: [1], gemeld: true },
  { meldnormen: [1], gemeld: true },
  { meldnormen: [1], gemeld: true },
  { meldnormen: [1, 3], gemeld: true },
  { meldnormen: [2], gemeld: true },
  { meldnormen: [2], gemeld: true },
  { meldnormen: [], gemeld: false },
  { meldnormen: [3], gemeld: true },
];

const kaders: [string, Kader][] = [
  ['the reference graph', referenceKader()],
  ['the Algemeen pack', compiledAlgemeen().kader],
];

describe.each(kaders)('%s', (_name, kader) => {
  test('has no structural problems', () => {
    expect(checkKader(kader)).toEqual([]);
  });

  test.each(reference.paths_expected.map((path, i) => [i + 1, path, EXPECTED[i]!] as const))(
    'path %i (%j) ends with the expected outcome and meldnormen',
    (_n, path, expected) => {
      for (const variant of [0, 1]) {
        const pos = position(kader, walkReferencePath(kader, path, variant));
        expect(pos.finished).toBe(true);
        expect(pos.meldnormen).toEqual(expected.meldnormen);
        expect(pos.gemeld).toBe(expected.gemeld);
      }
    },
  );

  test('every path that starts with a suspicion and acute or structural unsafety ends reported', () => {
    for (const walk of allWalks(kader)) {
      const state = { start: kader.start, moves: walk };
      const pos = position(kader, state);
      expect(pos.finished).toBe(true);
      const a2Yes = walk.some((m) => {
        const node = kader.nodes[m.node];
        return node?.type === 'question' && node.afweging === 2 && node.answers.find((a) => a.id === m.answer)?.value === 'ja';
      });
      if (a2Yes) {
        expect(pos.gemeld).toBe(true);
        expect(pos.meldnormen[0]).toBe(1);
      }
    }
  });
});

test('the Algemeen pack has one walk per reference path, plus the acute variants of afweging 2 and the exits of the help path', () => {
  const kader = compiledAlgemeen().kader;
  const walks = allWalks(kader);
  const byExit = walks.filter((w) => w.some((m) => isExit(kader, m)));
  expect(walks.length - byExit.length).toBe(reference.paths_expected.length + 4);
  // Three walks reach 'hulp' (a2 = nee, ja-acuut, ja-structureel); each can leave at 'hulp' and at afweging 5.
  expect(byExit).toHaveLength(6);
});

const helpPath = (kader: Kader) => {
  const hulp = Object.keys(kader.nodes).filter((id) => (kader.nodes[id] as { followUp?: boolean }).followUp);
  return [...hulp, ...hulp.map((id) => (kader.nodes[id] as { next: string }).next)];
};

test('every screen of the help path offers a way to report a new safety concern at once (meldnorm 1)', () => {
  const kader = compiledAlgemeen().kader;
  expect(helpPath(kader)).toEqual(['hulp', 'a5']);
  for (const id of helpPath(kader)) {
    const exit = kader.nodes[id]!.exits?.[0];
    expect(exit, id).toBeDefined();
    expect(kader.nodes[exit!.next]).toMatchObject({ type: 'outcome', code: 'melden', meldnorm: 1, alwaysReport: true });
  }
});

test('a new safety concern during help is a new melding under meldnorm 1, also after an earlier melding', () => {
  const kader = compiledAlgemeen().kader;
  for (const walk of allWalks(kader).filter((w) => w.some((m) => isExit(kader, m)))) {
    const pos = position(kader, { start: kader.start, moves: walk });
    expect(pos).toMatchObject({ finished: true, gemeld: true, current: 'melden-nieuwe-zorg' });
    expect(pos.meldnormen).toContain(1);
    expect(pos.report).toBe(pos.withVeiligThuis ? 'again' : 'new');
  }
});

test('no walk ends in a joint conclusion unless Veilig Thuis already has a melding from this walk, and afweging 5 "nee" is always a melding', () => {
  const kader = compiledAlgemeen().kader;
  for (const walk of allWalks(kader)) {
    const pos = position(kader, { start: kader.start, moves: walk });
    const node = kader.nodes[pos.current]!;
    if (pos.report === 'joint') expect(pos.path.some((id) => (kader.nodes[id] as { withVeiligThuis?: boolean }).withVeiligThuis)).toBe(true);
    if (node.type === 'outcome' && node.code === 'opnieuw-melden') {
      expect(['new', 'again']).toContain(pos.report);
      expect(pos.meldnormen).toContain(3);
    }
  }
});

test('answering "ja, acuut" at afweging 2 marks the walk acute, "ja, structureel" does not', () => {
  const kader = compiledAlgemeen().kader;
  let state = next(kader, initialState(kader), { type: 'answer', node: 'a1', answer: 'ja' });
  const acute = next(kader, state, { type: 'answer', node: 'a2', answer: 'ja-acuut' });
  const structural = next(kader, state, { type: 'answer', node: 'a2', answer: 'ja-structureel' });
  expect(position(kader, acute).acute).toBe(true);
  expect(position(kader, structural).acute).toBe(false);
  expect(position(kader, state).acute).toBe(false);
  state = next(kader, acute, { type: 'continue', node: 'melden-veiligheid' });
  expect(position(kader, state)).toMatchObject({ acute: true, withVeiligThuis: true, current: 'a3' });
});

test('afweging 5 is only reachable after help was accepted', () => {
  const kader = compiledAlgemeen().kader;
  for (const walk of allWalks(kader)) {
    const nodes = walk.map((m) => m.node);
    const a5 = nodes.findIndex((id) => (kader.nodes[id] as { afweging?: number }).afweging === 5);
    if (a5 === -1) continue;
    const before = kader.nodes[nodes[a5 - 1]!]!;
    expect(before).toMatchObject({ type: 'outcome', code: 'hulp-bieden-of-organiseren', followUp: true });
  }
});
