import { IDBFactory } from 'fake-indexeddb';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { App } from '../../src/app/App';
import { getCase, listCases, saveCase } from '../../src/storage/cases';
import { closeDatabase } from '../../src/storage/db';
import { go, renderApp, stubPackFetch } from '../helpers/app';
import { currentRoute } from '../../src/app/navigation';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});
afterEach(async () => {
  await closeDatabase();
});

async function createCase(label = 'JD-5') {
  await renderApp({ path: '/algemeen/' });
  fireEvent.input(screen.getByLabelText('Korte naam voor de casus'), { target: { value: label } });
  fireEvent.click(screen.getByRole('button', { name: 'Casus aanmaken' }));
  await screen.findByRole('heading', { level: 1, name: 'Overzicht van de casus' });
  go('/algemeen/stap/1/');
  await screen.findByRole('heading', { level: 1, name: 'Signalen in kaart brengen' });
  await screen.findByText('Opgeslagen op dit apparaat');
}

async function typeNotes(text: string) {
  fireEvent.input(await screen.findByLabelText('Aantekeningen bij deze stap'), { target: { value: text } });
}

describe('a case', () => {
  test('is created with a short label, autosaves notes, and reopens after a restart', async () => {
    await createCase();
    expect(screen.getByText('JD-5')).toBeTruthy();
    await typeNotes('Blauwe plek op de arm, 12 november.');
    expect(screen.getByText('Bezig met opslaan…')).toBeTruthy();
    await screen.findByText('Opgeslagen op dit apparaat');
    const [summary] = await listCases();
    expect((await getCase(summary!.id))!.steps[1].notes).toBe('Blauwe plek op de arm, 12 november.');

    // A restart: the app mounts again and continues with the open case.
    const { unmount } = render(<div />);
    unmount();
    document.body.innerHTML = '';
    stubPackFetch();
    history.replaceState(null, '', '/algemeen/stap/1/');
    render(<App first={{ route: currentRoute() }} notices={[]} />);
    expect(((await screen.findByLabelText('Aantekeningen bij deze stap')) as HTMLTextAreaElement).value).toBe('Blauwe plek op de arm, 12 november.');
  });

  test('warns when the label looks like a full name, and requires a label', async () => {
    await renderApp({ path: '/algemeen/' });
    fireEvent.click(screen.getByRole('button', { name: 'Casus aanmaken' }));
    expect(await screen.findByText('Vul een korte naam in.')).toBeTruthy();
    fireEvent.input(screen.getByLabelText('Korte naam voor de casus'), { target: { value: 'Jan de Vries' } });
    expect(screen.getByText(/lijkt op een volledige naam/)).toBeTruthy();
  });

  test('records the afwegingskader answers with times, and the summary leaves the label out unless asked', async () => {
    await createCase('XY-9');
    go('/algemeen/afweging/a1/');
    for (const [n, label] of [[1, /^Ja/], [2, /^Nee/], [3, /^Nee/]] as const) {
      await screen.findByText(new RegExp(`Afweging ${n} van 5`));
      fireEvent.click(screen.getByLabelText(label));
      fireEvent.click(screen.getByRole('button', { name: 'Volgende' }));
    }
    await screen.findByText(/^Meldnorm 2$/);
    fireEvent.input(screen.getByLabelText(/in je eigen woorden/), { target: { value: 'Ik kan zelf geen hulp bieden.' } });
    go('/algemeen/samenvatting/');
    const summary = await screen.findByRole('article');
    expect(summary.textContent).toContain('Ik kan zelf geen hulp bieden.');
    expect(summary.textContent).toMatch(/Meldnormen\s*2:/);
    expect(summary.textContent).not.toContain('XY-9');
    fireEvent.click(screen.getByLabelText('De korte naam van de casus opnemen'));
    expect(screen.getByRole('article').textContent).toContain('XY-9');
    await screen.findByText('Opgeslagen op dit apparaat');
    const [stored] = await listCases();
    const c = (await getCase(stored!.id))!;
    expect(c.kader.outcome).toMatchObject({ code: 'melden', meldnormen: [2] });
    expect(Object.keys(c.kader.answeredAt)).toEqual(['a1', 'a2', 'a3']);
  });

  test('a change saved in another tab is never silently overwritten: keep both', async () => {
    await createCase('AB');
    await typeNotes('Mijn tekst');
    await screen.findByText('Opgeslagen op dit apparaat');
    const [summary] = await listCases();
    const other = (await getCase(summary!.id))!;
    await saveCase({ ...other, steps: { ...other.steps, 1: { ...other.steps[1], notes: 'Tekst uit het andere tabblad' } } }, other.revision);
    await typeNotes('Mijn tekst, langer');
    expect(await screen.findByText('Deze casus is ook ergens anders gewijzigd')).toBeTruthy();
    fireEvent.click(await screen.findByRole('button', { name: 'Allebei (mijn versie als kopie)' }));
    await waitFor(async () => expect(await listCases()).toHaveLength(2));
    const notes = await Promise.all((await listCases()).map(async (s) => (await getCase(s.id))!.steps[1].notes));
    expect(notes.sort()).toEqual(['Mijn tekst, langer', 'Tekst uit het andere tabblad']);
  });

  test('without IndexedDB the walk still works and the app never claims to have saved', async () => {
    vi.stubGlobal('indexedDB', undefined);
    await renderApp({ path: '/algemeen/' });
    fireEvent.input(screen.getByLabelText('Korte naam voor de casus'), { target: { value: 'ZZ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Casus aanmaken' }));
    expect(await screen.findByText(/Niet opgeslagen: deze browser kan niets bewaren/)).toBeTruthy();
    await screen.findByRole('heading', { level: 1, name: 'Overzicht van de casus' });
    go('/algemeen/stap/1/');
    await screen.findByRole('heading', { level: 1, name: 'Signalen in kaart brengen' });
    await typeNotes('Tekst');
    await act(() => new Promise((r) => setTimeout(r, 600)));
    expect(screen.queryByText('Opgeslagen op dit apparaat')).toBeNull();
    expect((screen.getByLabelText('Aantekeningen bij deze stap') as HTMLTextAreaElement).value).toBe('Tekst');
  });

  test('is deleted from the list only after confirming', async () => {
    await createCase('DEL');
    fireEvent.click(screen.getByRole('button', { name: 'Casus sluiten' }));
    await waitFor(() => expect(location.pathname).toBe('/'));
    go('/');
    fireEvent.click(await screen.findByRole('button', { name: 'Verwijderen DEL' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Annuleren' }));
    expect(await listCases()).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Verwijderen DEL' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Ja, verwijderen' }));
    await waitFor(async () => expect(await listCases()).toHaveLength(0));
  });
});

