import { IDBFactory } from 'fake-indexeddb';
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { closeDatabase } from '../../src/storage/db';
import { getCase, listCases } from '../../src/storage/cases';
import { leavePractice } from '../../src/practice/mode';
import { go, renderApp } from '../helpers/app';
import { compiledAlgemeen } from '../helpers/packs';
import { practiceBody, practiceFixture } from '../helpers/practice';

const algemeen = compiledAlgemeen();
const signals = algemeen.steps[1].groups.filter((g) => g.kind === 'signals').flatMap((g) => g.items.map((i) => i.id)).slice(0, 2);
const fixture = practiceFixture(signals);
const ID = fixture.cases[0]!.id;

beforeEach(() => { globalThis.indexedDB = new IDBFactory(); localStorage.clear(); });
afterEach(async () => { leavePractice(); await closeDatabase(); });

async function start(path = '/') {
  const app = await renderApp({ path });
  const packs = app.fetch.getMockImplementation()!;
  app.fetch.mockImplementation(async (url: string) => practiceBody(url, fixture) ?? packs(url));
  return app;
}

const banner = () => screen.queryByRole('region', { name: 'Oefenmodus' });

async function realCase(label: string, notes: string) {
  await start('/algemeen/');
  fireEvent.input(screen.getByLabelText('Korte naam voor de casus'), { target: { value: label } });
  fireEvent.click(screen.getByRole('button', { name: 'Casus aanmaken' }));
  await screen.findByRole('heading', { level: 1, name: 'Overzicht van de casus' });
  go('/algemeen/stap/1/');
  fireEvent.input(await screen.findByLabelText('Aantekeningen bij deze stap'), { target: { value: notes } });
  await screen.findByText('Opgeslagen op dit apparaat');
}

test('a deep link to a step enters oefenmodus on the pack\'s step screen, with the banner; leaving brings the real case back unchanged', async () => {
  await realCase('ECHT-1', 'echte aantekening');
  const [summary] = await listCases();
  const before = await getCase(summary!.id);
  go(`/oefenen/${ID}/stap/2/`);
  await waitFor(() => expect(location.pathname).toBe('/algemeen/stap/2/'));
  await screen.findByRole('heading', { level: 1, name: algemeen.steps[2].title });
  expect(within(await screen.findByRole('region', { name: 'Oefenmodus' })).getByText(/Niets wordt bewaard/)).toBeTruthy();
  expect(document.documentElement.dataset.practice).toBe('');
  expect(screen.getByText('OEFEN')).toBeTruthy();
  expect(screen.queryByText('ECHT-1')).toBeNull();
  fireEvent.input(await screen.findByLabelText('Aantekeningen bij deze stap'), { target: { value: 'geoefend' } });
  // Kept in memory: the case bar never says it is on this device.
  await screen.findByText('Oefenmodus: alleen in het geheugen, niets blijft bewaard');
  expect(screen.queryByText('Opgeslagen op dit apparaat')).toBeNull();
  fireEvent.click(within(banner()!).getByRole('button', { name: 'Oefenmodus verlaten' }));
  await waitFor(() => expect(banner()).toBeNull());
  await waitFor(() => expect(location.pathname).toBe('/algemeen/casus/'));
  expect(document.documentElement.dataset.practice).toBeUndefined();
  expect(await screen.findByText('ECHT-1')).toBeTruthy();
  expect(await listCases()).toHaveLength(1);
  expect(await getCase(summary!.id)).toEqual(before);
});

test('the case screen enters oefenmodus with "Oefen deze casus", and the worked answer shows the user\'s answers beside the expert\'s', async () => {
  await start('/');
  go(`/oefenen/${ID}/`);
  await screen.findByRole('heading', { level: 1, name: 'Sam (9) en de stille ochtenden' });
  expect(screen.getByRole('link', { name: 'Presenteren' }).getAttribute('href')).toBe(`/oefenen/${ID}/presentatie/`);
  fireEvent.click(screen.getByRole('button', { name: 'Oefen deze casus' }));
  await waitFor(() => expect(location.pathname).toBe('/algemeen/casus/'));
  await waitFor(() => expect(banner()).toBeTruthy());
  go(`/oefenen/${ID}/`);
  await screen.findByRole('button', { name: 'Verder oefenen met deze casus' });
  expect(screen.getByText('Toon de uitwerking')).toBeTruthy();
  expect(document.querySelector('main')!.textContent!.match(/Jij: niet beantwoord/g)).toHaveLength(4);
  expect(screen.getByText(/Het speelt al weken/)).toBeTruthy();
});

test.each(['/oefenen/bestaat-niet/', '/oefenen/bestaat-niet/stap/3/', `/oefenen/${ID}/stap/9/`])('an unknown practice case or step (%s) is not found, with the way to the case list', async (path) => {
  await start(path);
  await screen.findByRole('heading', { level: 1, name: 'Deze pagina bestaat niet' });
  expect((await screen.findByRole('link', { name: 'Naar de oefencasussen' })).getAttribute('href')).toBe('/oefenen/');
  expect(banner()).toBeNull();
  expect(location.pathname).toBe(path);
});

test('the list groups the practice cases by pack and links to each', async () => {
  await start('/');
  go('/oefenen/');
  const link = await screen.findByRole('link', { name: 'Sam (9) en de stille ochtenden' });
  expect(link.getAttribute('href')).toBe(`/oefenen/${ID}/`);
  expect(await screen.findByRole('heading', { level: 3, name: algemeen.title })).toBeTruthy();
});
