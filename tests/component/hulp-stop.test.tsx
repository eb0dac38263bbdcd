import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import { applyKaderEvent } from '../../src/cases/edit';
import { setMelding } from '../../src/cases/fields';
import type { Case, CaseSummary } from '../../src/cases/types';
import { initI18n } from '../../src/i18n';
import nlCases from '../../src/i18n/locales/nl.cases.json';
import nlPack from '../../src/i18n/locales/nl.pack.json';
import { newCase } from '../../src/storage/restore';
import { CaseList } from '../../src/ui/CaseList';
import { OutcomeScreen } from '../../src/ui/OutcomeScreen';
import { StartScreen } from '../../src/ui/StartScreen';
import { SummaryScreen } from '../../src/ui/SummaryScreen';
import { WaypointScreen } from '../../src/ui/WaypointScreen';
import { position } from '../../src/meldcode/engine';
import { compiledAlgemeen } from '../helpers/packs';

afterEach(cleanup);

const pack = compiledAlgemeen();
const i18n = () => initI18n('nl', { strict: true, resources: { nl: { ...nlCases, ...nlPack } } });

function walked(answers: [string, string][]): Case {
  let c = newCase({ id: 'c1', label: 'AB', packId: 'algemeen', packVersion: pack.version, now: '2026-11-20T10:00:00.000Z' });
  for (const [node, answer] of answers) c = applyKaderEvent(c, pack, { type: 'answer', node, answer }, '2026-11-21T09:30:00.000Z');
  return c;
}
const toHulp: [string, string][] = [['a1', 'ja'], ['a2', 'nee'], ['a3', 'ja'], ['a4', 'ja']];

/** The screen with a case that edits itself, as the session would. */
function Waypoint({ c, onChange }: { c: Case | null; onChange: (c: Case) => void }) {
  const path = position(pack.kader, walked(toHulp).kader.state).path;
  return (
    <WaypointScreen pack={pack} lang="nl" nodeId="hulp" path={path} backHref="#" onContinue={() => {}} onExit={() => {}}
      caseHere={c} edit={(change) => { if (c) onChange(change(c)); }} packHref="/algemeen/" />
  );
}

test('after hulp the walk stops for the date of afweging 5: saved in the case, which then says hulp loopt', async () => {
  i18n();
  let c = walked(toHulp);
  const { rerender } = render(<Waypoint c={c} onChange={(next) => { c = next; }} />);
  fireEvent.click(screen.getByRole('button', { name: 'Datum opslaan: hulp loopt' }));
  // No date: said, and nothing saved.
  expect(screen.getByText(/Fout: vul de datum in/)).toBeTruthy();
  expect(screen.getByLabelText(/Datum afweging 5/).getAttribute('aria-invalid')).toBe('true');
  expect(c.status).toBe('open');
  fireEvent.input(screen.getByLabelText(/Datum afweging 5/), { target: { value: '2026-12-15' } });
  fireEvent.click(screen.getByRole('button', { name: 'Datum opslaan: hulp loopt' }));
  expect(c).toMatchObject({ status: 'hulp-loopt', followUp: '2026-12-15' });
  rerender(<Waypoint c={c} onChange={(next) => { c = next; }} />);
  expect(screen.getByRole('status').textContent).toBe('Hulp loopt. Afweging 5: controleren op 15 december 2026. De casus staat op je lijst met deze datum.');
  // Going on to afweging 5 is for the agreed date, no longer the screen's main button.
  expect(screen.getByRole('button', { name: /De afgesproken datum is er/ }).className).toBe('utrecht-button utrecht-button--secondary-action');
});

test('without a case the screen says the date can only be kept in a case', () => {
  i18n();
  render(<Waypoint c={null} onChange={() => {}} />);
  expect(screen.queryByLabelText(/Datum afweging 5/)).toBeNull();
  expect(screen.getByText(/Deze datum kun je alleen in een casus bewaren/)).toBeTruthy();
  expect(screen.getByRole('link', { name: 'Maak een casus aan' }).getAttribute('href')).toBe('/algemeen/');
});

