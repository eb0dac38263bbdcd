import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import type { CaseSummary } from '../../src/cases/types';
import type { Locale } from '../../src/content/schema';
import { initI18n } from '../../src/i18n';
import { formatDate } from '../../src/i18n/format';
import en from '../../src/i18n/locales/en.json';
import enCases from '../../src/i18n/locales/en.cases.json';
import nlCases from '../../src/i18n/locales/nl.cases.json';
import { StartScreen } from '../../src/ui/StartScreen';
import { SummaryScreen } from '../../src/ui/SummaryScreen';
import { ConflictDialog } from '../../src/ui/ConflictDialog';
import { LockScreen } from '../../src/ui/LockScreen';
import { Stepper } from '../../src/ui/Stepper';
import { startedSteps } from '../../src/cases/progress';
import type { Position } from '../../src/meldcode/types';
import { applyKaderEvent } from '../../src/cases/edit';
import { addConsultation, setCaseFields, setConversation, setDecisions, setStepNotes, toggleChecked } from '../../src/cases/fields';
import { newCase } from '../../src/storage/restore';
import { compiledAlgemeen } from '../helpers/packs';
import enPack from '../../src/i18n/locales/en.pack.json';
import nlPack from '../../src/i18n/locales/nl.pack.json';

afterEach(cleanup);

const i18n = (lang: Locale) => initI18n(lang, { strict: true, resources: { nl: { ...nlCases, ...nlPack }, en: { ...en, ...enCases, ...enPack } } });
const summary = (id: string, followUp: string): CaseSummary => ({ id, label: id.toUpperCase(), packId: 'algemeen', status: 'open', followUp, createdAt: '2026-11-01T08:00:00.000Z', updatedAt: '2026-11-01T08:00:00.000Z' });

test.each([
  ['nl', 'opnieuw wegen was gepland op 5 januari 2026', 'opnieuw wegen op 20 november 2099'],
  ['en', 'weighing again was due on 5 January 2026', 'weigh again on 20 November 2099'],
] as const)('follow-up dates are written out in words (%s), on the start screen and in the case list', async (lang, overdue, planned) => {
  i18n(lang);
  render(<StartScreen packs={[]} lang={lang} cases={[summary('laat', '2026-01-05'), summary('later', '2099-11-20')]} storageProblem={null} lastBackupAt={undefined} onOpen={() => {}} onRemove={() => {}} />);
  const reminder = (await screen.findByRole('heading', { level: 2, name: lang === 'nl' ? 'Tijd om opnieuw te wegen' : 'Time to weigh again' })).closest('section')!;
  expect(reminder.textContent).toContain(overdue);
  expect(reminder.textContent).not.toContain('2026-01-05');
  await waitFor(() => expect(document.querySelector('.case-list')?.textContent).toContain(planned));
  expect(document.body.textContent).not.toMatch(/\d{4}-\d\d-\d\d/);
});

function fullCase() {
  const pack = compiledAlgemeen();
  let c = newCase({ id: 's1', label: 'AB', packId: 'algemeen', packVersion: pack.version, now: '2026-11-20T10:00:00.000Z' });
  c = setCaseFields(c, { followUp: '2026-12-01' });
  c = ['kindcheck', 'vervallen-punt'].reduce((x, id) => toggleChecked(x, 1, id), c);
  c = addConsultation(c, { id: 'k1', kind: 'collega', date: '2026-11-21', time: '', advice: 'Goed vastleggen.' });
  c = setConversation(c, { held: 'ja', date: '2026-11-22', notes: 'Moeder was open.' });
  c = setStepNotes(c, 3, 'Vervolggesprek plannen.');
  for (const [node, answer] of [['a1', 'ja'], ['a2', 'nee'], ['a3', 'nee']] as const) c = applyKaderEvent(c, pack, { type: 'answer', node, answer }, '2026-11-23T09:30:00.000Z');
  c = setDecisions(c, { melden: 'ja', meldDate: '2026-11-24', hulp: 'ja', hulpWhat: 'Opvoedondersteuning.', notes: 'Samen besloten.' });
  return { pack, c: setStepNotes(c, 5, 'Terugbellen.') };
}

test.each(['nl', 'en'] as const)('the summary (%s) reads cleanly: dates in words, no label twice in a section, no doubled punctuation', (lang) => {
  i18n(lang);
  const { pack, c } = fullCase();
  render(<SummaryScreen c={c} pack={pack} lang={lang} formatTime={(iso) => iso} />);
  const text = screen.getByRole('article').textContent!;
  for (const day of lang === 'nl' ? ['1 december 2026', '21 november 2026', '22 november 2026', '24 november 2026'] : ['1 December 2026', '21 November 2026', '22 November 2026', '24 November 2026']) expect(text).toContain(day);
  expect(text).not.toMatch(/\b2026-1\d-\d\d\b(?!T)/);
  for (const section of screen.getByRole('article').querySelectorAll('section')) {
    const labels = [...section.querySelectorAll('dt')].map((s) => s.textContent);
    expect(labels, section.querySelector('h2')?.textContent ?? '').toEqual([...new Set(labels)]);
  }
  for (const line of screen.getByRole('article').querySelectorAll('.summary-line')) expect(line.textContent).not.toMatch(/[?:.!]:|\.\./);
});

