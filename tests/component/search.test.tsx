import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { currentRoute } from '../../src/app/navigation';
import type { Locale } from '../../src/content/schema';
import type { SearchDoc, SearchResult, Searcher } from '../../src/search/types';
import { SearchScreen } from '../../src/ui/SearchScreen';
import { freshDevice, go, renderApp } from '../helpers/app';

// A fake searcher, in place of the real index (S1's src/search/search.ts): every doc whose title
// or text holds each word of the query, grouped like the real one.
const fake = vi.hoisted(() => ({ calls: [] as { query: string; pack?: string }[], fail: false, throws: false, hold: undefined as Promise<void> | undefined }));
vi.mock('../../src/search/search', () => ({
  loadSearcher: async (locale: Locale): Promise<Searcher> => {
    await fake.hold;
    if (fake.fail) throw new Error('index missing');
    return { locale, search: (query, pack) => fakeSearch(query, pack) };
  },
}));

const doc = (id: string, kind: SearchDoc['kind'], title: string, text: string, path: string, context: string, pack?: string): SearchDoc => ({ id, kind, title, text, path, context, pack });
const DOCS: SearchDoc[] = [
  doc('onderwijs/stap/1/item/letsel', 'item', 'Letsel zien', 'Blauwe plekken en ander letsel op plaatsen die niet passen bij vallen.', 'onderwijs/stap/1/#letsel', 'Onderwijs — Stap 1', 'onderwijs'),
  doc('artsen/stap/1/item/letselduiding', 'item', 'Letselduiding', 'Vraag een forensisch arts om letsel te duiden.', 'artsen/stap/1/#letselduiding', 'Artsen — Stap 1', 'artsen'),
  doc('line/csg', 'line', 'Centrum Seksueel Geweld', 'Bij recent seksueel geweld of letsel na verkrachting.', 'lijnen/#csg', 'Landelijke lijnen'),
  doc('practice/sanne', 'practice', 'Sanne (groep 6)', 'Oefencasus: een leerling met letsel op de arm.', 'oefenen/sanne/', 'Oefenen'),
  doc('markup', 'item', '<b>Vet</b> & <script>alert(1)</script>', 'Gewone tekst met <img src=x onerror="alert(1)"> erin.', 'algemeen/stap/2/', 'Algemeen — Stap 2', 'algemeen'),
];

function fakeSearch(query: string, pack?: string): SearchResult[] {
  fake.calls.push({ query, pack });
  if (fake.throws) throw new Error('bad query');
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return DOCS.filter((d) => words.every((w) => `${d.title} ${d.text}`.toLowerCase().includes(w))).map((d, i) => ({
    doc: d,
    group: d.kind === 'practice' ? 'practice' : !d.pack ? 'help' : d.pack === pack ? 'thisPack' : 'otherPacks',
    terms: words,
    snippet: d.text,
    score: 10 - i,
  }));
}

freshDevice();
beforeEach(() => {
  fake.calls = [];
  fake.fail = false;
  fake.throws = false;
  fake.hold = undefined;
  sessionStorage.clear();
});

const field = () => screen.getByRole('searchbox', { name: /Zoek in stappen/ }) as HTMLInputElement;
const type = (text: string) => fireEvent.input(field(), { target: { value: text } });
async function searchScreen(pack?: string) {
  const view = render(<SearchScreen lang="nl" pack={pack} />);
  await waitFor(() => expect(screen.getByRole('status').textContent).toBe(''));
  return view;
}

