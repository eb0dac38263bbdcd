import { fireEvent, screen, within } from '@testing-library/preact';
import { expect, test } from 'vitest';
import { addCases, getCase, listCases } from '../../src/storage/cases';
import { newCase } from '../../src/storage/restore';
import { freshDevice, go, renderApp } from '../helpers/app';

freshDevice();

const stored = (id: string, label: string, packId = 'algemeen') => ({ ...newCase({ id, label, packId, packVersion: '1.0.0' }), steps: { ...newCase({ id, label, packId, packVersion: '1.0.0' }).steps, 1: { notes: `Notities van ${label}`, checked: [] } } });

test('a case whose pack this app no longer has: the list says so, it cannot be opened into a broken screen, and it stays stored', async () => {
  // Overdue as well: the reminder names it but does not offer to open it either.
  await addCases([{ ...stored('k1', 'WEG', 'verdwenen-pakket'), followUp: '2026-01-05' }, stored('k2', 'HIER')]);
  await renderApp({ path: '/' });
  const item = (await screen.findByText(/Het pakket van deze casus/)).closest('li')!;
  expect(item.querySelector('.case-label')?.textContent).toBe('WEG');
  expect(within(item as HTMLElement).getByText(/Het pakket van deze casus \(verdwenen-pakket\) staat niet in deze versie van de app/)).toBeTruthy();
  expect(within(item as HTMLElement).queryByRole('button', { name: /openen/ })).toBeNull();
  // Deleting stays possible, and the other case opens as always.
  expect(within(item as HTMLElement).getByRole('button', { name: /^Verwijderen/ })).toBeTruthy();
  const reminder = within(screen.getByRole('heading', { name: 'Tijd om opnieuw te wegen' }).closest('section')!);
  expect(reminder.getByText('WEG')).toBeTruthy();
  expect(reminder.queryByRole('button')).toBeNull();
  fireEvent.click(screen.getByRole('button', { name: /^HIER\s*,/ }));
  await screen.findByRole('heading', { level: 1, name: 'Overzicht van de casus' });
  go('/algemeen/stap/1/');
  await screen.findByRole('heading', { level: 1, name: 'Signalen in kaart brengen' });
  expect((await getCase('k1'))!.steps[1].notes).toBe('Notities van WEG');
});

test.each([
  ['the id of a case that no longer exists', 'k-weg'],
  ['a damaged value', '{"id":\u0000'],
])('an active-case pointer with %s: the app starts, the list says the open case could not be reopened, the pointer is cleared, nothing is lost', async (_name, pointer) => {
  await addCases([stored('k2', 'HIER')]);
  localStorage.setItem('meldwijzer.activeCase', pointer);
  await renderApp({ path: '/' });
  await screen.findByText(/De casus die open was, kon niet opnieuw worden geopend/);
  expect(localStorage.getItem('meldwijzer.activeCase')).toBeNull();
  expect(await listCases()).toHaveLength(1);
  // Said once: opening a case ends it.
  fireEvent.click(await screen.findByRole('button', { name: /^HIER\s*,/ }));
  await screen.findByRole('heading', { level: 1, name: 'Overzicht van de casus' });
  go('/algemeen/stap/1/');
  await screen.findByRole('heading', { level: 1, name: 'Signalen in kaart brengen' });
  go('/');
  await screen.findByRole('heading', { level: 2, name: 'Jouw casussen op dit apparaat' });
  expect(screen.queryByText(/De casus die open was/)).toBeNull();
});

test('a stale pointer and no cases left: the start screen still says the open case could not be reopened', async () => {
  localStorage.setItem('meldwijzer.activeCase', 'k-weg');
  await renderApp({ path: '/' });
  await screen.findByText(/De casus die open was, kon niet opnieuw worden geopend/);
  expect(screen.getByText('Er staan nog geen casussen op dit apparaat.')).toBeTruthy();
});

test('after a reload with a case open, the pack screens never say "Zonder casus" while the case reopens', async () => {
  await addCases([stored('k2', 'HIER')]);
  localStorage.setItem('meldwijzer.activeCase', 'k2');
  const seen: string[] = [];
  const observer = new MutationObserver(() => { if (document.body.textContent?.includes('Zonder casus')) seen.push('nocase'); });
  observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  await renderApp({ path: '/algemeen/stap/1/' });
  await screen.findByText('Opgeslagen op dit apparaat');
  observer.disconnect();
  expect(seen).toEqual([]);
});
