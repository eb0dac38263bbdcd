import { expect, test } from 'vitest';
import { isOverdue } from '../../../src/cases/dates';
import { applyKaderEvent } from '../../../src/cases/edit';
import { setMelding, setReason, setStepNotes, toggleChecked } from '../../../src/cases/fields';
import { summarise, summaryText, type SummaryLabels } from '../../../src/cases/summary';
import { newCase } from '../../../src/storage/restore';
import { compiledAlgemeen } from '../../helpers/packs';

const labels: SummaryLabels = {
  conversationNotes: 'Verslag',
  title: 'Samenvatting', label: 'Casus', pack: 'Inhoud', created: 'Aangemaakt', changed: 'Gewijzigd', status: 'Stand',
  statusName: { open: 'Open', gemeld: 'Gemeld', 'hulp-loopt': 'Hulp loopt', afgesloten: 'Afgesloten' }, followUp: 'Opnieuw wegen',
  step: (n) => `Stap ${n}`, notes: 'Aantekeningen', checked: 'Gedaan', checkedGone: (n) => `${n} afgevinkte punten horen niet meer bij dit pakket`, consultations: 'Overleg',
  consultKind: { collega: 'Collega', aandachtsfunctionaris: 'AF', 'veilig-thuis': 'VT', letselduiding: 'Letsel' },
  conversation: 'Gesprek', conversationHeld: { ja: 'Gevoerd', overgeslagen: 'Overgeslagen' }, skipReason: 'Reden',
  kader: 'Afweging', answeredAt: 'op', outcome: 'Uitkomst', waypoint: 'Uitkomst onderweg', report: 'Melden?',
  reportKind: { none: 'geen melding', new: 'melden', again: 'nieuwe melding', joint: 'al gemeld, gezamenlijke conclusie' }, meldnormen: 'Meldnormen', reason: 'Afweging in eigen woorden',
  decisions: 'Toelichting', melden: 'Melden', hulp: 'Hulp', melding: 'Melding', reported: (time, to) => `gemeld op ${time} bij ${to}`, yesNo: { ja: 'Ja', nee: 'Nee' }, empty: '(leeg)', officialFile: 'Niet het dossier.', routes: 'Bijzondere routes',
};

function walkedCase() {
  const pack = compiledAlgemeen();
  let c = newCase({ id: 'c1', label: 'AB-12', packId: 'algemeen', packVersion: pack.version, now: '2026-11-20T10:00:00.000Z' });
  c = setStepNotes(c, 1, 'Blauwe plek');
  for (const [node, answer] of [['a1', 'ja'], ['a2', 'nee'], ['a3', 'nee']]) c = applyKaderEvent(c, pack, { type: 'answer', node: node!, answer: answer! }, '2026-11-21T09:30:00.000Z');
  return { pack, c: setReason(c, 'Geen eigen hulp mogelijk') };
}

test('the summary lists every step, answer, outcome with meldnorm and time, and the pack version', () => {
  const { pack, c } = walkedCase();
  const text = summaryText(summarise(c, pack, 'nl', labels));
  for (let n = 1; n <= 5; n++) expect(text).toContain(`STAP ${n}:`);
  expect(text).toContain('Aantekeningen: Blauwe plek');
  expect(text).toMatch(/Afweging: Hulp: .* \(op 2026-11-21T09:30:00.000Z\)/);
  expect(text).toMatch(/Uitkomst: .*\(2026-11-21T09:30:00.000Z\)/);
  expect(text).toContain('Meldnormen: 2:');
  expect(text).toContain('Afweging in eigen woorden: Geen eigen hulp mogelijk');
  expect(text).toContain(`(algemeen ${pack.version})`);
});

function walk(moves: [string, string?][]) {
  const pack = compiledAlgemeen();
  let c = newCase({ id: 'c2', label: 'CD', packId: 'algemeen', packVersion: pack.version, now: '2026-11-20T10:00:00.000Z' });
  for (const [node, answer] of moves) {
    c = applyKaderEvent(c, pack, answer ? { type: 'answer', node, answer } : { type: 'continue', node }, '2026-11-21T09:30:00.000Z');
  }
  return summaryText(summarise(c, pack, 'nl', labels));
}

test('help that fails after a melding for acute unsafety ends in a new melding, in the summary too', () => {
  const text = walk([['a1', 'ja'], ['a2', 'ja-structureel'], ['melden-veiligheid'], ['a3', 'ja'], ['a4', 'ja'], ['hulp'], ['a5', 'nee']]);
  expect(text).toContain('Melden?: nieuwe melding');
  expect(text).toMatch(/Uitkomst: \(Opnieuw\) melden bij Veilig Thuis/);
  expect(text).toContain('Meldnormen: 1:');
  expect(text).toMatch(/\n3: /);
});

test('after a melding for acute unsafety, "no help possible" is recorded as the joint conclusion, once', () => {
  const text = walk([['a1', 'ja'], ['a2', 'ja-acuut'], ['melden-veiligheid'], ['a3', 'nee']]);
  expect(text).toContain('Melden?: al gemeld, gezamenlijke conclusie');
  const outcomes = text.split('\n').filter((l) => l.startsWith('Uitkomst'));
  expect(outcomes).toHaveLength(2);
  expect(outcomes[0]).toMatch(/^Uitkomst onderweg: Meld bij Veilig Thuis/);
  expect(outcomes[1]).not.toMatch(/Meld bij Veilig Thuis/);
  expect(text).not.toMatch(/meldnorm 2/i);
});

