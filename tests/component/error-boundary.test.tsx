import { IDBFactory } from 'fake-indexeddb';
import { h, type FunctionComponent } from 'preact';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { App } from '../../src/app/App';
import { ErrorBoundary } from '../../src/app/ErrorBoundary';
import { currentRoute } from '../../src/app/navigation';
import { getCase, listCases } from '../../src/storage/cases';
import { closeDatabase } from '../../src/storage/db';
import { go, renderApp, stubPackFetch } from '../helpers/app';

// The step screen, made to fail on the data of an open case when a test asks.
const failing = vi.hoisted(() => ({ on: false }));
vi.mock('../../src/ui/StepScreen', async (original) => {
  const { StepScreen } = await original<typeof import('../../src/ui/StepScreen')>();
  return {
    StepScreen: ((props) => {
      if (failing.on && props.caseHere) throw new TypeError('Cannot read properties of undefined');
      return h(StepScreen, props);
    }) as typeof StepScreen as FunctionComponent,
  };
});

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  failing.on = false;
});
afterEach(async () => {
  await closeDatabase();
});

/** As main.tsx starts the app: inside the boundary. */
function restart(path: string) {
  document.body.innerHTML = '';
  stubPackFetch();
  history.replaceState(null, '', path);
  return render(<ErrorBoundary><App first={{ route: currentRoute() }} notices={[]} /></ErrorBoundary>);
}

test('a screen that throws on the open case gives a calm screen with the way back and Veilig Thuis; the case is kept but no longer reopens by itself', async () => {
  await renderApp({ path: '/algemeen/' });
  fireEvent.input(screen.getByLabelText('Korte naam voor de casus'), { target: { value: 'BOEM' } });
  fireEvent.click(screen.getByRole('button', { name: 'Casus aanmaken' }));
  await screen.findByRole('heading', { level: 1, name: 'Overzicht van de casus' });
  go('/algemeen/stap/1/');
  fireEvent.input(await screen.findByLabelText('Aantekeningen bij deze stap'), { target: { value: 'Eerste signalen.' } });
  await screen.findByText('Opgeslagen op dit apparaat');
  const [stored] = await listCases();
  expect(localStorage.getItem('meldwijzer.activeCase')).toBe(stored!.id);

  failing.on = true;
  const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
  restart('/algemeen/stap/1/');
  const title = await screen.findByRole('heading', { level: 1, name: 'Er ging iets mis' });
  await waitFor(() => expect(document.activeElement).toBe(title));
  expect(screen.getByText(/liep vast/)).toBeTruthy();
  expect(screen.getByRole('link', { name: 'Naar het begin' }).getAttribute('href')).toBe('/');
  const vt = screen.getByRole('link', { name: /Veilig Thuis.*0800-2000.*gratis, dag en nacht/ });
  expect(vt.getAttribute('href')).toBe('tel:08002000');
  expect(screen.getByRole('link', { name: /112/ }).getAttribute('href')).toBe('tel:112');
  await waitFor(() => expect(document.title).toBe('Er ging iets mis — Meldwijzer'));
  expect(localStorage.getItem('meldwijzer.activeCase')).toBeNull();
  expect((await getCase(stored!.id))!.steps[1].notes).toBe('Eerste signalen.');
  errors.mockRestore();

  // The next start opens the same address without the case, so it does not fail again.
  restart('/algemeen/stap/1/');
  expect(await screen.findByRole('heading', { level: 1, name: 'Signalen in kaart brengen' })).toBeTruthy();
  await waitFor(() => expect(screen.queryByText('Er ging iets mis')).toBeNull());
  expect(screen.queryByRole('region', { name: 'Open casus' })).toBeNull();
});

test('text typed just before a screen fails is saved, not dropped with the failed screen', async () => {
  await renderApp({ path: '/algemeen/' });
  fireEvent.input(screen.getByLabelText('Korte naam voor de casus'), { target: { value: 'LAAT' } });
  fireEvent.click(screen.getByRole('button', { name: 'Casus aanmaken' }));
  await screen.findByRole('heading', { level: 1, name: 'Overzicht van de casus' });
  go('/algemeen/stap/1/');
  await screen.findByLabelText('Aantekeningen bij deze stap');
  const [stored] = await listCases();
  restart('/algemeen/stap/1/');
  const notes = await screen.findByLabelText('Aantekeningen bij deze stap');
  const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
  // The next render after this keystroke fails, well within the autosave's wait.
  failing.on = true;
  fireEvent.input(notes, { target: { value: 'Vlak voor de fout getypt' } });
  expect(await screen.findByRole('heading', { level: 1, name: 'Er ging iets mis' })).toBeTruthy();
  expect(screen.getByRole('link', { name: 'Gegevens, back-up en privacy' }).getAttribute('href')).toBe('/gegevens/');
  // Saved at once, not only when the autosave's timer (400 ms) fires: a page closed now keeps it.
  await waitFor(async () => expect((await getCase(stored!.id))!.steps[1].notes).toBe('Vlak voor de fout getypt'), { timeout: 300 });
  errors.mockRestore();
});

test('the calm screen speaks the chosen language', async () => {
  const { initI18n } = await import('../../src/i18n');
  const en = (await import('../../src/i18n/locales/en.json')).default;
  initI18n('en', { strict: true, resources: { en } });
  const Broken = () => { throw new Error('broken'); };
  const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
  render(<ErrorBoundary><Broken /></ErrorBoundary>);
  expect(await screen.findByRole('heading', { level: 1, name: 'Something went wrong' })).toBeTruthy();
  expect(screen.getByRole('link', { name: 'Go to the start' })).toBeTruthy();
  expect(screen.getByRole('link', { name: /0800-2000/ }).getAttribute('href')).toBe('tel:08002000');
  errors.mockRestore();
});