describe('faults', () => {
  test('a full disk says so, keeps the typed text on screen, and loses nothing saved before', async () => {
    await createCase('Q');
    await typeNotes('Eerder opgeslagen');
    await screen.findByText('Opgeslagen op dit apparaat');
    const put = IDBObjectStore.prototype.put;
    const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await typeNotes('Nieuwe tekst die niet past');
    expect(await screen.findByText(/Niet opgeslagen: het apparaat is vol/)).toBeTruthy();
    expect((screen.getByLabelText('Aantekeningen bij deze stap') as HTMLTextAreaElement).value).toBe('Nieuwe tekst die niet past');
    spy.mockRestore();
    expect(IDBObjectStore.prototype.put).toBe(put);
    const [summary] = await listCases();
    expect((await getCase(summary!.id))!.steps[1].notes).toBe('Eerder opgeslagen');
    // Space again: the next keystroke saves everything.
    await typeNotes('Nieuwe tekst die niet past, nu wel');
    await screen.findByText('Opgeslagen op dit apparaat');
    expect((await getCase(summary!.id))!.steps[1].notes).toBe('Nieuwe tekst die niet past, nu wel');
  });

  test('HTML in a case label and notes is shown as text', async () => {
    await createCase('<b>vet</b><script>window.pwned=1</script>');
    expect(screen.getByText('<b>vet</b><script>window.pwned=1</script>')).toBeTruthy();
    expect(document.querySelector('.casebar b')).toBeNull();
    expect((window as unknown as { pwned?: number }).pwned).toBeUndefined();
  });
});

