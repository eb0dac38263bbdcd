import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import type { Accountable, Verantwoording } from '../../src/content/schema';
import { initI18n } from '../../src/i18n';
import { formatDate } from '../../src/i18n/format';
import en from '../../src/i18n/locales/en.json';
import enInfo from '../../src/i18n/locales/en.info.json';
import nlInfo from '../../src/i18n/locales/nl.info.json';
import { verantwoording } from '../../src/content/verantwoording';
import { VerantwoordingScreen } from '../../src/ui/VerantwoordingScreen';
import { renderApp } from '../helpers/app';
import { compiledContent } from '../helpers/packs';

afterEach(cleanup);
const { packs, routes } = compiledContent();
const real = verantwoording(packs.index, packs.localized.filter((p) => p.locale === 'nl'), routes);

/** The section a pack's or route's H2 heads. */
const sectionOf = (name: string) => screen.getByRole('heading', { level: 2, name }).closest('section')!;

function expectAccounted(item: Accountable, heading: string, lang: 'nl' | 'en') {
  const element = sectionOf(heading);
  const section = within(element);
  const text = element.textContent!;
  expect(text).toContain(item.version);
  expect(text).toContain(formatDate(item.reviewed, lang));
  const links = [...element.querySelectorAll('a')].map((a) => [a.textContent!, a.getAttribute('href')] as const);
  for (const s of item.sources) {
    expect(links.some(([name, url]) => url === s.url && name.startsWith(s.title)), s.title).toBe(true);
    expect(text).toContain(formatDate(s.date, lang));
  }
  for (const r of item.review) expect(text).toContain(r);
  // Older versions sit in a closed disclosure: read from the markup, not from what is visible.
  const versions = [...element.querySelectorAll('h4')].map((h) => h.textContent);
  expect(versions).toEqual(item.changelog.map((e) => `${lang === 'nl' ? 'Versie' : 'Version'} ${e.version} (${formatDate(e.date, lang)})`));
  for (const change of item.changelog.flatMap((e) => e.changes)) expect(text).toContain(change);
  // Parts under their own H3: sources, review points, changes.
  expect(section.getAllByRole('heading', { level: 3 }).map((h) => h.textContent!.replace(/ \(\d+\)$/, ''))).toEqual(
    lang === 'nl' ? ['Bronnen', 'Nog te controleren door een deskundige', 'Wat is er veranderd'] : ['Sources', 'Still to be checked by an expert', 'What has changed'],
  );
}

test('every shipped pack and special route is listed with version, check date, sources, review points and changes', () => {
  initI18n('nl', { strict: true, resources: { nl: nlInfo } });
  expect(real.packs.map((p) => p.id)).toEqual(packs.index.map((p) => p.id));
  expect(real.routes.map((r) => r.id)).toEqual(routes.map((r) => r.id));
  expect(real.routes.length).toBeGreaterThan(0);
  render(<VerantwoordingScreen all={real} lang="nl" />);
  expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Verantwoording');
  for (const p of real.packs) {
    expectAccounted(p, `Pakket: ${p.title.nl}`, 'nl');
    expect(within(sectionOf(`Pakket: ${p.title.nl}`)).getByRole('link', { name: `Open het pakket ${p.title.nl}` }).getAttribute('href')).toBe(`/${p.id}/`);
  }
  for (const r of real.routes) {
    expectAccounted(r, `Route: ${r.title.nl}`, 'nl');
    expect(within(sectionOf(`Route: ${r.title.nl}`)).getByRole('link', { name: `Open de route ${r.title.nl}` }).getAttribute('href')).toBe(`/route/${r.id}/`);
  }
  // Dutch content on a Dutch screen: no note that it is Dutch only.
  expect(document.body.textContent).not.toContain('alleen in het Nederlands');
});

test('in English: the screen in English, the Dutch-only sources, review points and changes marked as Dutch', () => {
  initI18n('en', { strict: true, resources: { nl: nlInfo, en: { ...en, ...enInfo } } });
  render(<VerantwoordingScreen all={real} lang="en" />);
  expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Sources and checks');
  for (const p of real.packs) expectAccounted(p, `Pack: ${p.title.en}`, 'en');
  for (const r of real.routes) expectAccounted(r, `Special route: ${r.title.en}`, 'en');
  expect(screen.getAllByText('The sources, review points and changes are in Dutch only.').length).toBe(real.packs.length + real.routes.length);
  const review = screen.getAllByRole('heading', { level: 3, name: 'Still to be checked by an expert' })[0]!.nextElementSibling!;
  expect(review.getAttribute('lang')).toBe('nl');
});

const entry = (over: Partial<Accountable>): Accountable => ({
  id: 'oefen', version: '2.0.0', reviewed: '2026-11-01', defaultLocale: 'nl', title: { nl: 'Oefen', en: 'Practice' },
  sources: [{ title: 'Bron A', url: 'https://example.org/a', date: '2026-10' }], review: [], changelog: [], ...over,
});

test('older versions fold away under a disclosure; no review points and no changelog each say so', () => {
  initI18n('nl', { strict: true, resources: { nl: nlInfo } });
  const all: Verantwoording = {
    packs: [entry({ changelog: [
      { version: '2.0.0', date: '2026-11-01', changes: ['Nieuw B'] },
      { version: '1.1.0', date: '2026-10-01', changes: ['Oud A'] },
      { version: '1.0.0', date: '2026-09-01', changes: ['Eerste versie.'] },
    ] })],
    routes: [entry({ id: 'leeg', title: { nl: 'Leeg', en: 'Empty' } })],
  };
  render(<VerantwoordingScreen all={all} lang="nl" />);
  const pack = sectionOf('Pakket: Oefen');
  const details = pack.querySelector('details')!;
  expect(within(details).getByText(/^Eerdere versies \(2\)/)).toBeTruthy();
  expect(details.textContent).toContain('Oud A');
  expect(details.textContent).not.toContain('Nieuw B');
  expect(pack.textContent).toContain('Er zijn geen open controlepunten.');
  expect(sectionOf('Route: Leeg').textContent).toContain('Er is nog geen lijst met wijzigingen.');
});

test('the footer leads to the screen, which reads the packs and routes the app already keeps', async () => {
  const { fetch } = await renderApp();
  fireEvent.click(screen.getByRole('link', { name: 'Verantwoording: bronnen en controle' }));
  await waitFor(() => expect(location.pathname).toBe('/verantwoording/'));
  expect(await screen.findByRole('heading', { level: 1, name: 'Verantwoording' })).toBeTruthy();
  expect(screen.getByRole('heading', { level: 2, name: /^Route: Zorg over een collega/ })).toBeTruthy();
  expect(fetch.mock.calls.map(([url]) => String(url))).toEqual(expect.arrayContaining(['/packs/routes.json', '/packs/routes/collega.json', '/packs/algemeen.nl.json']));
});

test('the about screen links to it', async () => {
  await renderApp({ path: '/over/' });
  expect(screen.getByRole('link', { name: 'Alle bronnen, controlepunten en wijzigingen op één pagina' }).getAttribute('href')).toBe('/verantwoording/');
});
