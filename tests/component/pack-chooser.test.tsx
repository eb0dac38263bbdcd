import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, test } from 'vitest';
import { compilePacks } from '../../src/content/collections';
import type { PackSummary } from '../../src/content/schema';
import { addCases } from '../../src/storage/cases';
import { newCase } from '../../src/storage/restore';
import { freshDevice, renderApp, type ExtraPacks } from '../helpers/app';
import { compiledContent, fixturePacksDir } from '../helpers/packs';

// The real Algemeen pack, the fixture pack (oefenpakket, for 'Op een oefenschool') and a third
// that exists only in the index, for a hospital: three packs, none of them named in the chooser's code.
const oefen = compilePacks(fixturePacksDir, compiledContent().base, 'tests/fixtures/content/packs');
const hospital: PackSummary = {
  ...oefen.index[0]!, id: 'oefenziekenhuis', beroepsgroep: 'artsen',
  title: { nl: 'Oefenziekenhuis', en: 'Practice hospital' },
  description: { nl: 'Een testpakket voor artsen.', en: 'A test pack for doctors.' },
  setting: { nl: 'In een oefenziekenhuis', en: 'In a practice hospital' },
};
const three: ExtraPacks = { localized: oefen.localized, index: [hospital, ...oefen.index] };
// The shipped branch packs come between the test packs and Algemeen, in the index's order.
const branches = compiledContent().packs.index.filter((p) => p.beroepsgroep !== 'algemeen');
const settings = (lang: 'nl' | 'en') => branches.map((p) => p.setting![lang]);

freshDevice();

const question = () => screen.findByRole('group', { name: 'Waar werk je?' });
const optionNames = (group: HTMLElement) => within(group).getAllByRole('radio').map((r) => r.closest('label')!.textContent);

describe('the start screen with many packs', () => {
  test('the pack index gives the content: title and description of every pack, and the setting text as an answer', () => {
    expect(oefen.index[0]!.setting).toEqual({ nl: 'Op een oefenschool', en: 'At a practice school' });
    expect(compiledContent().packs.index.find((p) => p.id === 'algemeen')!.setting).toEqual({ nl: 'Ergens anders', en: 'Somewhere else' });
  });

  test('asks "Waar werk je?" with one answer per pack that has one, Algemeen last; answering goes to that pack and is remembered', async () => {
    await renderApp({ extra: three });
    const group = await question();
    expect(optionNames(group)).toEqual(['In een oefenziekenhuis', 'Op een oefenschool', ...settings('nl'), 'Ergens anders']);
    // Every pack also by name, with its title and description.
    const byName = within(screen.getByRole('list', { name: 'Of kies je beroepsgroep op naam' }));
    expect(byName.getAllByRole('link').map((a) => a.querySelector('.card-title')!.textContent)).toEqual(['Oefenziekenhuis', 'Oefenpakket', ...compiledContent().packs.index.map((p) => p.title.nl)]);
    expect(byName.getByText('Een testpakket voor artsen.')).toBeTruthy();

    fireEvent.click(within(group).getByLabelText('Op een oefenschool'));
    fireEvent.click(screen.getByRole('button', { name: 'Verder' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Oefenpakket' })).toBeTruthy();
    expect(location.pathname).toBe('/oefenpakket/');
    expect(localStorage.getItem('meldwijzer.pack')).toBe('oefenpakket');
  });

  test('"Verder" without an answer: the GOV.UK error summary and an inline error, and nothing remembered', async () => {
    await renderApp({ extra: three });
    await question();
    fireEvent.click(screen.getByRole('button', { name: 'Verder' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Er is een probleem');
    expect(within(alert).getByRole('link', { name: 'Kies waar je werkt' }).getAttribute('href')).toBe('#waar-oefenziekenhuis');
    expect((await question()).getAttribute('aria-invalid')).toBe('true');
    expect(location.pathname).toBe('/');
    expect(localStorage.getItem('meldwijzer.pack')).toBeNull();
  });

  test('next time the remembered pack is shown first, without the question; it can be changed, and Algemeen stays there', async () => {
    localStorage.setItem('meldwijzer.pack', 'oefenpakket');
    await renderApp({ extra: three });
    const mine = within(await screen.findByRole('list', { name: 'Jouw beroepsgroep' }));
    expect(mine.getAllByRole('link').map((a) => a.getAttribute('href'))).toEqual(['/oefenpakket/']);
    expect(screen.queryByRole('group', { name: 'Waar werk je?' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Andere beroepsgroep kiezen' }));
    const heading = screen.getByRole('heading', { name: 'Waar werk je?' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    // Choosing by name is remembered too.
    fireEvent.click(screen.getByRole('link', { name: /Algemeen \(basismodel\)/ }));
    expect(localStorage.getItem('meldwijzer.pack')).toBe('algemeen');
  });

  test('a remembered pack the app no longer has is ignored: the question comes back', async () => {
    localStorage.setItem('meldwijzer.pack', 'verdwenen');
    await renderApp({ extra: three });
    expect(optionNames(await question())).toHaveLength(3 + branches.length);
    expect(screen.queryByRole('list', { name: 'Jouw beroepsgroep' })).toBeNull();
  });

  test('in English, the answers are the packs\' English setting texts', async () => {
    await renderApp({ extra: three });
    fireEvent.click(screen.getByRole('button', { name: /English/ }));
    const group = await screen.findByRole('group', { name: 'Where do you work?' });
    expect(optionNames(group)).toEqual(['In a practice hospital', 'At a practice school', ...settings('en'), 'Somewhere else']);
  });

  test('every shipped branch pack answers "Waar werk je?" in both languages', () => {
    expect(branches.map((p) => p.id).sort()).toEqual(['artsen', 'kinderopvang', 'onderwijs', 'sociaal-domein']);
    for (const p of branches) expect(p.setting?.nl && p.setting.en && p.setting.nl !== p.setting.en, p.id).toBeTruthy();
  });

  test('with one pack (a site with Algemeen only) there is nothing to choose: no question, just the pack', async () => {
    await renderApp({ only: ['algemeen'] });
    expect(screen.getByRole('link', { name: /Algemeen \(basismodel\)/ })).toBeTruthy();
    expect(screen.queryByRole('group', { name: 'Waar werk je?' })).toBeNull();
  });

  test('a stored Algemeen case opened after switching to another beroepsgroep stays an Algemeen case', async () => {
    await addCases([newCase({ id: 'k1', label: 'ZORG', packId: 'algemeen', packVersion: '1.1.0' })]);
    localStorage.setItem('meldwijzer.pack', 'oefenpakket');
    await renderApp({ extra: three });
    expect(await screen.findByRole('list', { name: 'Jouw beroepsgroep' })).toBeTruthy();
    fireEvent.click(await screen.findByRole('button', { name: /^ZORG\s*,/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Overzicht van de casus' })).toBeTruthy();
    expect(location.pathname).toBe('/algemeen/casus/');
    // The case's own pack, not the chosen one; the choice itself is kept for new cases.
    expect(screen.getByRole('list', { name: 'Onderdelen van de meldcode' }).querySelector('a')!.getAttribute('href')).toBe('/algemeen/stap/1/');
    expect(localStorage.getItem('meldwijzer.pack')).toBe('oefenpakket');
  });
});
