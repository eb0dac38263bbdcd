import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import { applyKaderEvent } from '../../src/cases/edit';
import { setStepNotes } from '../../src/cases/fields';
import type { CaseTasks } from '../../src/cases/overview';
import { initI18n } from '../../src/i18n';
import en from '../../src/i18n/locales/en.json';
import enCases from '../../src/i18n/locales/en.cases.json';
import enPack from '../../src/i18n/locales/en.pack.json';
import nlCases from '../../src/i18n/locales/nl.cases.json';
import nlPack from '../../src/i18n/locales/nl.pack.json';
import { newCase } from '../../src/storage/restore';
import { CaseOverview } from '../../src/ui/CaseOverview';
import { SummaryScreen } from '../../src/ui/SummaryScreen';
import { compiledAlgemeen } from '../helpers/packs';

afterEach(cleanup);

const pack = compiledAlgemeen();
const c = newCase({ id: 'ov1', label: 'OV', packId: 'algemeen', packVersion: pack.version, now: '2026-11-20T10:00:00.000Z' });
const tasks: CaseTasks = { steps: { 1: 'done', 2: 'busy', 3: 'todo', 4: 'busy', 5: 'todo' }, kader: 'busy' };
const nl = () => initI18n('nl', { strict: true, resources: { nl: { ...nlCases, ...nlPack } } });

test('the task list names each step and the afwegingskader with its state in words, and ends with the summary check', () => {
  nl();
  expect(pack.kaderStep).toBe(4);
  render(<CaseOverview pack={pack} c={c} tasks={tasks} kaderHref="/algemeen/afweging/a2/" carried={0} listed />);
  const list = within(screen.getByRole('list', { name: 'Onderdelen van de meldcode' }));
  const items = list.getAllByRole('link');
  const names = items.map((a) => [a.textContent, a.getAttribute('href'), document.getElementById(a.getAttribute('aria-describedby')!)!.textContent]);
  expect(names).toEqual([
    [`Stap 1: ${pack.steps[1].title}`, '/algemeen/stap/1/', 'Klaar'],
    [`Stap 2: ${pack.steps[2].title}`, '/algemeen/stap/2/', 'Bezig'],
    [`Stap 3: ${pack.steps[3].title}`, '/algemeen/stap/3/', 'Niet begonnen'],
    [`Stap 4: ${pack.steps[4].title}`, '/algemeen/stap/4/', 'Bezig'],
    // The afwegingskader right after the step it belongs to (4 in the algemeen pack).
    ['Afwegingskader', '/algemeen/afweging/a2/', 'Bezig'],
    [`Stap 5: ${pack.steps[5].title}`, '/algemeen/stap/5/', 'Niet begonnen'],
    ['Samenvatting controleren', '/algemeen/samenvatting/', expect.stringContaining('Print')],
  ]);
  expect(screen.getByText('1 van 6 onderdelen klaar.')).toBeTruthy();
  // Nothing carried: no word about it.
  expect(screen.queryByText(/staan in de casus/)).toBeNull();
});

test('the answers a new case took over are said once, on its overview; without a case the overview says so', () => {
  nl();
  const { rerender } = render(<CaseOverview pack={pack} c={c} tasks={tasks} kaderHref="/" carried={1} listed />);
  expect(screen.getByRole('status').textContent).toBe('Je antwoord uit het afwegingskader staat in de casus.');
  rerender(<CaseOverview pack={pack} c={null} tasks={null} kaderHref="/" carried={0} listed />);
  expect(screen.getByText('Er is geen casus open. Open een casus op het startscherm.')).toBeTruthy();
  expect(screen.queryByRole('list')).toBeNull();
  // Before the session has read the cases (the prerendered page): the frame only, no claim either way.
  rerender(<CaseOverview pack={pack} c={null} tasks={null} kaderHref="/" carried={0} listed={false} />);
  expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Overzicht van de casus');
  expect(screen.queryByText(/geen casus open/)).toBeNull();
  expect(screen.queryByRole('link')).toBeNull();
});

test('the summary checks answers: a list per step, each line with a "Wijzig" link naming its item and leading where it is edited', () => {
  initI18n('en', { strict: true, resources: { en: { ...en, ...enCases, ...enPack } } });
  let walked = setStepNotes(c, 3, 'Vervolggesprek plannen.');
  walked = applyKaderEvent(walked, pack, { type: 'answer', node: 'a1', answer: 'ja' }, '2026-11-23T09:30:00.000Z');
  render(<SummaryScreen c={walked} pack={pack} lang="en" formatTime={(iso) => iso} />);
  const step3 = screen.getByRole('heading', { level: 2, name: new RegExp(`^Step 3: `) }).closest('section')!;
  const row = step3.querySelector('dl .summary-line')!;
  expect(row.querySelector('dt')!.textContent).toBe('Notes');
  expect(row.querySelector('dd bdi')!.textContent).toBe('Vervolggesprek plannen.');
  const change = within(step3).getByRole('link', { name: 'Change Notes' });
  expect(change.getAttribute('href')).toBe('/algemeen/stap/3/');
  expect(change.firstChild!.textContent).toBe('Change');
  const kader = screen.getAllByRole('link', { name: /^Change Question:/ });
  expect(kader.map((a) => a.getAttribute('href'))).toEqual(['/algemeen/afweging/a1/']);
  // The case's own facts (created, status) are not answers: nothing to change there.
  expect(within(screen.getByRole('heading', { level: 2, name: 'Meldcode: summary' }).closest('section')!).queryByRole('link')).toBeNull();
  // Print and the backup stay on offer.
  expect(screen.getByRole('button', { name: 'Print' })).toBeTruthy();
  expect(screen.getByRole('link', { name: 'Make a backup' }).getAttribute('href')).toBe('/gegevens/');
});