describe('the search screen', () => {
  test('typing shows results grouped (this pack first, then each group in the order of its best result), each a link into the app', async () => {
    await searchScreen('onderwijs');
    type('letsel');
    const results = screen.getByRole('region', { name: 'Zoekresultaten' });
    expect(within(results).getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['In deze beroepsgroep', 'Andere beroepsgroepen', 'Routes, lijnen en organisaties', 'Oefenen']);
    const mine = screen.getByRole('heading', { name: 'In deze beroepsgroep' }).closest('section')!;
    const link = within(mine).getByRole('link', { name: 'Letsel zien' });
    expect(link.getAttribute('href')).toBe('/onderwijs/stap/1/#letsel');
    expect(mine.textContent).toContain('Onderwijs — Stap 1');
    expect(mine.textContent).toContain('Blauwe plekken en ander letsel');
    // (Found by its text: the test DOM names a link with a <mark> inside as two words.)
    const other = screen.getByRole('heading', { name: 'Andere beroepsgroepen' }).closest('section')!;
    expect(within(other).getByRole('link').textContent).toBe('Letselduiding');
    expect(within(other).getByRole('link').getAttribute('href')).toBe('/artsen/stap/1/#letselduiding');
    expect(fake.calls.at(-1)).toEqual({ query: 'letsel', pack: 'onderwijs' });
  });

  test('the matched words are marked, and the count is announced once typing pauses', async () => {
    await searchScreen('onderwijs');
    type('letsel');
    const marks = [...document.querySelectorAll('mark')].map((m) => m.textContent);
    expect(marks).toContain('Letsel');
    expect(marks).toContain('letsel');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('4 resultaten'));
    type('letselduiding');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('1 resultaat'));
  });

  test('markup in content or in the query is text, never elements', async () => {
    await searchScreen();
    type('<b>vet</b>');
    expect(screen.getByRole('link', { name: /<b>Vet<\/b> & <script>alert\(1\)<\/script>/ })).toBeTruthy();
    expect(document.querySelector('main b, b, script, img')).toBeNull();
    expect(document.querySelector('mark')?.textContent).toBe('<b>Vet</b>');
    type('<img src=x onerror="alert(1)">');
    expect(document.querySelector('img')).toBeNull();
  });

  test('no match says so and offers the Veilig Thuis number and the Algemeen pack', async () => {
    await searchScreen();
    type('xyzzy');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Niets gevonden.'));
    expect(screen.getByRole('link', { name: /0800-2000/ }).getAttribute('href')).toBe('tel:08002000');
    expect(screen.getByRole('link', { name: /Algemeen/ }).getAttribute('href')).toBe('/algemeen/');
    expect(screen.queryByRole('region', { name: 'Zoekresultaten' })).toBeNull();
  });

  test('while the index loads the field takes typing, and the results come when it is there', async () => {
    let ready!: () => void;
    fake.hold = new Promise((ok) => { ready = ok; });
    render(<SearchScreen lang="nl" />);
    expect(screen.getByRole('status').textContent).toBe('Zoeken wordt geladen…');
    type('letsel');
    expect(field().value).toBe('letsel');
    ready();
    expect(await screen.findByRole('link', { name: 'Letsel zien' })).toBeTruthy();
  });

  test('when the index cannot load, the screen says so, still offers 0800-2000, and can try again', async () => {
    fake.fail = true;
    render(<SearchScreen lang="nl" />);
    expect((await screen.findByRole('alert')).textContent).toMatch(/Zoeken lukt nu niet/);
    expect(screen.getByRole('link', { name: /0800-2000/ }).getAttribute('href')).toBe('tel:08002000');
    fake.fail = false;
    fireEvent.click(screen.getByRole('button', { name: 'Opnieuw proberen' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    type('letsel');
    expect(screen.getByRole('link', { name: 'Letsel zien' })).toBeTruthy();
  });

  test('a searcher that throws finds nothing instead of breaking the screen', async () => {
    await searchScreen();
    fake.throws = true;
    type('letsel');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Niets gevonden.'));
  });

  // Bad input (issue 17): sensible results or none, never an error, markup inert.
  const bad: [string, string][] = [
    ['one character', 'l'],
    ['500 characters', 'letsel '.repeat(72).slice(0, 500)],
    ['only spaces', '     '],
    ['regex metacharacters', '.*+?^${}()|[]\\'],
    ['markup', '<script>alert(1)</script><img src=x onerror=alert(1)>'],
    ['emoji', '👧🏽 letsel 🚑'],
    ['right-to-left text', 'עברית عربي \u202Eletsel'],
  ];
  test.each(bad)('a query of %s gives results or none, never an error', async (_, query) => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await searchScreen();
    type(query);
    await new Promise((r) => setTimeout(r, 350));
    expect(field().value).toBe(query);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(document.querySelector('script, img')).toBeNull();
    // The searcher gets at most 200 characters, trimmed; spaces alone are no query.
    if (query.trim()) expect(fake.calls.at(-1)!.query).toBe(query.trim().slice(0, 200));
    else {
      expect(fake.calls).toEqual([]);
      expect(screen.getByRole('status').textContent).toBe('');
    }
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
  });
});

