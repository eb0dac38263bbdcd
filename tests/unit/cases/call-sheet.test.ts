import { expect, test } from 'vitest';
import { applyCallRecord, callRecordProblems } from '../../../src/cases/call-record';
import { callSheet } from '../../../src/cases/call-sheet';
import { applyKaderEvent } from '../../../src/cases/edit';
import { addConsultation, setConversation, setDecisions, setStepNotes, toggleChecked } from '../../../src/cases/fields';
import type { SummaryLabels } from '../../../src/cases/summary';
import { newCase, normaliseCase } from '../../../src/storage/restore';
import { compiledAlgemeen } from '../../helpers/packs';

const labels: SummaryLabels = {
  conversationNotes: 'Verslag', title: 'Samenvatting', label: 'Casus', pack: 'Inhoud', created: 'Aangemaakt', changed: 'Gewijzigd', status: 'Stand',
  statusName: { open: 'Open', gemeld: 'Gemeld', 'hulp-loopt': 'Hulp loopt', afgesloten: 'Afgesloten' }, followUp: 'Opnieuw wegen',
  step: (n) => `Stap ${n}`, notes: 'Aantekeningen', checked: 'Gedaan', checkedGone: (n) => `${n} weg`, consultations: 'Overleg',
  consultKind: { collega: 'Collega', aandachtsfunctionaris: 'AF', 'veilig-thuis': 'VT', letselduiding: 'Letsel' },
  conversation: 'Gesprek', conversationHeld: { ja: 'Gevoerd', overgeslagen: 'Overgeslagen' }, skipReason: 'Reden',
  kader: 'Afweging', answeredAt: 'op', outcome: 'Uitkomst', waypoint: 'Uitkomst onderweg', report: 'Melden?',
  reportKind: { none: 'geen melding', new: 'melden', again: 'nieuwe melding', joint: 'gezamenlijk' }, meldnormen: 'Meldnormen', reason: 'Eigen woorden',
  decisions: 'Toelichting', melden: 'Melden', hulp: 'Hulp', melding: 'Melding', reported: (time, to) => `gemeld op ${time} bij ${to}`, yesNo: { ja: 'Ja', nee: 'Nee' }, empty: '(leeg)', officialFile: 'Niet het dossier.', routes: 'Routes',
};
const pack = compiledAlgemeen();
const blank = () => newCase({ id: 'c1', label: 'AB', packId: 'algemeen', packVersion: pack.version, now: '2026-11-20T10:00:00.000Z' });
const byPart = (c: ReturnType<typeof blank>) => Object.fromEntries(callSheet(c, pack, 'nl', labels).map((s) => [s.part, s]));

test('an empty case: every part Veilig Thuis asks about is there, in order, and holds nothing', () => {
  const sheet = callSheet(blank(), pack, 'nl', labels);
  expect(sheet.map((s) => s.part)).toEqual(['safety', 'signals', 'consultations', 'conversation', 'kader', 'decisions']);
  for (const s of sheet) expect(s.lines).toEqual([]);
  expect(sheet.map((s) => s.step)).toEqual([pack.kaderStep, 1, 2, 3, pack.kaderStep, 5]);
});

test("the case's answers fill the parts, with the pack's item texts, the outcome and meldnormen as the summary words them", () => {
  const item = pack.steps[1].todo[0]!;
  let c = setStepNotes(blank(), 1, 'Blauwe plek op arm');
  c = toggleChecked(c, 1, item.id);
  c = addConsultation(c, { id: 'k1', kind: 'aandachtsfunctionaris', date: '2026-11-21', time: '', advice: 'Bel VT' });
  c = setConversation(c, { held: 'overgeslagen', skipReason: 'Gevaar voor het kind' });
  for (const [node, answer] of [['a1', 'ja'], ['a2', 'ja-acuut']] as const) c = applyKaderEvent(c, pack, { type: 'answer', node, answer }, '2026-11-21T09:30:00.000Z');
  c = setDecisions(c, { melden: 'ja', notes: 'Vandaag melden' });
  const parts = byPart(c);
  expect(parts.signals!.lines.map((l) => l.text)).toEqual([`✓ ${item.text}`, 'Blauwe plek op arm']);
  expect(parts.signals!.lines[0]!.label).toBe('Gedaan');
  expect(parts.consultations!.lines).toEqual([expect.objectContaining({ label: 'Overleg: AF, 2026-11-21', text: 'Bel VT' })]);
  expect(parts.conversation!.lines.map((l) => l.text)).toEqual(['Overgeslagen', 'Gevaar voor het kind']);
  // The acute question's answer is what Veilig Thuis asks first; it stays in the weighing too.
  expect(parts.safety!.lines).toHaveLength(1);
  expect(parts.safety!.lines[0]!.change).toEqual({ node: 'a2' });
  const kader = parts.kader!.lines.map((l) => l.label);
  expect(kader.filter((l) => l?.startsWith('Afweging:'))).toHaveLength(2);
  expect(parts.decisions!.lines.map((l) => l.text)).toEqual(['Ja', 'Vandaag melden']);
});

