import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import { applyKaderEvent } from '../../src/cases/edit';
import { setConversation, setDecisions, setStepNotes, toggleChecked } from '../../src/cases/fields';
import type { Case } from '../../src/cases/types';
import { initI18n } from '../../src/i18n';
import en from '../../src/i18n/locales/en.json';
import enCases from '../../src/i18n/locales/en.cases.json';
import enPack from '../../src/i18n/locales/en.pack.json';
import nlCases from '../../src/i18n/locales/nl.cases.json';
import nlPack from '../../src/i18n/locales/nl.pack.json';
import { newCase } from '../../src/storage/restore';
import { CallSheet } from '../../src/ui/CallSheet';
import { compiledAlgemeen } from '../helpers/packs';

// The directory as the app reads it, with one region that has a direct number (as VT10 has).
vi.mock('../../src/directory/load', () => ({
  loadDirectory: () => Promise.resolve({
    sources: {}, gemeenten: [], former: [], aliases: [], postcodes: null,
    regions: [{ code: 'VT10', cbsName: 'Hollands-Midden', name: 'Veilig Thuis Hollands Midden', website: null, phone: '088-308 3636', source: 'https://example.org/vt10', checked: '2026-11' }],
  }),
}));

afterEach(cleanup);

const pack = compiledAlgemeen();
const nl = () => initI18n('nl', { strict: true, resources: { nl: { ...nlCases, ...nlPack } } });
const blank = () => newCase({ id: 'cs1', label: 'CS', packId: 'algemeen', packVersion: pack.version, now: '2026-11-20T10:00:00.000Z' });

/** The sheet with a real edit: each change is applied and the sheet rendered again. */
function sheet(start: Case, region: string | null = null) {
  let c = start;
  const ui = () => <CallSheet pack={pack} lang="nl" caseHere={c} region={region} edit={edit} />;
  const edit = (change: (x: Case) => Case) => { c = change(c); view.rerender(ui()); };
  const view = render(ui());
  return { current: () => c };
}
const part = (name: string) => screen.getByRole('region', { name });

test("the sheet shows the case's answers filled in under what Veilig Thuis asks, and says what is not filled in yet", () => {
  nl();
  let c = toggleChecked(setStepNotes(blank(), 1, 'Blauwe plek op arm'), 1, pack.steps[1].todo[0]!.id);
  c = setConversation(c, { held: 'overgeslagen', skipReason: 'Gevaar voor het kind' });
  c = applyKaderEvent(c, pack, { type: 'answer', node: 'a1', answer: 'ja' }, '2026-11-21T09:30:00.000Z');
  c = applyKaderEvent(c, pack, { type: 'answer', node: 'a2', answer: 'ja-acuut' }, '2026-11-21T09:31:00.000Z');
  sheet(c);
  expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Bel voorbereiden');
  const signals = part('Signalen');
  expect(signals.textContent).toContain('Blauwe plek op arm');
  expect(signals.textContent).toContain(pack.steps[1].todo[0]!.text);
  expect(within(part('Wat de cliënt ervan vindt')).getByText('Gevaar voor het kind')).toBeTruthy();
  expect(within(part('Veiligheid nu')).queryByText('Nog niet ingevuld')).toBeNull();
  expect(within(part('Je afwegingen')).getAllByRole('term').length).toBeGreaterThanOrEqual(2);
  // Nothing consulted and nothing decided yet: said, with the way to fill it in.
  expect(within(part('Wat je al deed')).getByText('Nog niet ingevuld')).toBeTruthy();
  expect(within(part('Je besluit')).getByText('Nog niet ingevuld')).toBeTruthy();
  expect(within(part('Wat je al deed')).getByRole('link', { name: 'Aanvullen in stap 2' }).getAttribute('href')).toBe('/algemeen/stap/2/');
  // Tap to call, and where the words come from.
  expect(screen.getByRole('link', { name: 'Bel Veilig Thuis: 0800-2000' }).getAttribute('href')).toBe('tel:08002000');
  const source = document.querySelector('.call-source')!;
  expect(source.textContent).toMatch(/^Bron: Veilig Thuis Hollands Midden/);
  expect(within(source as HTMLElement).getAllByRole('link').length).toBeGreaterThanOrEqual(3);
});

test('choosing melden changes what the anonymity part says', () => {
  nl();
  sheet(blank());
  expect(screen.getByRole('heading', { name: 'Wat anoniem blijft bij een advies' })).toBeTruthy();
  expect(screen.getByText(/hoeft de cliënt niet te noemen/)).toBeTruthy();
  fireEvent.click(within(screen.getByRole('group', { name: 'Wat ga je doen?' })).getByRole('radio', { name: /^Melden/ }));
  expect(screen.queryByRole('heading', { name: 'Wat anoniem blijft bij een advies' })).toBeNull();
  expect(screen.getByRole('heading', { name: 'Wat een melding nodig heeft' })).toBeTruthy();
  expect(screen.getByText(/Je meldt onder je eigen naam/)).toBeTruthy();
  // The record follows the choice.
  expect((within(screen.getByRole('group', { name: 'Wat was het?' })).getByRole('radio', { name: 'Melden' }) as HTMLInputElement).checked).toBe(true);
});

