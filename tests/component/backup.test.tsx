import { IDBFactory } from 'fake-indexeddb';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { serialiseSealedBackup } from '../../src/storage/backup-sealed';
import { createVault } from '../../src/storage/crypto';
import { addCases, getCase, listCases } from '../../src/storage/cases';
import { closeDatabase } from '../../src/storage/db';
import { newCase } from '../../src/storage/restore';
import { App } from '../../src/app/App';
import { currentRoute } from '../../src/app/navigation';
import { go, renderApp, stubPackFetch } from '../helpers/app';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});
afterEach(async () => {
  vi.restoreAllMocks();
  await closeDatabase();
});

/** Picks a file in the import field, as the browser's file dialog does. */
function chooseFile(text: string, name = 'backup.json') {
  const input = screen.getByLabelText('Back-up terugzetten: kies een bestand') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [new File([text], name, { type: 'application/json' })], configurable: true });
  fireEvent.change(input);
}

describe('an encrypted backup', () => {
  test('that asks for 4294967295 PBKDF2 rounds is refused at once, with a clear message, and no passphrase is asked', async () => {
    const created = await createVault('een lange wachtwoordzin', 100_000);
    const file = JSON.parse(await serialiseSealedBackup([newCase({ id: 'k1', label: 'K', packId: 'algemeen', packVersion: '1.1.0' })], created, new Date()));
    file.encrypted.vault.iterations = 4294967295;
    const derive = vi.spyOn(crypto.subtle, 'deriveKey');
    await renderApp({ path: '/gegevens/' });
    chooseFile(JSON.stringify(file));
    expect(await screen.findByText('Meldwijzer kan deze versleutelde back-up niet openen. Misschien is het bestand veranderd. Er is niets veranderd.')).toBeTruthy();
    expect(screen.queryByLabelText('Wachtwoordzin')).toBeNull();
    expect(derive).not.toHaveBeenCalled();
  });
});

/** The walks of issue 11 (B12): each passed the preview and crashed the app when opened. */
const UNFIT_WALKS = [
  ['an answer the question does not have', { start: 'a1', moves: [{ node: 'a1', answer: 'misschien' }] }, 1],
  ['moves out of order', { start: 'a1', moves: [{ node: 'a2', answer: 'nee' }, { node: 'a1', answer: 'ja' }] }, 2],
  ['an unknown start', { start: 'z9', moves: [{ node: 'z9', answer: 'ja' }] }, 1],
  // Passing the waypoint is no answer: one question to answer again.
  ['a start at an outcome', { start: 'melden-veiligheid', moves: [{ node: 'melden-veiligheid' }, { node: 'a3', answer: 'nee' }] }, 1],
] as const;

const backupWith = (state: unknown) => JSON.stringify({ format: 'meldwijzer-backup', version: 1, cases: [{ id: 'k1', packId: 'algemeen', label: 'K', kader: { state } }] });

/** Starts the app again on the same device, as a reload does: the open case is remembered. */
async function restart(path: string) {
  document.body.innerHTML = '';
  stubPackFetch();
  history.replaceState(null, '', path);
  render(<App first={{ route: currentRoute() }} notices={[]} />);
}