describe('answers and links around an open case', () => {
  async function answerQuestion(n: number, label: RegExp) {
    await screen.findByText(new RegExp(`Afweging ${n} van 5`));
    fireEvent.click(screen.getByLabelText(label));
    fireEvent.click(screen.getByRole('button', { name: 'Volgende' }));
  }

  test('answers given before "Casus aanmaken" go into the new case, with their times, and the form says so', async () => {
    await renderApp({ path: '/algemeen/afweging/a1/' });
    await answerQuestion(1, /^Ja/);
    await answerQuestion(2, /^Nee/);
    await screen.findByText(/Afweging 3 van 5/);
    go('/algemeen/');
    expect((await screen.findByText(/Je gaf al 2 antwoorden in het afwegingskader/)).textContent).toMatch(/Die gaan mee/);
    fireEvent.input(screen.getByLabelText('Korte naam voor de casus'), { target: { value: 'MEE' } });
    fireEvent.click(screen.getByRole('button', { name: 'Casus aanmaken' }));
    // The new case opens on its overview, which says the answers went along, and shows the kader begun.
    await screen.findByRole('heading', { level: 1, name: 'Overzicht van de casus' });
    expect(screen.getByText('Je 2 antwoorden uit het afwegingskader staan in de casus.').getAttribute('role')).toBe('status');
    expect(screen.getByRole('link', { name: 'Afwegingskader', description: 'Bezig' })).toBeTruthy();
    const [summary] = await waitFor(async () => { const all = await listCases(); expect(all).toHaveLength(1); return all; });
    const stored = (await getCase(summary!.id))!;
    expect(stored.kader.state.moves).toEqual([{ node: 'a1', answer: 'ja' }, { node: 'a2', answer: 'nee' }]);
    expect(Object.keys(stored.kader.answeredAt).sort()).toEqual(['a1', 'a2']);
  });

  test('a shared link to a question off the open case\'s path asks before it erases anything', async () => {
    await createCase('LINK');
    go('/algemeen/afweging/a1/');
    await answerQuestion(1, /^Ja/);
    await answerQuestion(2, /^Nee/);
    await screen.findByText(/Afweging 3 van 5/);
    await screen.findByText('Opgeslagen op dit apparaat');
    go('/algemeen/afweging/a5/');
    expect(await screen.findByText(/Deze vraag hoort niet bij de antwoorden die je daar gaf/)).toBeTruthy();
    await answerQuestion(5, /^Ja/);
    expect(await screen.findByRole('heading', { level: 1, name: 'Opnieuw beginnen bij deze vraag?' })).toBeTruthy();
    expect(screen.getByText(/De 2 antwoorden die je eerder gaf, worden dan gewist/)).toBeTruthy();
    // Saying no keeps the case as it was and goes back to where its walk is.
    expect(screen.getByRole('link', { name: 'Nee, terug naar mijn antwoorden' }).getAttribute('href')).toBe('/algemeen/afweging/a3/');
    const [summary] = await listCases();
    expect((await getCase(summary!.id))!.kader.state.moves).toHaveLength(2);
    // Saying yes does what the user asked for.
    fireEvent.click(screen.getByRole('button', { name: 'Ja, wis ze en begin hier' }));
    await waitFor(() => expect(location.pathname).toBe('/algemeen/uitkomst/'));
    await waitFor(async () => expect((await getCase(summary!.id))!.kader.state).toEqual({ start: 'a5', moves: [{ node: 'a5', answer: 'ja' }] }));
  });
});

describe('what the start screen shows stays true after an autosave', () => {
  test('the case list and the overdue reminder update without a reload', async () => {
    await createCase('LIJST');
    go('/algemeen/stap/5/');
    fireEvent.change(await screen.findByLabelText('Stand van de casus'), { target: { value: 'gemeld' } });
    fireEvent.input(screen.getByLabelText('Wanneer weeg je opnieuw?'), { target: { value: '2020-01-01' } });
    await screen.findByText('Opgeslagen op dit apparaat');
    go('/');
    const overdue = await screen.findByRole('heading', { level: 2, name: 'Tijd om opnieuw te wegen' });
    expect(overdue.closest('section')!.textContent).toMatch(/LIJST/);
    expect((await screen.findByRole('button', { name: /^LIJST\s*,/ })).closest('li')!.textContent).toMatch(/Gemeld bij Veilig Thuis/);
  });
});

describe('closing a case while another tab changed it', () => {
  async function conflictOnClose() {
    await createCase('TWEE');
    await typeNotes('Uit tab B');
    await screen.findByText('Opgeslagen op dit apparaat');
    const [summary] = await listCases();
    const other = (await getCase(summary!.id))!;
    await saveCase({ ...other, steps: { ...other.steps, 1: { ...other.steps[1], notes: 'Uit tab A' } } }, other.revision);
    await typeNotes('Uit tab B xyz');
    fireEvent.click(screen.getByRole('button', { name: 'Casus sluiten' }));
    expect(await screen.findByText('Deze casus is ook ergens anders gewijzigd')).toBeTruthy();
    return summary!.id;
  }

  test('the close waits for the choice; "mine" keeps the typed text', async () => {
    const id = await conflictOnClose();
    expect(screen.getByLabelText('Aantekeningen bij deze stap')).toHaveProperty('value', 'Uit tab B xyz');
    fireEvent.click(await screen.findByRole('button', { name: /^Mijn versie/ }));
    await waitFor(async () => expect((await getCase(id))!.steps[1].notes).toBe('Uit tab B xyz'));
  });

  test('"both" keeps the typed text as a copy and the other version as it was', async () => {
    await conflictOnClose();
    fireEvent.click(await screen.findByRole('button', { name: 'Allebei (mijn versie als kopie)' }));
    await waitFor(async () => expect(await listCases()).toHaveLength(2));
    const notes = await Promise.all((await listCases()).map(async (s) => (await getCase(s.id))!.steps[1].notes));
    expect(notes.sort()).toEqual(['Uit tab A', 'Uit tab B xyz']);
  });

  test('"theirs" shows the other version and the case is not closed behind the user\'s back', async () => {
    const id = await conflictOnClose();
    fireEvent.click(await screen.findByRole('button', { name: /^De andere versie/ }));
    await waitFor(() => expect(screen.getByLabelText('Aantekeningen bij deze stap')).toHaveProperty('value', 'Uit tab A'));
    expect((await getCase(id))!.steps[1].notes).toBe('Uit tab A');
    expect(screen.getByRole('button', { name: 'Casus sluiten' })).toBeTruthy();
  });
});

