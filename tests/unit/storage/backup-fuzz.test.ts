import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { backLink, waypointShown } from '../../../src/app/kader-links';
import { caseWalk, doneSteps } from '../../../src/cases/walk';
import { positionHref } from '../../../src/ui/kader-href';
import { applyKaderEvent } from '../../../src/cases/edit';
import { summarise, summaryText, type SummaryLabels } from '../../../src/cases/summary';
import type { Case } from '../../../src/cases/types';
import { moveWording, outcomeOnPath } from '../../../src/content/wording';
import { allWalks } from '../../../src/meldcode/check';
import { position, reconcile } from '../../../src/meldcode/engine';
import type { Kader } from '../../../src/meldcode/types';
import { asCopy, fitBackup, parseBackup, serialiseBackup, type BackupError } from '../../../src/storage/backup';
import { addCases, deleteAllCases, getCase } from '../../../src/storage/cases';
import { closeDatabase } from '../../../src/storage/db';
import { newCase } from '../../../src/storage/restore';
import { compiledAlgemeen } from '../../helpers/packs';

/**
 * Issue 11, B12: a few hundred mutated backups, from a fixed seed so a failure can be replayed.
 * Each must either be refused with one of the errors the data screen words, or import cases that
 * all open: the app's own code for an open case (caseWalk, then what the pack screens and the
 * summary compute from it) must not throw, whether the pack was at hand at import or not.
 */

const SEED = 20261123;
const BACKUPS = 300;
const pack = compiledAlgemeen();
const kader = pack.kader;

/** mulberry32: small, fast and the same on every machine. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = prng(SEED);
const int = (n: number) => Math.floor(random() * n);
const pick = <T,>(items: readonly T[]): T => items[int(items.length)]!;

const nodeIds = Object.keys(kader.nodes);
const answerIds = [...new Set(Object.values(kader.nodes).flatMap((n) => [...(n.type === 'question' ? n.answers.map((a) => a.id) : []), ...(n.exits ?? []).map((e) => e.id)]))];
const HOSTILE = ['', 'z9', 'constructor', '__proto__', 'toString', 'hasOwnProperty', 'x'.repeat(200), 7, -1, null, true, [], {}, { node: 'a1' }];
const ID_POOL = [...nodeIds, ...HOSTILE];
const ANSWER_POOL = [...answerIds, 'misschien', undefined, ...HOSTILE];

/** Cases along real walks of the pack, with answer times and outcomes, as the app saves them. */
function realCases(): Case[] {
  const walks = allWalks(kader);
  return Array.from({ length: 4 }, (_, i) => {
    let c = newCase({ id: `c${i}`, label: `K${i}`, packId: 'algemeen', packVersion: pack.version, now: '2026-11-01T10:00:00.000Z' });
    for (const move of pick(walks)) {
      const event = move.answer === undefined ? { type: 'continue' as const, node: move.node } : { type: 'answer' as const, node: move.node, answer: move.answer };
      c = applyKaderEvent(c, pack, event, '2026-11-02T10:00:00.000Z');
    }
    return c;
  });
}

type Json = any;
const MUTATIONS: ((file: Json, c: Json) => void)[] = [
  (_f, c) => { c.kader.state.start = pick(ID_POOL); },
  (_f, c) => { c.kader.state.moves.reverse(); },
  (_f, c) => { const m = c.kader.state.moves; if (m.length > 1) { const i = int(m.length), j = int(m.length); [m[i], m[j]] = [m[j], m[i]]; } },
  (_f, c) => { const m = c.kader.state.moves; if (m.length) m.splice(int(m.length), 0, structuredClone(pick<Json>(m))); },
  (_f, c) => { c.kader.state.moves.splice(int(c.kader.state.moves.length + 1), 1); },
  (_f, c) => { c.kader.state.moves.splice(int(c.kader.state.moves.length + 1), 0, { node: pick(ID_POOL), answer: pick(ANSWER_POOL) }); },
  (_f, c) => { const m = c.kader.state.moves; if (m.length) pick<Json>(m).answer = pick(ANSWER_POOL); },
  (_f, c) => { const m = c.kader.state.moves; if (m.length) pick<Json>(m).node = pick(ID_POOL); },
  (_f, c) => { c.kader.state.moves = pick<unknown>([null, 'a1', 5, {}, Array.from({ length: 50 }, () => ({ node: pick(ID_POOL), answer: pick(ANSWER_POOL) }))]); },
  (_f, c) => { c.kader.state = pick<unknown>([null, [], 'kapot', { moves: c.kader.state.moves }]); },
  (_f, c) => { c.kader = pick<unknown>([null, undefined, 'kader', { state: { start: 'a1' } }]); },
  (_f, c) => { if (c.kader) c.kader.answeredAt = pick<unknown>([null, { a1: 'nooit' }, { constructor: '2026-11-02T10:00:00.000Z' }, []]); },
  (_f, c) => { if (c.kader) c.kader.outcome = pick<unknown>([null, { node: pick(ID_POOL), code: 'melden', meldnormen: [1], at: '' }, { node: 'afsluiten', code: 'bellen' }]); },
  (_f, c) => { c.packId = pick<unknown>(['algemeen', 'algemeen', 'onbekend', 'constructor', '__proto__', '', 7, '../packs/index']); },
  (_f, c) => { c.id = pick<unknown>(['c0', 'c1', '', null, 'constructor', c.id]); },
  (_f, c) => { c.done = pick<unknown>([[1, 9, 'x'], 'all', null]); },
  (f) => { f.cases.push(pick<unknown>([null, 'kapot', { id: 'zonder-pack' }, structuredClone(pick(f.cases))])); },
  (f) => { f.version = pick<unknown>([1, 2, 0, '1', null]); },
  (f) => { f.format = pick<unknown>(['meldwijzer-backup', 'meldwijzer-backup', 'iets anders', null]); },
  (f) => { f.cases = pick<unknown>([f.cases, [], null, {}]); },
];

