import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { initI18n } from '../../src/i18n';
import en from '../../src/i18n/locales/en.json';
import enLocal from '../../src/i18n/locales/en.local.json';
import nlLocal from '../../src/i18n/locales/nl.local.json';
import { RegionCard } from '../../src/ui/RegionCard';
import { RegionScreen } from '../../src/ui/RegionScreen';
import { RegionSuggestion } from '../../src/ui/RegionSuggestion';
import { compiledContent } from '../helpers/packs';

const { files } = compiledContent();

/** Serves packs/regions.json and packs/regions/<id>.json as the built app does. */
function stubRegions() {
  const fetch = vi.fn(async (url: string) => {
    const path = url.replace(/^.*?(packs\/)/, '$1');
    const body = files.get(path);
    return body ? new Response(body) : new Response('not found', { status: 404 });
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

beforeEach(() => {
  localStorage.clear();
  stubRegions();
  initI18n('nl', { strict: true, resources: { nl: nlLocal } });
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('RegionCard in steps 2 and 5', () => {
  test('with a chosen region: the entries for step 2, dated by their document, and the link to the whole kaart', async () => {
    localStorage.setItem('meldwijzer.region', 'VT10');
    render(<RegionCard step={2} lang="nl" />);
    expect(await screen.findByRole('heading', { name: 'Overleggen in Hollands Midden' })).toBeTruthy();
    expect(screen.getByText(/Uit: Informatiebrief Regiovisie .* \(12 december 2023\)/)).toBeTruthy();
    expect(screen.getByText('Veilig Thuis Hollands Midden (HECHT)')).toBeTruthy();
    expect(screen.getByText(/^Kenniscentra/)).toBeTruthy();
    // Step 5 only:
    expect(screen.queryByText('MDA++')).toBeNull();
    expect(screen.getByRole('link', { name: 'Bekijk de hele sociale kaart van Hollands Midden' }).getAttribute('href')).toBe('/regio/hollands-midden/');
  });

  test('with a chosen region: the entries for step 5 (organising help), in English', async () => {
    initI18n('en', { strict: true, resources: { en: { ...en, ...enLocal } } });
    localStorage.setItem('meldwijzer.region', 'VT25');
    render(<RegionCard step={5} lang="en" />);
    expect(await screen.findByRole('heading', { name: 'Organising help in Zuid-Limburg' })).toBeTruthy();
    expect(screen.getByText('MDA++')).toBeTruthy();
    expect(screen.getByText('Triage table in every municipality')).toBeTruthy();
    // Step 2 only:
    expect(screen.queryByText(/Designated officer/)).toBeNull();
  });

  test('a region without a pack: no kaart yet, and the Veilig Thuis finder', async () => {
    localStorage.setItem('meldwijzer.region', 'VT03');
    render(<RegionCard step={2} lang="nl" />);
    expect(await screen.findByText('Voor jouw regio is er nog geen sociale kaart.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Zoek de Veilig Thuis van een gemeente' }).getAttribute('href')).toBe('/veilig-thuis/');
  });

  test('without a chosen region: "Kies je regio" saves the choice and shows that region\'s entries', async () => {
    for (const step of [2, 5] as const) {
      localStorage.clear();
      const { unmount } = render(<RegionCard step={step} lang="nl" />);
      const select = await screen.findByLabelText('Veilig Thuis-regio waar je werkt');
      expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual(['Kies een regio', 'Amsterdam-Amstelland', 'Haaglanden', 'Hollands Midden', 'Rotterdam-Rijnmond', 'Zuid-Limburg']);
      expect(screen.getByRole('link', { name: 'Andere regio? Zoek je gemeente' }).getAttribute('href')).toBe('/veilig-thuis/');
      fireEvent.change(select, { target: { value: 'VT20' } });
      fireEvent.click(screen.getByRole('button', { name: 'Bewaar mijn regio' }));
      expect(localStorage.getItem('meldwijzer.region')).toBe('VT20');
      expect(await screen.findByRole('heading', { name: `${step === 2 ? 'Overleggen' : 'Hulp regelen'} in Rotterdam-Rijnmond` })).toBeTruthy();
      unmount();
    }
  });

  test('saving without a choice does nothing', async () => {
    render(<RegionCard step={2} lang="nl" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Bewaar mijn regio' }));
    expect(localStorage.getItem('meldwijzer.region')).toBeNull();
  });

  test('quiet when the region\'s pack cannot be read', async () => {
    localStorage.setItem('meldwijzer.region', 'VT10');
    // The list was read before (it is kept for the page); the pack itself fails.
    vi.stubGlobal('fetch', vi.fn(async (url: string) => (url.endsWith('regions.json') ? new Response(files.get('packs/regions.json')) : Promise.reject(new TypeError('offline')))));
    const { container } = render(<RegionCard step={2} lang="nl" />);
    await new Promise((r) => setTimeout(r, 20));
    expect(container.textContent).toBe('');
  });
});

describe('RegionScreen', () => {
  test('the whole sociale kaart: every entry, the document named and dated, the review points', async () => {
    render(<RegionScreen region="amsterdam-amstelland" lang="nl" />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Sociale kaart: Amsterdam-Amstelland' })).toBeTruthy();
    expect(screen.getByText(/^Bron: Regioaanpak huiselijk geweld en kindermishandeling 2015-2020.*, 2015\.$/)).toBeTruthy();
    for (const name of ['Veilig Thuis Amsterdam-Amstelland', 'Centrumgemeente Amsterdam', 'Centrum Seksueel Geweld']) expect(screen.getByRole('heading', { level: 3, name })).toBeTruthy();
    const review = screen.getByRole('heading', { name: 'Nog te controleren' }).closest('section')!;
    expect(review.textContent).toMatch(/Het document is van 2015/);
    expect(screen.getAllByText('Waar staat dit in het document?').length).toBe(6);
    expect(screen.getByRole('link', { name: 'Haaglanden' }).getAttribute('href')).toBe('/regio/haaglanden/');
  });

  test('an unknown region: not found, with the five regions that have a kaart', async () => {
    render(<RegionScreen region="utrecht" lang="nl" />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Deze regio heeft (nog) geen sociale kaart' })).toBeTruthy();
    const list = screen.getByRole('heading', { name: "Regio's met een sociale kaart" }).closest('section')!;
    expect(within(list).getAllByRole('link').map((a) => a.getAttribute('href'))).toEqual(['/regio/amsterdam-amstelland/', '/regio/haaglanden/', '/regio/hollands-midden/', '/regio/rotterdam-rijnmond/', '/regio/zuid-limburg/']);
  });
});

describe('RegionSuggestion under a found Veilig Thuis region', () => {
  test('links to the kaart and saves "Dit is mijn regio", with a confirmation', async () => {
    render(<RegionSuggestion vt="VT09" lang="nl" />);
    expect((await screen.findByRole('link', { name: 'Bekijk de sociale kaart van Haaglanden' })).getAttribute('href')).toBe('/regio/haaglanden/');
    fireEvent.click(screen.getByRole('button', { name: 'Dit is mijn regio' }));
    expect(localStorage.getItem('meldwijzer.region')).toBe('VT09');
    expect(screen.getByRole('status').textContent).toMatch(/Bewaard: dit is nu jouw regio/);
    expect(screen.queryByRole('button', { name: 'Dit is mijn regio' })).toBeNull();
  });

  test('a region without a pack: no link, but it can still be saved; the own region says so', async () => {
    render(<RegionSuggestion vt="VT03" lang="nl" />);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Dit is mijn regio' })).toBeTruthy());
    expect(screen.queryByRole('link')).toBeNull();
    cleanup();
    localStorage.setItem('meldwijzer.region', 'VT10');
    render(<RegionSuggestion vt="VT10" lang="nl" />);
    expect(screen.getByText('Dit is jouw regio.')).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });
});
