import { fireEvent, render, screen, within } from '@testing-library/preact';
import { beforeEach, expect, test, vi } from 'vitest';
import type { Directory } from '../../src/directory/types';
import { initI18n } from '../../src/i18n';
import en from '../../src/i18n/locales/en.json';
import enLocal from '../../src/i18n/locales/en.local.json';
import { VeiligThuisScreen } from '../../src/ui/VeiligThuisScreen';
import { fixture } from '../unit/directory/find-fixture';

// The finder screen on its own, with the directory of the unit tests (real gemeenten, plus former
// names, aliases and a postcode table of the test's own) served by a stand-in for loadDirectory.
const directory = vi.hoisted(() => ({ load: (): Promise<Directory> => Promise.reject(new Error('not set')) }));
vi.mock('../../src/directory/load', () => ({ loadDirectory: () => directory.load() }));

beforeEach(() => {
  directory.load = () => Promise.resolve(fixture);
});

async function open(lang: 'nl' | 'en' = 'nl') {
  render(<VeiligThuisScreen lang={lang} />);
  return screen.findByRole('textbox', { name: lang === 'nl' ? 'Gemeente of postcode waar het gezin woont' : 'Municipality or postcode where the family lives' });
}
const type = (field: HTMLElement, value: string) => fireEvent.input(field, { target: { value } });
// The finder's own count line (each result's region suggestion has a status line of its own).
const status = () => document.querySelector('.finder-status')?.textContent;
const card = (name: string) => screen.getByRole('article', { name });