test('the summary leaves the case label out unless asked for it', () => {
  const { pack, c } = walkedCase();
  expect(summaryText(summarise(c, pack, 'nl', labels))).not.toContain('AB-12');
  expect(summaryText(summarise(c, pack, 'nl', labels, { withLabel: true }))).toContain('Casus: AB-12');
});

test('changing an earlier answer clears the outcome and keeps the times of the answers before it', () => {
  const { pack, c } = walkedCase();
  expect(c.kader.outcome?.code).toBe('melden');
  const changed = applyKaderEvent(c, pack, { type: 'answer', node: 'a3', answer: 'ja' }, '2026-11-22T08:00:00.000Z');
  expect(changed.kader.outcome).toBeUndefined();
  expect(changed.kader.answeredAt).toEqual({ a1: '2026-11-21T09:30:00.000Z', a2: '2026-11-21T09:30:00.000Z', a3: '2026-11-22T08:00:00.000Z' });
});

test('the same answer again changes nothing: the outcome, the later answers and their times stay', () => {
  const { pack, c } = walkedCase();
  expect(applyKaderEvent(c, pack, { type: 'answer', node: 'a1', answer: 'ja' }, '2026-11-22T08:00:00.000Z')).toBe(c);
});

test('a follow-up is overdue from the day after its date, unless the case is closed', () => {
  expect(isOverdue('2026-11-22', 'open', '2026-11-23')).toBe(true);
  expect(isOverdue('2026-11-23', 'open', '2026-11-23')).toBe(false);
  expect(isOverdue('2026-11-22', 'afgesloten', '2026-11-23')).toBe(false);
  expect(isOverdue('', 'open', '2026-11-23')).toBe(false);
});

test('ticked items print by id, in the order of the pack, whatever order they were ticked in', () => {
  const { pack, c } = walkedCase();
  const ticked = ['letterlijk-gezegd', 'kindcheck'].reduce((x, id) => toggleChecked(x, 1, id), c);
  const step1 = summarise(ticked, pack, 'nl', labels)[1]!;
  expect(step1.lines.find((l) => l.label === 'Gedaan')?.text).toBe(`✓ ${pack.steps[1].todo[2]!.text}\n✓ ${pack.steps[1].record[2]!.text}`);
});

test('a tick whose item the pack no longer has is counted, never printed as another item, under the same single label', () => {
  const { pack, c } = walkedCase();
  // 'todo.1' is how cases stored ticks before item ids; 'vervallen-punt' an id a later version dropped.
  const ticked = ['kindcheck', 'vervallen-punt', 'todo.1'].reduce((x, id) => toggleChecked(x, 1, id), c);
  const lines = summarise(ticked, pack, 'nl', labels)[1]!.lines.filter((l) => l.label === 'Gedaan').map((l) => l.text);
  expect(lines).toEqual([`✓ ${pack.steps[1].todo[2]!.text}\n2 afgevinkte punten horen niet meer bij dit pakket`]);
});

test('dates without a time go through formatDate: follow-up, consultation, conversation and melding', () => {
  const { pack, c } = walkedCase();
  const dated = { ...c, followUp: '2026-12-01', consultations: [{ id: 'k', kind: 'collega' as const, date: '2026-11-21', time: '', advice: 'x' }], conversation: { held: 'ja' as const, date: '2026-11-22', notes: 'y', skipReason: '' }, decisions: { ...c.decisions, melden: 'ja' as const, meldDate: '2026-11-24' } };
  const text = summaryText(summarise(dated, pack, 'nl', labels, { formatDate: (d) => `<${d}>` }));
  for (const d of ['2026-12-01', '2026-11-21', '2026-11-22', '2026-11-24']) expect(text).toContain(`<${d}>`);
  expect(text).toContain('Verslag: y');
});

test('a melding recorded on the outcome screen is in the summary, with its time and whom it went to', () => {
  const { pack, c } = walkedCase();
  expect(summaryText(summarise(c, pack, 'nl', labels))).not.toContain('Melding:');
  const reported = setMelding(c, { meldAt: '2026-11-21T14:05', meldTo: 'Veilig Thuis' });
  const text = summaryText(summarise(reported, pack, 'nl', labels, { formatTime: (at) => `[${at}]` }));
  expect(text).toContain('Melding: gemeld op [2026-11-21T14:05] bij Veilig Thuis');
});

test('each recorded line says where it is changed: its step, its question, or the outcome; the case facts do not', () => {
  const { pack, c } = walkedCase();
  const sections = summarise(toggleChecked(c, 2, 'x'), pack, 'nl', labels);
  const find = (label: string | RegExp) => sections.flatMap((s) => s.lines).find((x) => x.label !== undefined && (typeof label === 'string' ? x.label === label : label.test(x.label)))!;
  expect(sections[0]!.lines.every((x) => !x.change)).toBe(true);
  expect(find('Aantekeningen').change).toEqual({ step: 1 });
  expect(sections.flatMap((s) => s.lines).filter((x) => x.label?.startsWith('Afweging:')).map((x) => x.change)).toEqual([{ node: 'a1' }, { node: 'a2' }, { node: 'a3' }]);
  expect(find('Uitkomst').change).toEqual({ kader: 'outcome' });
  expect(find('Afweging in eigen woorden').change).toEqual({ kader: 'outcome' });
  // A step with nothing recorded has nothing to change.
  expect(sections.find((s) => s.heading.startsWith('Stap 3'))!.lines).toEqual([{ text: '(leeg)' }]);
});