function mutatedBackup(): string {
  const file = JSON.parse(serialiseBackup(realCases(), new Date('2026-11-23T12:00:00Z')));
  const times = 1 + int(4);
  for (let i = 0; i < times; i++) {
    const c = Array.isArray(file.cases) && file.cases.length ? pick(file.cases) : null;
    try {
      pick(MUTATIONS)(file, c);
    } catch {
      // The mutation does not apply to what earlier ones left (e.g. no walk any more): skip it.
    }
  }
  const text = JSON.stringify(file);
  // Now and then damage the text itself, as a broken download would.
  return random() < 0.05 ? text.slice(0, int(text.length)) : text;
}

const labels: SummaryLabels = {
  title: 'S', label: 'L', pack: 'P', created: 'C', changed: 'G', status: 'St', statusName: { open: 'o', gemeld: 'g', 'hulp-loopt': 'h', afgesloten: 'a' }, followUp: 'F',
  step: (n) => `Stap ${n}`, notes: 'N', checked: 'V', checkedGone: (n) => `weg ${n}`, consultations: 'O', consultKind: { collega: 'c', aandachtsfunctionaris: 'a', 'veilig-thuis': 'v', letselduiding: 'l' },
  conversation: 'G', conversationHeld: { ja: 'j', overgeslagen: 'o' }, conversationNotes: 'GN', skipReason: 'R', kader: 'K', answeredAt: 'op', outcome: 'U', waypoint: 'W', report: 'M',
  reportKind: { none: 'n', new: 'm', again: 'a', joint: 'j' }, meldnormen: 'MN', reason: 'R', decisions: 'B', melden: 'M', hulp: 'H', melding: 'MD', reported: (time, to) => `${time} ${to}`, yesNo: { ja: 'j', nee: 'n' }, empty: '-', officialFile: 'D', routes: 'RT',
};

/** What the app computes when a case of this pack is opened: useWalk, the pack screens, the summary. */
function openCase(c: Case) {
  const walk = caseWalk(pack, c);
  const pos = position(kader, walk.kader);
  doneSteps(pack, walk, pos);
  positionHref(pack, pos);
  for (const node of pos.path) backLink(pack, pos, node);
  waypointShown(pack, pos, undefined);
  walk.kader.moves.forEach((move, i) => moveWording(kader, pos.path, i, move));
  if (pos.finished) outcomeOnPath(kader, pos.path, pos.path.length - 1);
  for (const lang of pack.locales) summaryText(summarise(c, pack, lang, labels, { withLabel: true }));
  // An answer given after opening starts from the part that fits.
  if (!pos.finished && kader.nodes[pos.current]?.type === 'question') {
    const node = kader.nodes[pos.current]!;
    if (node.type === 'question') applyKaderEvent(c, pack, { type: 'answer', node: pos.current, answer: node.answers[0]!.id }, '2026-11-24T10:00:00.000Z');
  }
}

const ERRORS: BackupError[] = ['not-json', 'not-ours', 'newer-version', 'empty', 'too-large'];

beforeAll(() => { globalThis.indexedDB = new IDBFactory(); });
afterAll(async () => { await closeDatabase(); });

test(`${BACKUPS} mutated backups (seed ${SEED}) are each refused with a worded error or import cases that all open`, async () => {
  const stats = { refused: 0, imported: 0, cases: 0, trimmedCases: 0, openedUnfitted: 0 };
  for (let n = 0; n < BACKUPS; n++) {
    const text = mutatedBackup();
    const parsed = parseBackup(text, { existingIds: new Set(['c0']) });
    if (!parsed.ok) {
      expect(ERRORS, `backup ${n}`).toContain(parsed.error);
      stats.refused++;
      continue;
    }
    // Every other backup is imported while the pack is not at hand (offline, not yet cached):
    // then opening has to cope with the walk as the file gave it.
    const withPack = n % 2 === 0;
    const read = fitBackup(parsed, new Map<string, Kader>(withPack ? [['algemeen', kader]] : []));
    stats.trimmedCases += read.trimmed;
    const cases = [...read.toAdd, ...read.duplicates.map((c) => asCopy(c))];
    if (cases.length === 0) continue; // the data screen says 'no cases in this file'
    await deleteAllCases();
    await addCases(cases);
    stats.imported++;
    for (const added of cases) {
      const c = (await getCase(added.id))!;
      expect(c, `backup ${n}`).toBeDefined();
      if (c.packId !== 'algemeen') continue; // another pack's screens are not this pack's to open
      stats.cases++;
      if (withPack) expect(reconcile(kader, c.kader.state), `backup ${n}`).toBe(c.kader.state);
      else if (reconcile(kader, c.kader.state) !== c.kader.state) stats.openedUnfitted++;
      expect(() => openCase(c), `backup ${n}`).not.toThrow();
    }
  }
  // The mutations must actually reach every path, or this test proves nothing.
  expect(stats.refused).toBeGreaterThan(20);
  expect(stats.imported).toBeGreaterThan(150);
  expect(stats.trimmedCases).toBeGreaterThan(40);
  expect(stats.openedUnfitted).toBeGreaterThan(40);
}, 60_000);