test('the national number comes before the search, with 112, and before the data has loaded', () => {
  directory.load = () => new Promise(() => {});
  render(<VeiligThuisScreen lang="nl" />);
  const call = screen.getByRole('link', { name: 'Bel Veilig Thuis 0800-2000' });
  expect(call.getAttribute('href')).toBe('tel:08002000');
  expect(screen.getByRole('link', { name: 'Acuut gevaar? Bel 112' }).getAttribute('href')).toBe('tel:112');
  expect(call.compareDocumentPosition(screen.getByRole('textbox')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  expect(screen.getByRole('status').textContent).toBe('De lijst met gemeenten wordt geladen…');
});

test('typing a gemeente shows its Veilig Thuis, website, number, source and the count', async () => {
  const field = await open();
  type(field, 'gou');
  type(field, 'Gouda');
  expect(status()).toBe('1 gemeente gevonden.');
  const gouda = card('Gouda');
  expect(gouda.textContent).toContain('Veilig Thuis Hollands Midden');
  const site = within(gouda).getByRole('link', { name: 'Website van Veilig Thuis Hollands Midden (opent in een nieuw venster)' });
  expect(site.getAttribute('href')).toBe('https://www.veiligthuishollandsmidden.nl/');
  expect(site.getAttribute('target')).toBe('_blank');
  expect(site.getAttribute('rel')).toBe('noopener noreferrer');
  expect(within(gouda).getByRole('link', { name: '088-308 3636' }).getAttribute('href')).toBe('tel:0883083636');
  expect(gouda.textContent).toContain('Bron: veiligthuishollandsmidden.nl');
  expect(screen.getByText(/Gemeenten en regio's: CBS, Gebiedsindelingen 2025/)).toBeTruthy();
});

test('a region without a direct number offers 0800-2000 on its card', async () => {
  const field = await open();
  type(field, 'Heusden');
  const heusden = card('Heusden');
  expect(heusden.textContent).toContain('Veilig Thuis Midden-Brabant');
  expect(heusden.textContent).not.toContain('Oost-Brabant');
  expect(within(heusden).getByRole('link', { name: '0800-2000' }).getAttribute('href')).toBe('tel:08002000');
});

test("misspelt and other names: Den Bosch, sHertogenbosch, Sudwest Fryslan, a typo", async () => {
  const field = await open();
  type(field, ' den bosch ');
  expect(card("Den Bosch ('s-Hertogenbosch)")).toBeTruthy();
  type(field, 'sHertogenbosch');
  expect(card("'s-Hertogenbosch")).toBeTruthy();
  type(field, 'Sudwest Fryslan');
  expect(card('Súdwest-Fryslân').textContent).toContain('Veilig Thuis Fryslân');
  type(field, 'Amstredam');
  expect(status()).toMatch(/^Geen gemeente met precies deze naam/);
  expect(card('Amsterdam')).toBeTruthy();
});

test('an unknown name gives the national number, never nothing', async () => {
  const field = await open();
  type(field, 'Atlantis');
  expect(status()).toBe('Geen gemeente gevonden met deze naam.');
  const call = within(document.getElementById('finder-results')!).getByRole('link', { name: 'Bel Veilig Thuis 0800-2000' });
  expect(call.getAttribute('href')).toBe('tel:08002000');
});

test('a former gemeente: Weesp gives Amsterdam with the date, Haaren each of its four successors', async () => {
  const field = await open();
  type(field, 'Weesp');
  expect(screen.getByText('Weesp is sinds 24 maart 2022 deel van Amsterdam.')).toBeTruthy();
  expect(card('Amsterdam').textContent).toContain('Veilig Thuis Amsterdam-Amstelland');
  type(field, 'haaren');
  expect(screen.getByText('Haaren is sinds 1 januari 2021 verdeeld over Boxtel, Oisterwijk, Tilburg en Vught. Kies de gemeente waar het gezin nu woont.')).toBeTruthy();
  const section = screen.getByRole('region', { name: 'Haaren' });
  expect(within(section).getAllByRole('article').map((a) => a.getAttribute('aria-labelledby'))).toHaveLength(4);
  expect(card('Tilburg').textContent).toContain('Midden-Brabant');
});

test('a postcode across a border gives every candidate; an unknown one says so and offers the name search', async () => {
  const field = await open();
  type(field, '5076 AB');
  expect(status()).toBe('Postcode 5076 ligt in 2 gemeenten. Kies de gemeente waar het gezin woont.');
  expect(card('Oisterwijk')).toBeTruthy();
  expect(card('Vught')).toBeTruthy();
  type(field, '2801ab');
  expect(card('Gouda')).toBeTruthy();
  type(field, '9999');
  expect(status()).toBe('Postcode 9999 bestaat niet of staat niet in de lijst. Zoek op de naam van de gemeente.');
  expect(screen.queryAllByRole('article')).toEqual([]);
  fireEvent.click(screen.getByRole('button', { name: 'Zoek op naam van de gemeente' }));
  expect((field as HTMLInputElement).value).toBe('');
  expect(document.activeElement).toBe(field);
});

test('without a postcode table, a postcode says the search is not available and offers the name search', async () => {
  directory.load = () => Promise.resolve({ ...fixture, postcodes: null });
  const field = await open();
  type(field, '2801');
  expect(status()).toBe('Zoeken op postcode kan nog niet. Zoek op de naam van de gemeente.');
  expect(screen.getByRole('button', { name: 'Zoek op naam van de gemeente' })).toBeTruthy();
});

test('a directory that does not load: a clear message with 0800-2000, and a retry that works', async () => {
  directory.load = () => Promise.reject(new Error('offline'));
  render(<VeiligThuisScreen lang="nl" />);
  const alert = await screen.findByRole('alert');
  expect(within(alert).getByRole('link', { name: 'Bel Veilig Thuis 0800-2000' }).getAttribute('href')).toBe('tel:08002000');
  directory.load = () => Promise.resolve(fixture);
  fireEvent.click(within(alert).getByRole('button', { name: 'Opnieuw proberen' }));
  type(screen.getByRole('textbox'), 'Gouda');
  expect(await screen.findByRole('article', { name: 'Gouda' })).toBeTruthy();
});

test('the query stays out of the address and storage', async () => {
  const before = location.href;
  const field = await open();
  type(field, 'Gouda');
  expect(location.href).toBe(before);
  expect(localStorage.length).toBe(0);
  expect(sessionStorage.length).toBe(0);
});

test('in English', async () => {
  initI18n('en', { strict: true, resources: { en: { ...en, ...enLocal } } });
  const field = await open('en');
  type(field, 'Weesp');
  expect(screen.getByText('Since 24 March 2022, Weesp has been part of Amsterdam.')).toBeTruthy();
  expect(card('Amsterdam').textContent).toContain('Veilig Thuis for this municipality:');
  type(field, 'Nowhere');
  expect(status()).toBe('No municipality found with this name.');
});

test('a card that stays while typing still follows a language switch', async () => {
  const view = render(<VeiligThuisScreen lang="nl" />);
  const field = await screen.findByRole('textbox', { name: 'Gemeente of postcode waar het gezin woont' });
  type(field, 'goud');
  type(field, 'gouda');
  expect(card('Gouda').textContent).toContain('Veilig Thuis voor deze gemeente:');
  initI18n('en', { strict: true, resources: { en: { ...en, ...enLocal } } });
  view.rerender(<VeiligThuisScreen lang="en" />);
  expect(card('Gouda').textContent).toContain('Veilig Thuis for this municipality:');
  expect(card('Gouda').textContent).not.toContain('Veilig Thuis voor deze gemeente:');
});
