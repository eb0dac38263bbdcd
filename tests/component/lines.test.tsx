import { render, screen, waitFor, within } from '@testing-library/preact';
import { expect, test, vi } from 'vitest';
import { App } from '../../src/app/App';
import { currentRoute } from '../../src/app/navigation';
import type { Locale } from '../../src/content/schema';
import { initI18n } from '../../src/i18n';
import en from '../../src/i18n/locales/en.json';
import enLocal from '../../src/i18n/locales/en.local.json';
import nl from '../../src/i18n/locales/nl.json';
import nlLocal from '../../src/i18n/locales/nl.local.json';
import { LinesScreen } from '../../src/ui/LinesScreen';
import { freshDevice, stubPackFetch } from '../helpers/app';
import { compiledContent } from '../helpers/packs';

freshDevice();
const lines = compiledContent().lines!;

/** The shipped packs, with packs/lines.json beside them (or failing). */
function serveLines(fail = false) {
  const packs = stubPackFetch();
  const fetch = vi.fn(async (url: string) => (url.endsWith('packs/lines.json') ? (fail ? new Response('', { status: 503 }) : new Response(JSON.stringify(lines))) : packs(url)));
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

const screenIn = (lang: Locale) => {
  initI18n(lang, { strict: true, resources: { nl: { ...nl, ...nlLocal }, en: { ...en, ...enLocal } } });
  return render(<LinesScreen lang={lang} />);
};

// First: the loader keeps no failure, so the tests after it load the data.
test('when the lines cannot load, the screen says so and still offers 0800-2000', async () => {
  serveLines(true);
  screenIn('nl');
  expect(screen.getByRole('heading', { level: 1, name: 'Landelijke lijnen' })).toBeTruthy();
  expect(screen.getByRole('status').textContent).toMatch(/geladen/);
  expect(screen.getByRole('link', { name: /0800-2000/ }).getAttribute('href')).toBe('tel:08002000');
  expect((await screen.findByRole('alert')).textContent).toMatch(/niet worden geladen/);
  expect(screen.getByRole('link', { name: /0800-2000/ }).getAttribute('href')).toBe('tel:08002000');
});

test('every line grouped: always, then per situation, each with what for, hours, who may call, website and sources', async () => {
  serveLines();
  screenIn('nl');
  const always = (await screen.findByRole('heading', { level: 2, name: 'Altijd' })).closest('section')!;
  const vt = within(always).getByRole('heading', { level: 3, name: 'Veilig Thuis' }).closest('article')!;
  expect(within(vt).getByRole('link', { name: /Bel 0800-2000/ }).getAttribute('href')).toBe('tel:08002000');
  expect(vt.textContent).toMatch(/Dag en nacht \(24\/7\)\. Gratis\./);
  const chat = within(always).getByRole('heading', { level: 3, name: 'Chat van Veilig Thuis' }).closest('article')!;
  expect(chat.textContent).toMatch(/Maandag tot en met vrijdag, 9\.00–17\.00 uur/);
  expect(chat.textContent).toMatch(/Ben je professional\? Gebruik de chat niet/);
  const website = within(chat).getByRole('link', { name: /Naar de chat/ });
  expect(website.getAttribute('target')).toBe('_blank');
  expect(website.getAttribute('rel')).toBe('noopener noreferrer');

  const situations = screen.getByRole('heading', { level: 2, name: 'Per situatie' }).closest('section')!;
  const forced = within(situations).getByRole('heading', { level: 3, name: /Huwelijksdwang/ }).closest('section')!;
  const lkha = within(forced).getByRole('heading', { level: 4, name: /LKHA/ }).closest('article')!;
  // No number: none of the sources gives one.
  expect(lkha.querySelector('a[href^="tel:"]')).toBeNull();
  expect(lkha.textContent).toMatch(/Geen nummer gevonden in de bronnen/);
  expect(lkha.textContent).toMatch(/Nog te controleren/);
  expect(within(lkha).getByText(/4 bronnen, gecontroleerd op 2 december 2026/)).toBeTruthy();
  expect(within(lkha).getByRole('link', { name: /Wie zijn wij\?/ }).getAttribute('href')).toBe('https://www.huwelijksdwangenachterlating.nl/over-ons/wie-zijn-wij');
  const leck = within(situations).getByRole('heading', { level: 4, name: /LECK/ }).closest('article')!;
  expect(leck.textContent).toMatch(/Alleen artsen/);
  expect(within(leck).getByRole('link', { name: /Bel 0900-44 45 444/ }).getAttribute('href')).toBe('tel:09004445444');
});

test('in English', async () => {
  serveLines();
  screenIn('en');
  expect(await screen.findByRole('heading', { level: 2, name: 'Always' })).toBeTruthy();
  const lkha = screen.getByRole('heading', { level: 4, name: /Landelijk Knooppunt Huwelijksdwang/ }).closest('article')!;
  expect(lkha.textContent).toMatch(/Knowledge and expertise centre for professionals/);
  expect(lkha.textContent).toMatch(/No number found in the sources/);
  expect(screen.getByText(/Do not use the chat; call Veilig Thuis/)).toBeTruthy();
});

test('a special route shows its own lines, and one without lines shows no block', async () => {
  serveLines();
  history.replaceState(null, '', '/route/huwelijksdwang/');
  const { unmount } = render(<App first={{ route: currentRoute() }} notices={[]} />);
  const block = (await screen.findByRole('heading', { level: 2, name: 'Landelijke lijnen voor deze situatie' })).closest('section')!;
  expect(within(block).getByRole('heading', { level: 3, name: /LKHA/ })).toBeTruthy();
  expect(within(block).getByRole('link', { name: 'Alle landelijke lijnen' }).getAttribute('href')).toBe('/lijnen/');
  unmount();
  history.replaceState(null, '', '/route/ouderenmishandeling/');
  render(<App first={{ route: currentRoute() }} notices={[]} />);
  expect(await screen.findByRole('heading', { level: 1, name: /ouderen/i })).toBeTruthy();
  await new Promise((r) => setTimeout(r, 50));
  await waitFor(() => expect(screen.queryByRole('heading', { name: 'Landelijke lijnen voor deze situatie' })).toBeNull());
});