describe('a backup whose afwegingskader answers do not fit the pack', () => {
  test.each(UNFIT_WALKS)('with %s: the preview says so, only the answers that fit are added, and the case opens, also after a reload', async (_name, state, dropped) => {
    await renderApp({ path: '/gegevens/' });
    chooseFile(backupWith(state));
    await screen.findByText('Nieuwe casussen: 1.');
    expect(screen.getByText(/^Bij 1 casus passen niet alle antwoorden van het afwegingskader bij de vragen van deze app\./)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Toevoegen' }));
    await screen.findByText(/Toegevoegd/);
    expect((await getCase('k1'))!.kader.state).toEqual({ start: 'a1', moves: [] });
    expect(dropped).toBeGreaterThan(0);

    go('/');
    fireEvent.click(await screen.findByRole('button', { name: /^K\s*,/ }));
    await screen.findByRole('heading', { level: 1, name: 'Overzicht van de casus' });
    go('/algemeen/stap/1/');
    await screen.findByRole('heading', { level: 1, name: 'Signalen in kaart brengen' });
    go('/algemeen/afweging/');
    expect(await screen.findByText('Je hebt nog geen vragen beantwoord.')).toBeTruthy();

    await restart('/algemeen/afweging/');
    await screen.findByText('Opgeslagen op dit apparaat');
    expect(await screen.findByText('Je hebt nog geen vragen beantwoord.')).toBeTruthy();
  });
});

describe('a stored case whose answers do not fit the pack (saved before walks were checked)', () => {
  test.each(UNFIT_WALKS)('with %s opens without an error, says how many answers it leaves out, and keeps them until the user answers', async (_name, state, dropped) => {
    const c = newCase({ id: 'k1', label: 'K', packId: 'algemeen', packVersion: '1.0.0' });
    await addCases([{ ...c, kader: { ...c.kader, state: structuredClone(state) as never } }]);
    localStorage.setItem('meldwijzer.activeCase', 'k1');
    await restart('/algemeen/afweging/');
    await screen.findByText('Opgeslagen op dit apparaat');
    await screen.findByText('Je hebt nog geen vragen beantwoord.');
    // One answer or more: said in words that fit the number ("1 antwoord … past", "2 antwoorden … passen").
    expect(screen.getByText(new RegExp(dropped === 1 ? '^1 antwoord van deze casus past niet bij versie [0-9.]+ van dit pakket\\. Beantwoord deze vraag opnieuw:' : `^${dropped} antwoorden van deze casus passen niet bij versie [0-9.]+ van dit pakket\\. Beantwoord deze vragen opnieuw:`))).toBeTruthy();
    // Looking changes nothing: a later version of the pack might fit them again.
    expect((await getCase('k1'))!.kader.state).toEqual(state);

    go('/algemeen/afweging/a1/');
    fireEvent.click(await screen.findByLabelText(/^Ja/));
    fireEvent.click(screen.getByRole('button', { name: 'Volgende' }));
    await screen.findByText(/Afweging 2 van 5/);
    await waitFor(async () => expect((await getCase('k1'))!.kader.state).toEqual({ start: 'a1', moves: [{ node: 'a1', answer: 'ja' }] }));
    expect(screen.queryByText(/Niet alle antwoorden/)).toBeNull();
    expect(await listCases()).toHaveLength(1);
  });
});

describe('the import preview', () => {
  /** The app with case k1 on the device, on the data screen once the case list has loaded. */
  async function withCaseOnDevice() {
    await addCases([newCase({ id: 'k1', label: 'K', packId: 'algemeen', packVersion: '1.1.0' })]);
    await renderApp({ path: '/' });
    await screen.findByRole('button', { name: /^K\s*,/ });
    go('/gegevens/');
    await screen.findByLabelText('Back-up terugzetten: kies een bestand');
  }
  const fileOf = (...ids: string[]) => JSON.stringify({ format: 'meldwijzer-backup', version: 1, cases: ids.map((id) => newCase({ id, label: id.toUpperCase(), packId: 'algemeen', packVersion: '1.1.0' })) });

  test('Escape, also twice, neither hides the app nor throws the preview away (it is no dialog: "Annuleren" closes it)', async () => {
    await withCaseOnDevice();
    chooseFile(fileOf('k2'));
    const preview = await screen.findByRole('heading', { name: 'Wat wordt er toegevoegd?' });
    fireEvent.keyDown(preview, { key: 'Escape' });
    fireEvent.keyDown(preview, { key: 'Escape' });
    expect(screen.queryByRole('button', { name: 'Verder' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Toevoegen' })).toBeTruthy();
    expect(await listCases()).toHaveLength(1);
  });

  test('with only cases already on this device says there is nothing new, offers no add button, and never reports "Toegevoegd" for nothing', async () => {
    await withCaseOnDevice();
    chooseFile(fileOf('k1'));
    expect(await screen.findByText('Alle casussen in dit bestand staan al op dit apparaat. Er is niets nieuws om toe te voegen.')).toBeTruthy();
    expect(screen.queryByText(/Nieuwe casussen: 0/)).toBeNull();
    expect(screen.queryByRole('button', { name: 'Toevoegen' })).toBeNull();
    expect(screen.queryByText(/Toegevoegd/)).toBeNull();
    expect(await listCases()).toHaveLength(1);
  });

  test('with only cases already on this device can still add them as copies, once the user chose that', async () => {
    await withCaseOnDevice();
    chooseFile(fileOf('k1'));
    fireEvent.click(await screen.findByLabelText(/als kopie \(1\)/));
    fireEvent.click(screen.getByRole('button', { name: 'Toevoegen' }));
    expect(await screen.findByText('Toegevoegd: 1 casus.')).toBeTruthy();
    expect((await listCases()).map((c) => c.label).sort()).toEqual(['K', 'K1 (kopie)']);
  });

  test('with new cases and a duplicate adds only the new ones unless copies are chosen', async () => {
    await withCaseOnDevice();
    chooseFile(fileOf('k1', 'k2'));
    await screen.findByText('Nieuwe casussen: 1.');
    fireEvent.click(screen.getByRole('button', { name: 'Toevoegen' }));
    expect(await screen.findByText('Toegevoegd: 1 casus.')).toBeTruthy();
    expect((await listCases()).map((c) => c.id).sort()).toEqual(['k1', 'k2']);
  });
});

describe('making a backup', () => {
  /** The browser's download: records the file the app handed over. */
  function stubDownload() {
    const saved: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => { saved.push(blob as Blob); return 'blob:meldwijzer/1'; });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    return { saved, click };
  }
  async function dataScreenWith(...labels: string[]) {
    await addCases(labels.map((label, i) => newCase({ id: `k${i}`, label, packId: 'algemeen', packVersion: '1.1.0' })));
    await renderApp({ path: '/gegevens/' });
  }
  const exportAll = () => fireEvent.click(screen.getByRole('button', { name: 'Back-up maken van alle casussen' }));

  test('reads the file back before it is saved and confirms the number of cases and the size', async () => {
    const { saved, click } = stubDownload();
    await dataScreenWith('A', 'B', 'C');
    exportAll();
    const message = await screen.findByText(/^Back-up gemaakt en gecontroleerd: 3 casussen, \d+ kB\. Kijk bij je downloads of het bestand er staat\.$/);
    expect(click).toHaveBeenCalledOnce();
    expect(saved).toHaveLength(1);
    expect(message.textContent).toContain(`${Math.ceil(saved[0]!.size / 1024)} kB`);
    expect(JSON.parse(await saved[0]!.text()).cases.map((c: { label: string }) => c.label).sort()).toEqual(['A', 'B', 'C']);
    expect(screen.queryByText('Je hebt nog geen back-up gemaakt.')).toBeNull();
  });

  test('of one case says "1 casus"', async () => {
    stubDownload();
    await dataScreenWith('A');
    exportAll();
    expect(await screen.findByText(/^Back-up gemaakt en gecontroleerd: 1 casus, \d+ kB\./)).toBeTruthy();
  });

  test('that the browser does not allow says so clearly and does not count as a backup', async () => {
    vi.spyOn(URL, 'createObjectURL').mockImplementation(() => { throw new DOMException('Downloads are blocked', 'SecurityError'); });
    await dataScreenWith('A');
    exportAll();
    expect(await screen.findByText('De browser liet het opslaan van de back-up niet toe. Er is geen bestand gemaakt. Kijk in de instellingen van je browser of downloads mogen, of probeer een andere browser.')).toBeTruthy();
    expect(screen.getByText('Je hebt nog geen back-up gemaakt.')).toBeTruthy();
  });

  test('that fails while reading the cases says so and saves no file', async () => {
    const { click } = stubDownload();
    await dataScreenWith('A');
    vi.spyOn(IDBObjectStore.prototype, 'getAll').mockImplementation(() => { throw new DOMException('disk error', 'UnknownError'); });
    exportAll();
    expect(await screen.findByText('Back-up maken is niet gelukt. Er is geen bestand gemaakt. Probeer het opnieuw.')).toBeTruthy();
    expect(click).not.toHaveBeenCalled();
    expect(screen.getByText('Je hebt nog geen back-up gemaakt.')).toBeTruthy();
  });

  test('with no cases on this device says there is nothing to back up', async () => {
    const { click } = stubDownload();
    await renderApp({ path: '/gegevens/' });
    exportAll();
    expect(await screen.findByText('Er staan geen casussen op dit apparaat. Er is geen back-up gemaakt.')).toBeTruthy();
    expect(click).not.toHaveBeenCalled();
  });
});

describe('sharing a backup', () => {
  /** A phone's Web Share: records what was handed to the share sheet. `accepts` is what
   * canShare answers; `outcome` how the sheet closes. */
  function stubShare({ accepts = true, outcome }: { accepts?: boolean; outcome?: DOMException } = {}) {
    const shared: File[][] = [];
    const canShare = vi.fn((data?: ShareData) => accepts && (data?.files?.length ?? 0) > 0);
    const share = vi.fn(async (data?: ShareData) => {
      shared.push(data?.files ?? []);
      if (outcome) throw outcome;
    });
    Object.defineProperty(navigator, 'canShare', { value: canShare, configurable: true });
    Object.defineProperty(navigator, 'share', { value: share, configurable: true });
    return { shared, canShare };
  }
  afterEach(() => {
    delete (navigator as { canShare?: unknown }).canShare;
    delete (navigator as { share?: unknown }).share;
  });
  async function dataScreenWith(...labels: string[]) {
    await addCases(labels.map((label, i) => newCase({ id: `k${i}`, label, packId: 'algemeen', packVersion: '1.1.0' })));
    await renderApp({ path: '/gegevens/' });
  }
  const shareButton = () => screen.queryByRole('button', { name: 'Back-up delen' });

  test('hands the checked backup file, with its name and type, to the share sheet and counts it as a backup', async () => {
    const { shared, canShare } = stubShare();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    await dataScreenWith('A', 'B');
    fireEvent.click(await screen.findByRole('button', { name: 'Back-up delen' }));
    expect(await screen.findByText(/^Back-up gemaakt, gecontroleerd en gedeeld: 2 casussen, \d+ kB\./)).toBeTruthy();
    expect(shared).toHaveLength(1);
    const [file] = shared[0]!;
    expect(file!.name).toBe(`meldwijzer-backup-${new Date().toISOString().slice(0, 10)}.json`);
    expect(file!.type).toBe('application/json');
    expect(JSON.parse(await file!.text()).cases.map((c: { label: string }) => c.label).sort()).toEqual(['A', 'B']);
    // Asked with a backup file, as the browser may share only some types.
    expect(canShare.mock.calls[0]![0]!.files![0]!.type).toBe('application/json');
    expect(click).not.toHaveBeenCalled();
    expect(screen.queryByText('Je hebt nog geen back-up gemaakt.')).toBeNull();
  });

  test('closed without choosing where it goes, does not count as a backup and says nothing', async () => {
    stubShare({ outcome: new DOMException('Share canceled', 'AbortError') });
    await dataScreenWith('A');
    fireEvent.click(await screen.findByRole('button', { name: 'Back-up delen' }));
    await waitFor(() => expect(navigator.share).toHaveBeenCalledOnce());
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.getByText('Je hebt nog geen back-up gemaakt.')).toBeTruthy();
    expect(screen.queryByText(/gedeeld|niet gelukt/)).toBeNull();
  });

  test('that the browser refuses says so and does not count as a backup', async () => {
    stubShare({ outcome: new DOMException('Permission denied', 'NotAllowedError') });
    await dataScreenWith('A');
    fireEvent.click(await screen.findByRole('button', { name: 'Back-up delen' }));
    expect(await screen.findByText(/^Delen van de back-up is niet gelukt\. Er is geen bestand gedeeld\./)).toBeTruthy();
    expect(screen.getByText('Je hebt nog geen back-up gemaakt.')).toBeTruthy();
  });

  test('is not offered where the browser cannot share files, or not this type: only the download is', async () => {
    await dataScreenWith('A');
    await screen.findByRole('button', { name: 'Back-up maken van alle casussen' });
    expect(shareButton()).toBeNull();
    cleanup();
    stubShare({ accepts: false });
    await renderApp({ path: '/gegevens/' });
    await screen.findByRole('button', { name: 'Back-up maken van alle casussen' });
    expect(shareButton()).toBeNull();
  });
});