test('a right-to-left override in a label never turns the app\'s own words around: every user text is isolated', async () => {
  const label = 'AB\u202Ecd';
  await createCase(label);
  await typeNotes('noot\u202E met override');
  await screen.findByText('Opgeslagen op dit apparaat');
  const isolatedEverywhere = () => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const bad: string[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent ?? '';
      if (!text.includes('\u202E')) continue;
      const inBdi = n.parentElement?.closest('bdi') !== null;
      const inIsolates = /\u2068[^\u2069]*\u202E[^\u2069]*\u2069/.test(text);
      if (!inBdi && !inIsolates) bad.push(`${n.parentElement?.tagName}: ${text}`);
    }
    return bad;
  };
  expect(isolatedEverywhere()).toEqual([]); // case bar and step fields
  go('/gegevens/');
  await screen.findByRole('heading', { level: 1, name: 'Gegevens, back-up en privacy' });
  expect(screen.getByRole('button', { name: /exporteren/ }).textContent).toBe(`Alleen casus \u2068${label}\u2069 exporteren`);
  expect(isolatedEverywhere()).toEqual([]);
  go('/algemeen/samenvatting/');
  await screen.findByRole('article');
  fireEvent.click(screen.getByLabelText('De korte naam van de casus opnemen'));
  expect(isolatedEverywhere()).toEqual([]);
  go('/');
  fireEvent.click(await screen.findByRole('button', { name: /Verwijderen/ }));
  await screen.findByRole('dialog');
  expect(isolatedEverywhere()).toEqual([]);
});

test('the conflict dialog shows what differs and what each choice keeps', async () => {
  await createCase('VERSCHIL');
  await typeNotes('Eerste tekst');
  await screen.findByText('Opgeslagen op dit apparaat');
  const [summary] = await listCases();
  const other = (await getCase(summary!.id))!;
  await saveCase({ ...other, steps: { ...other.steps, 1: { ...other.steps[1], notes: 'Tekst van tab A' } } }, other.revision);
  await typeNotes('Tekst van tab B');
  const dialog = (await screen.findByText('Deze casus is ook ergens anders gewijzigd')).closest('dialog')!;
  await waitFor(() => expect(dialog.textContent).toMatch(/Aantekeningen \(Stap 1\)/));
  expect(dialog.textContent).toMatch(/Mijn versie \(dit scherm\):\s*\u2068?Tekst van tab B/);
  expect(dialog.textContent).toMatch(/De andere versie:\s*\u2068?Tekst van tab A/);
  expect(dialog.textContent).toMatch(/Er verdwijnt niets/);
});

test('the walk without a case says plainly that nothing is saved, and stores nothing', async () => {
  await renderApp({ path: '/algemeen/afweging/a1/' });
  expect(await screen.findByText('Zonder casus — niets wordt bewaard')).toBeTruthy();
  fireEvent.click(screen.getByLabelText(/^Ja/));
  fireEvent.click(screen.getByRole('button', { name: 'Volgende' }));
  await screen.findByText(/Afweging 2 van 5/);
  await act(() => new Promise((r) => setTimeout(r, 800)));
  expect(await listCases()).toEqual([]);
  go('/algemeen/');
  fireEvent.input(await screen.findByLabelText('Korte naam voor de casus'), { target: { value: 'NU' } });
  fireEvent.click(screen.getByRole('button', { name: 'Casus aanmaken' }));
  await screen.findByText('Opgeslagen op dit apparaat');
  expect(screen.queryByText('Zonder casus — niets wordt bewaard')).toBeNull();
});

test('hiding the screen with Shift three times saves what was just typed at once, before the autosave would', async () => {
  await createCase('VERB');
  const [stored] = await listCases();
  await typeNotes('Vlak voor het verbergen');
  for (let i = 0; i < 3; i++) fireEvent.keyDown(window, { key: 'Shift' });
  expect(await screen.findByRole('button', { name: 'Verder' })).toBeTruthy();
  // Well within the autosave's 400 ms wait: the hide itself started the save.
  await waitFor(async () => expect((await getCase(stored!.id))!.steps[1].notes).toBe('Vlak voor het verbergen'), { timeout: 250 });
});