test('the conflict dialog writes a changed follow-up date in words', () => {
  i18n('nl');
  const { c } = fullCase();
  render(<ConflictDialog stored={setCaseFields(c, { followUp: '2027-01-15' })} mine={c} lang="nl" onChoose={() => {}} />);
  const dialog = screen.getByRole('dialog', { hidden: true });
  expect(dialog.textContent).toContain('1 december 2026');
  expect(dialog.textContent).toContain('15 januari 2027');
  expect(dialog.textContent).not.toContain('2027-01-15');
});

test.each([
  ['nl', 'Probeer het over 1 seconde opnieuw.', 'Probeer het over 2 seconden opnieuw.'],
  ['en', 'Try again in 1 second.', 'Try again in 2 seconds.'],
] as const)('the lock screen counts its wait in the right plural (%s): one second, then seconds', async (lang, one, two) => {
  i18n(lang);
  vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
  try {
    render(<LockScreen onUnlock={async () => false} onWipe={() => {}} />);
    const wrong = async () => {
      fireEvent.input(screen.getByLabelText(lang === 'nl' ? /wachtwoordzin/i : /passphrase/i), { target: { value: 'fout' } });
      fireEvent.submit(screen.getByRole('button', { name: lang === 'nl' ? 'Ontgrendelen' : 'Unlock' }).closest('form')!);
      await act(() => Promise.resolve());
    };
    await wrong();
    vi.advanceTimersByTime(0);
    await wrong(); // the second failure waits one second
    expect(screen.getByRole('alert').textContent).toContain(one);
    vi.advanceTimersByTime(1100);
    await act(() => Promise.resolve());
    await wrong(); // the third waits two
    expect(screen.getByRole('alert').textContent).toContain(two);
  } finally {
    vi.useRealTimers();
  }
});

test.each([[1, '1 afgevinkt punt hoort niet meer'], [2, '2 afgevinkte punten horen niet meer']] as const)('the summary counts stale ticks in the right plural (%i)', (n, words) => {
  i18n('nl');
  const { pack, c } = fullCase();
  const ticked = ['weg-1', 'weg-2'].slice(0, n).reduce((x, id) => toggleChecked(x, 2, id), c);
  render(<SummaryScreen c={ticked} pack={pack} lang="nl" formatTime={(iso) => iso} />);
  expect(screen.getByRole('article').textContent).toContain(words);
});

test('the stepper says in words which steps are done and which are begun (bezig), not by colour alone', () => {
  i18n('nl');
  const pack = compiledAlgemeen();
  render(<Stepper pack={pack} lang="nl" current={3} done={[1]} started={[1, 2]} />);
  const link = (n: number) => screen.getByRole('link', { name: new RegExp(`^Stap ${n}:`) });
  expect(link(1).textContent).toMatch(/\(klaar\)$/);
  expect(link(2).textContent).toMatch(/\(bezig\)$/);
  expect(link(2).closest('li')!.className).toBe('busy');
  for (const n of [3, 4, 5]) expect(link(n).textContent).not.toMatch(/\((klaar|bezig)\)/);
  expect(screen.getByText(/stappen klaar/).textContent).toBe('1 van de 5 stappen klaar, 1 bezig');
});

test('a step counts as begun once it has notes, ticks, its own fields or kader answers, and not once it is done', () => {
  const pack = compiledAlgemeen();
  const none = { path: [{ node: 'a1' }], finished: false } as unknown as Position;
  let c = newCase({ id: 'b1', label: 'B', packId: 'algemeen', packVersion: pack.version });
  expect(startedSteps(pack, c, [], none)).toEqual([]);
  c = setStepNotes(toggleChecked(c, 4, 'x'), 1, 'Iets gezien');
  c = setConversation(c, { held: 'overgeslagen' });
  expect(startedSteps(pack, c, [], none)).toEqual([1, 3, 4]);
  expect(startedSteps(pack, c, [1], none)).toEqual([3, 4]);
  expect(startedSteps(pack, null, [], { path: [{ node: 'a1' }, { node: 'a2' }], finished: false } as unknown as Position)).toEqual([pack.kaderStep]);
});

test.each([
  ['nl', '2026-11-20', '20 november 2026'], ['en', '2026-11-20', '20 November 2026'],
  ['nl', '2024-03', 'maart 2024'], ['en', '2024-03', 'March 2024'], ['nl', '2023', '2023'], ['nl', 'onbekend', 'onbekend'],
] as const)('formatDate (%s) writes %s as "%s"', (lang, iso, words) => {
  expect(formatDate(iso, lang)).toBe(words);
});