test('an advice call becomes a step-2 consultation with Veilig Thuis, with its time', () => {
  const { c, step } = applyCallRecord(blank(), { date: '2026-11-22', time: '14:05', kind: 'advies', advice: 'Eerst gesprek met moeder' }, { id: 'r1' });
  expect(step).toBe(2);
  expect(c.consultations).toEqual([{ id: 'r1', kind: 'veilig-thuis', date: '2026-11-22', time: '14:05', advice: 'Eerst gesprek met moeder' }]);
  expect(c.decisions).toEqual(blank().decisions);
});

test('a melding fills step 5 and adds the advice below the notes already there, never over them', () => {
  const before = setDecisions(blank(), { notes: 'Eigen overwegingen.', hulp: 'ja' });
  const { c, step } = applyCallRecord(before, { date: '2026-11-22', time: '09:00', kind: 'melding', advice: 'VT neemt contact op' }, { id: 'r1', notePrefix: 'VT: ' });
  expect(step).toBe(5);
  expect(c.decisions).toMatchObject({ melden: 'ja', meldDate: '2026-11-22', meldAt: '2026-11-22T09:00', meldTo: 'Veilig Thuis', hulp: 'ja', notes: 'Eigen overwegingen.\n\nVT: VT neemt contact op' });
  expect(c.consultations).toEqual([]);
  // Without advice the notes stay as they were; into empty notes the advice goes alone.
  expect(applyCallRecord(before, { date: '2026-11-22', time: '09:00', kind: 'melding', advice: ' ' }, { id: 'r' }).c.decisions.notes).toBe('Eigen overwegingen.');
  expect(applyCallRecord(blank(), { date: '2026-11-22', time: '09:00', kind: 'melding', advice: 'x' }, { id: 'r', notePrefix: 'VT: ' }).c.decisions.notes).toBe('VT: x');
});

test('bad input: an empty or impossible date or time is a problem, and is never applied', () => {
  expect(callRecordProblems({ date: '', time: '' })).toEqual(['date', 'time']);
  expect(callRecordProblems({ date: '2026-02-30', time: '24:00' })).toEqual(['date', 'time']);
  expect(callRecordProblems({ date: '2026-2-3', time: '9:5' })).toEqual(['date', 'time']);
  expect(callRecordProblems({ date: ' 2026-02-28 ', time: '23:59' })).toEqual([]);
  expect(() => applyCallRecord(blank(), { date: '2026-02-30', time: '10:00', kind: 'advies', advice: 'x' }, { id: 'r' })).toThrow(RangeError);
});

test('very long advice is kept whole, also after a save and restore', () => {
  const advice = 'a'.repeat(60_000);
  const { c } = applyCallRecord(blank(), { date: '2026-11-22', time: '10:00', kind: 'advies', advice }, { id: 'r' });
  expect(normaliseCase(JSON.parse(JSON.stringify(c)))!.consultations[0]!.advice).toBe(advice);
});

test('restore: consultations from before the time field get an empty time; a bad time is dropped', () => {
  const old = { ...blank(), consultations: [{ id: 'k', kind: 'collega', date: '2026-11-21', advice: 'x' }, { id: 'l', kind: 'veilig-thuis', date: '2026-11-21', time: '25:61', advice: 'y' }, { id: 'm', kind: 'veilig-thuis', date: '', time: '08:15', advice: '' }] };
  expect(normaliseCase(old)!.consultations.map((k) => k.time)).toEqual(['', '', '08:15']);
});