describe('search in the app', () => {
  test('the header links to search on every screen; the query never goes into the address or storage, and is gone when the screen is left', async () => {
    await renderApp({ path: '/' });
    const entry = await screen.findByRole('link', { name: 'Zoeken' });
    expect(entry.getAttribute('href')).toBe('/zoeken/');
    expect(entry.getAttribute('aria-keyshortcuts')).toBe('/');
    fireEvent.click(entry);
    expect(await screen.findByRole('heading', { level: 1, name: 'Zoeken' })).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(field()));
    type('letsel geheimwoord');
    type('letsel');
    expect(await screen.findByRole('link', { name: 'Letsel zien' })).toBeTruthy();
    for (const text of ['letsel', 'geheimwoord']) {
      expect(location.href).not.toContain(text);
      expect(JSON.stringify(history.state ?? null)).not.toContain(text);
      expect(JSON.stringify({ ...localStorage })).not.toContain(text);
      expect(JSON.stringify({ ...sessionStorage })).not.toContain(text);
    }
    expect(field().getAttribute('autocomplete')).toBe('off');
    expect(field().closest('form')).toBeNull();
    // Opening a result, and coming back: the field is empty.
    fireEvent.click(screen.getByRole('link', { name: 'Letsel zien' }));
    await waitFor(() => expect(currentRoute()).toEqual({ name: 'step', pack: 'onderwijs', step: 1 }));
    expect(location.href).not.toContain('?');
    go('/zoeken/');
    await waitFor(() => expect(field().value).toBe(''));
  });

  test("'/' opens search from any screen and puts the cursor in the field, with that pack first", async () => {
    await renderApp({ path: '/onderwijs/' });
    await screen.findByRole('link', { name: 'Zoeken' });
    const pressed = fireEvent.keyDown(document.body, { key: '/' });
    expect(pressed).toBe(false); // not typed anywhere
    await waitFor(() => expect(currentRoute().name).toBe('search'));
    await waitFor(() => expect(document.activeElement).toBe(field()));
    type('letsel');
    expect(fake.calls.at(-1)).toEqual({ query: 'letsel', pack: 'onderwijs' });
    // In the field, '/' is a slash.
    expect(fireEvent.keyDown(field(), { key: '/' })).toBe(true);
    expect(currentRoute().name).toBe('search');
  });

  test("'/' in a text field is a slash, and with Ctrl or in an open dialog it does nothing", async () => {
    await renderApp({ path: '/' });
    await screen.findByRole('link', { name: 'Zoeken' });
    const input = document.createElement('textarea');
    document.body.append(input);
    expect(fireEvent.keyDown(input, { key: '/' })).toBe(true);
    expect(fireEvent.keyDown(document.body, { key: '/', ctrlKey: true })).toBe(true);
    const dialog = document.createElement('dialog');
    dialog.setAttribute('open', '');
    document.body.append(dialog);
    expect(fireEvent.keyDown(dialog, { key: '/' })).toBe(true);
    await new Promise((r) => setTimeout(r, 20));
    expect(currentRoute().name).toBe('start');
    input.remove();
    dialog.remove();
  });

  test('Shift three times still hides the app from search, also with the cursor in the field', async () => {
    await renderApp({ path: '/' });
    await screen.findByRole('link', { name: 'Zoeken' });
    fireEvent.keyDown(document.body, { key: '/' });
    await waitFor(() => expect(document.activeElement).toBe(field()));
    type('letsel');
    for (let i = 0; i < 3; i++) fireEvent.keyDown(field(), { key: 'Shift' });
    expect(await screen.findByRole('button', { name: 'Verder' })).toBeTruthy();
    expect(document.body.textContent).not.toContain('letsel');
  });
});