const hulpCase = (followUp: string): CaseSummary => ({ id: 'h', label: 'HU', packId: 'algemeen', status: 'hulp-loopt', followUp, createdAt: '2026-11-01T08:00:00.000Z', updatedAt: '2026-11-01T08:00:00.000Z' });

test('the case list says hulp loopt and when afweging 5 is due, highlighted once overdue', () => {
  i18n();
  render(<CaseList cases={[hulpCase('2099-12-15'), { ...hulpCase('2026-01-05'), id: 'late' }]} lang="nl" onOpen={() => {}} onDelete={() => {}} />);
  const [later, late] = [...document.querySelectorAll('.case')];
  expect(later!.textContent).toContain('Hulp loopt');
  expect(later!.textContent).toContain('afweging 5: controleren op 15 december 2099');
  expect(later!.classList.contains('overdue')).toBe(false);
  expect(late!.classList.contains('overdue')).toBe(true);
  expect(late!.querySelector('strong')!.textContent).toBe('afweging 5: controleren was gepland op 5 januari 2026');
});

test('the start screen names an overdue afweging 5 as such', async () => {
  initI18n('nl', { strict: true, resources: { nl: { ...nlCases, ...nlPack, ...(await import('../../src/i18n/locales/nl.json')).default } } });
  render(<StartScreen packs={[]} lang="nl" cases={[hulpCase('2026-01-05')]} storageProblem={null} lastBackupAt={undefined} onOpen={() => {}} onRemove={() => {}} />);
  const reminder = (await screen.findByRole('heading', { level: 2, name: 'Tijd om opnieuw te wegen' })).closest('section')!;
  expect(reminder.textContent).toContain('afweging 5: controleren was gepland op 5 januari 2026');
  await waitFor(() => expect(document.querySelector('.case-list')?.textContent).toContain('Hulp loopt'));
});

test('a melden outcome offers the calls and records when and to whom, which the summary shows', () => {
  i18n();
  let c = walked([['a1', 'ja'], ['a2', 'nee'], ['a3', 'nee']]);
  const walk = position(pack.kader, c.kader.state);
  const edit = (change: (c: Case) => Case) => { c = change(c); };
  render(<OutcomeScreen pack={pack} lang="nl" state={c.kader.state} walk={walk} onRestart={() => {}} caseHere={c} edit={edit} />);
  expect(screen.getByRole('link', { name: 'Bel Veilig Thuis (0800-2000)' }).getAttribute('href')).toBe('tel:08002000');
  expect(screen.getByRole('link', { name: 'Bel 112' }).getAttribute('href')).toBe('tel:112');
  expect((screen.getByLabelText('Gemeld bij') as HTMLInputElement).value).toBe('Veilig Thuis');
  fireEvent.input(screen.getByLabelText('Gemeld op (datum en tijd)'), { target: { value: '2026-11-21T14:05' } });
  expect(c.decisions).toMatchObject({ meldAt: '2026-11-21T14:05', meldTo: 'Veilig Thuis' });
  cleanup();
  render(<SummaryScreen c={c} pack={pack} lang="nl" formatTime={(iso) => `[${iso}]`} />);
  expect(document.body.textContent).toContain('gemeld op [2026-11-21T14:05] bij Veilig Thuis');
});

test('the record is only on melden screens, and an old case without it shows nothing in the summary', () => {
  i18n();
  const c = walked([['a1', 'nee']]);
  render(<OutcomeScreen pack={pack} lang="nl" state={c.kader.state} walk={position(pack.kader, c.kader.state)} onRestart={() => {}} caseHere={c} edit={() => {}} />);
  expect(screen.queryByLabelText('Gemeld op (datum en tijd)')).toBeNull();
  cleanup();
  const { meldAt: _a, meldTo: _t, ...oldDecisions } = setMelding(c, {}).decisions;
  render(<SummaryScreen c={{ ...c, decisions: oldDecisions as Case['decisions'] }} pack={pack} lang="nl" formatTime={(iso) => iso} />);
  expect(document.body.textContent).not.toContain('gemeld op');
});
