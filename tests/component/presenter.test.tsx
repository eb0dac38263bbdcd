import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { expect, test, vi } from 'vitest';
import type { PracticeCase } from '../../src/practice/types';
import { Presenter } from '../../src/ui/Presenter';
import { stubPackFetch } from '../helpers/app';
import fixture from '../fixtures/practice/presenter-case.json';

const practice = fixture as PracticeCase;

/** The shipped packs, and one practice case at packs/practice/<id>.json. */
function serve() {
  const packs = stubPackFetch();
  vi.stubGlobal('fetch', vi.fn(async (url: string) => {
    const id = /packs\/practice\/([^/]+)\.json$/.exec(url)?.[1];
    if (id !== undefined) return id === practice.id ? new Response(JSON.stringify(practice)) : new Response('', { status: 404 });
    return packs(url);
  }));
}

const press = (key: string, target: Element | Document = document) => fireEvent.keyDown(target, { key });
const title = () => screen.getByRole('heading', { level: 1 }).textContent;

async function open() {
  serve();
  render(<Presenter id={practice.id} lang="nl" />);
  await screen.findByRole('heading', { level: 1, name: 'Mila (6) en de dichte deur' });
  // The keys listen, and the page is in projector style, once the effects have run.
  await waitFor(() => expect(document.documentElement.classList.contains('presenter')).toBe(true));
}

test('an unknown case is not found, with the way to the practice cases', async () => {
  serve();
  history.replaceState(null, '', '/oefenen/bestaat-niet/presentatie/');
  render(<Presenter id="bestaat-niet" lang="nl" />);
  await screen.findByRole('heading', { level: 1, name: 'Deze pagina bestaat niet' });
  expect(screen.getByRole('link', { name: 'Naar de oefencasussen' }).getAttribute('href')).toBe('/oefenen/');
  history.replaceState(null, '', '/');
});

test('→ and ← walk the slides, with a counter; the page gets the presenter class', async () => {
  await open();
  expect(document.documentElement.classList.contains('presenter')).toBe(true);
  expect(screen.getByText('Dia 1 van 11')).toBeTruthy();
  press('ArrowRight');
  await waitFor(() => expect(title()).toBe('Signalen'));
  press('ArrowLeft');
  await waitFor(() => expect(title()).toBe('Mila (6) en de dichte deur'));
  press('ArrowLeft');
  expect(screen.getByText('Dia 1 van 11')).toBeTruthy();
  expect(screen.getByRole('link', { name: 'Terug naar de casus' }).getAttribute('href')).toBe('/oefenen/oefen-presentatie/');
});

test('on an afweging: the expert answer is absent until R; T focuses the tally; J/N and 1/2 count', async () => {
  await open();
  for (let i = 0; i < 4; i++) press('ArrowRight');
  await waitFor(() => expect(title()).toBe('Afweging 1: Vermoeden'));
  expect(screen.queryByText('Ja, ik heb nog een vermoeden')).toBeNull();
  expect(screen.queryByText('Het beeld blijft na overleg bestaan.')).toBeNull();
  press('t');
  expect(document.activeElement?.textContent).toBe('Ja +1 (J)');
  press('j'); press('1'); press('j'); press('n'); press('2');
  await waitFor(() => expect(screen.getByText('Zaal: 3 × ja, 2 × nee')).toBeTruthy());
  press('r');
  await screen.findByText('Ja, ik heb nog een vermoeden');
  expect(screen.getByText('Het beeld blijft na overleg bestaan.')).toBeTruthy();
  expect(screen.getByText(/De zaal: Ja\. De deskundige: Ja\./)).toBeTruthy();
  // A click counts too, and −1 takes a miscount back.
  fireEvent.click(screen.getByRole('button', { name: 'Nee −1' }));
  await waitFor(() => expect(screen.getByText('Zaal: 3 × ja, 1 × nee')).toBeTruthy());
});

test('B blanks the screen and B brings it back; ? shows the keys; keys typed in a field are ignored', async () => {
  await open();
  press('b');
  const blank = await screen.findByRole('button', { name: /Het scherm is zwart/ });
  press('ArrowRight');
  expect(screen.getByText('Dia 1 van 11')).toBeTruthy();
  press('b');
  await waitFor(() => expect(blank.isConnected).toBe(false));
  press('?');
  const dialog = await screen.findByRole('dialog', { name: 'Toetsen voor de presentatie' });
  expect(dialog.textContent).toMatch(/J of 1: ja \+1/);
  press('Escape');
  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  const field = document.createElement('input');
  document.body.append(field);
  press('ArrowRight', field);
  press('b', field);
  expect(screen.getByText('Dia 1 van 11')).toBeTruthy();
  expect(screen.queryByRole('button', { name: /Het scherm is zwart/ })).toBeNull();
  field.remove();
});

test('the overview draws the room\'s way and the expert\'s way, and lists both as text', async () => {
  await open();
  for (let i = 0; i < 4; i++) press('ArrowRight');
  await waitFor(() => expect(title()).toBe('Afweging 1: Vermoeden'));
  press('n'); press('n');
  for (let i = 0; i < 4; i++) press('ArrowRight');
  await waitFor(() => expect(title()).toBe('Het afwegingskader: de weg van de zaal en van de deskundige'));
  const lists = document.querySelectorAll('.presenter-paths ol');
  expect([...lists[0]!.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
    'Afweging 1: Vermoeden — Ja', 'Afweging 2: Veiligheid — Ja', 'Meld bij Veilig Thuis', 'Afweging 3: Hulp — Ja', 'Afweging 4: Acceptatie — Ja', 'Hulp bieden of organiseren',
  ]);
  expect([...lists[1]!.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['Afweging 1: Vermoeden — Nee', 'Afsluiten en vastleggen']);
  expect(document.querySelectorAll('svg .path-expert path')).toHaveLength(5);
  expect(document.querySelectorAll('svg .path-room path')).toHaveLength(1);
  expect(screen.getByText(/Gestippelde paarse lijn/)).toBeTruthy();
});
