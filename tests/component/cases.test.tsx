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
    expect(summary.textContent).toMatch(/Meldnormen: 2:/);
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
    fireEvent.click(screen.getByRole('button', { name: 'Annuleren' }));
    expect(await listCases()).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Verwijderen DEL' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ja, verwijderen' }));
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