test('an advice call is recorded as a step-2 consultation with Veilig Thuis, with a link there', () => {
  nl();
  const s = sheet(blank());
  fireEvent.input(screen.getByLabelText('Datum van het gesprek'), { target: { value: '2026-11-22' } });
  fireEvent.input(screen.getByLabelText('Tijd'), { target: { value: '14:05' } });
  fireEvent.input(screen.getByLabelText('Wat Veilig Thuis adviseerde'), { target: { value: 'Eerst met moeder praten' } });
  fireEvent.click(screen.getByRole('button', { name: 'Gesprek vastleggen' }));
  expect(s.current().consultations).toEqual([expect.objectContaining({ kind: 'veilig-thuis', date: '2026-11-22', time: '14:05', advice: 'Eerst met moeder praten' })]);
  const status = screen.getByRole('status');
  expect(status.textContent).toContain('stap 2');
  expect(within(status).getByRole('link', { name: 'Naar stap 2' }).getAttribute('href')).toBe('/algemeen/stap/2/');
  // The sheet itself now shows it under what was already done.
  expect(within(part('Wat je al deed')).getByText('Eerst met moeder praten')).toBeTruthy();
});

test('a melding goes into step 5, after the notes already there', () => {
  nl();
  const s = sheet(setDecisions(blank(), { notes: 'Eerder besproken.' }));
  fireEvent.click(within(screen.getByRole('group', { name: 'Wat ga je doen?' })).getByRole('radio', { name: /^Melden/ }));
  fireEvent.input(screen.getByLabelText('Datum van het gesprek'), { target: { value: '2026-11-22' } });
  fireEvent.input(screen.getByLabelText('Tijd'), { target: { value: '09:00' } });
  fireEvent.input(screen.getByLabelText('Wat Veilig Thuis adviseerde'), { target: { value: 'VT belt terug' } });
  fireEvent.click(screen.getByRole('button', { name: 'Gesprek vastleggen' }));
  expect(s.current().decisions).toMatchObject({ melden: 'ja', meldDate: '2026-11-22', meldAt: '2026-11-22T09:00', meldTo: 'Veilig Thuis' });
  expect(s.current().decisions.notes).toMatch(/^Eerder besproken\.\n\n.*VT belt terug$/);
  expect(within(screen.getByRole('status')).getByRole('link', { name: 'Naar stap 5' }).getAttribute('href')).toBe('/algemeen/stap/5/');
});

test('bad input: an empty or impossible date or time is said at the top and by the field; nothing is saved and nothing typed is lost', () => {
  nl();
  const s = sheet(blank());
  const long = 'lang advies '.repeat(5000);
  fireEvent.input(screen.getByLabelText('Datum van het gesprek'), { target: { value: '' } });
  fireEvent.input(screen.getByLabelText('Tijd'), { target: { value: '' } });
  fireEvent.input(screen.getByLabelText('Wat Veilig Thuis adviseerde'), { target: { value: long } });
  fireEvent.click(screen.getByRole('button', { name: 'Gesprek vastleggen' }));
  const alert = screen.getByRole('alert');
  expect(within(alert).getByRole('link', { name: /datum van het gesprek/ }).getAttribute('href')).toBe('#call-date');
  expect(within(alert).getByRole('link', { name: /tijd van het gesprek/ }).getAttribute('href')).toBe('#call-time');
  expect(screen.getByLabelText('Datum van het gesprek').getAttribute('aria-invalid')).toBe('true');
  expect(s.current().consultations).toEqual([]);
  expect((screen.getByLabelText('Wat Veilig Thuis adviseerde') as HTMLTextAreaElement).value).toBe(long);
  // Fixed, it saves, the long advice whole.
  fireEvent.input(screen.getByLabelText('Datum van het gesprek'), { target: { value: '2026-11-22' } });
  fireEvent.input(screen.getByLabelText('Tijd'), { target: { value: '10:00' } });
  fireEvent.click(screen.getByRole('button', { name: 'Gesprek vastleggen' }));
  expect(screen.queryByRole('alert')).toBeNull();
  expect(s.current().consultations[0]!.advice).toBe(long);
});

test('without an open case: it says so, links to the pack, and still offers 0800-2000; the own region adds its direct number with its source', async () => {
  initI18n('en', { strict: true, resources: { en: { ...en, ...enCases, ...enPack } } });
  render(<CallSheet pack={pack} lang="en" caseHere={null} region="VT10" edit={() => undefined} />);
  expect(screen.getByText(/No case is open/)).toBeTruthy();
  expect(screen.getByRole('link', { name: 'Start or open a case' }).getAttribute('href')).toBe('/algemeen/');
  expect(screen.getByRole('link', { name: 'Call Veilig Thuis: 0800-2000' }).getAttribute('href')).toBe('tel:08002000');
  const direct = await screen.findByRole('link', { name: /Call Veilig Thuis Hollands Midden directly/ });
  expect(direct.getAttribute('href')).toBe('tel:0883083636');
  expect(screen.getByRole('link', { name: 'https://example.org/vt10' })).toBeTruthy();
  expect(screen.queryByRole('button', { name: 'Record the call' })).toBeNull();
  await waitFor(() => expect(screen.getAllByRole('link').length).toBeGreaterThan(2));
});
