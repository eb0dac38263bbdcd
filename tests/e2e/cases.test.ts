import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { startServer } from '../bench/static-server.mjs';
import { answer, launch, newPage, waitUntilOfflineReady } from './browser';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

const NOTE = (n: number) => `Notitie bij stap ${n}: <img src=x onerror="window.pwned=1"> feiten`;

async function createCase(page: Page, base: string, label: string) {
  await page.goto(`${base}algemeen/`);
  await page.getByLabel('Korte naam voor de casus').fill(label);
  await page.getByRole('button', { name: 'Casus aanmaken' }).click();
  await page.getByRole('heading', { level: 1, name: 'Overzicht van de casus' }).waitFor();
  await page.getByRole('link', { name: /^Stap 1:/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Signalen in kaart brengen' }).waitFor();
}

async function saved(page: Page) {
  await page.getByText('Opgeslagen op dit apparaat').waitFor();
}

test('a case with notes in every step and the afwegingskader survives an offline reload, and prints as a summary', async () => {
  const server = await startServer(inject('outDir'));
  const { page, context } = await newPage(browser);
  await page.goto(server.url);
  await waitUntilOfflineReady(page);
  await createCase(page, server.url, 'AB-12');
  for (let step = 1; step <= 5; step++) {
    await page.goto(`${server.url}algemeen/stap/${step}/`);
    const notes = page.getByLabel('Aantekeningen bij deze stap');
    await notes.fill(NOTE(step));
    if (step === 1) await page.getByRole('checkbox').first().check();
    if (step === 2) {
      await page.getByRole('button', { name: 'Overleg toevoegen' }).click();
      await page.getByLabel('Advies dat je kreeg').fill('Bel Veilig Thuis voor advies.');
    }
    if (step === 3) {
      await page.getByLabel('Nee, ik heb het gesprek overgeslagen').check();
      await page.getByLabel('Waarom heb je het gesprek overgeslagen?').fill('Veiligheid van het kind.');
    }
    if (step === 5) {
      await page.getByLabel('Ja', { exact: true }).first().check();
      await page.getByLabel('Wanneer weeg je opnieuw?').fill('2026-12-01');
    }
    await saved(page);
  }
  await page.goto(`${server.url}algemeen/afweging/a1/`);
  await answer(page, 1, /^Ja/);
  await answer(page, 2, /^Nee/);
  await answer(page, 3, /^Nee/);
  await page.getByLabel(/in je eigen woorden/).fill('Ik kan zelf niet genoeg hulp bieden.');
  await saved(page);

  await server.close();
  await context.setOffline(true);
  await page.reload();
  await page.getByText('AB-12').first().waitFor();
  for (let step = 1; step <= 5; step++) {
    await page.goto(`${server.url}algemeen/stap/${step}/`);
    expect(await page.getByLabel('Aantekeningen bij deze stap').inputValue()).toBe(NOTE(step));
  }
  await page.goto(`${server.url}algemeen/uitkomst/`);
  expect(await page.getByLabel(/in je eigen woorden/).inputValue()).toBe('Ik kan zelf niet genoeg hulp bieden.');

  await page.goto(`${server.url}algemeen/samenvatting/`);
  const summary = page.getByRole('article');
  await summary.waitFor();
  await page.emulateMedia({ media: 'print' });
  expect(await page.locator('.help-bar').isVisible()).toBe(false);
  expect(await summary.isVisible()).toBe(true);
  const text = await summary.innerText();
  for (let step = 1; step <= 5; step++) expect(text).toContain(NOTE(step));
  expect(text).toContain('Bel Veilig Thuis voor advies.');
  expect(text).toContain('Veiligheid van het kind.');
  expect(text).toMatch(/Meldnorm/i);
  // The check-answers list prints each label beside its value (dt, dd).
  expect(text).toMatch(/Opnieuw wegen\s+1 december 2026/);
  expect(text).not.toContain('AB-12');
  expect(text).not.toContain('Wijzig'); // the change links are for the screen, not the file
  // Markup in notes is text, never run.
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  expect(await summary.locator('img').count()).toBe(0);
  await context.close();
}, 90_000);

test('export, alles wissen, import: the same case comes back; a foreign file changes nothing', async () => {
  const base = inject('baseURL');
  const { page, context } = await newPage(browser, { acceptDownloads: true });
  await createCase(page, base, 'EXP-1');
  await page.getByLabel('Aantekeningen bij deze stap').fill('Te bewaren tekst');
  await saved(page);
  await page.goto(`${base}gegevens/`);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Back-up maken van alle casussen' }).click()]);
  const file = join(tmpdir(), `meldwijzer-e2e-${Date.now()}.json`);
  await download.saveAs(file);
  expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ format: 'meldwijzer-backup', version: 1, cases: [{ label: 'EXP-1' }] });
  // The app read the file back and says what it holds, in the size the saved file has.
  const confirmed = page.getByText(/^Back-up gemaakt en gecontroleerd: 1 casus, \d+ kB\./);
  await confirmed.waitFor();
  expect(await confirmed.innerText()).toContain(`1 casus, ${Math.ceil(statSync(file).size / 1024)} kB`);

  await page.getByRole('button', { name: 'Alles wissen' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Ja, verwijderen' }).click();
  await page.getByRole('heading', { name: 'Kies je beroepsgroep', exact: true }).waitFor();
  expect(await page.getByText('EXP-1').count()).toBe(0);

  await page.goto(`${base}gegevens/`);
  const foreign = join(tmpdir(), `not-ours-${Date.now()}.json`);
  writeFileSync(foreign, JSON.stringify({ hello: 'world' }));
  await page.getByLabel('Back-up terugzetten: kies een bestand').setInputFiles(foreign);
  await page.getByText('Dit bestand is geen back-up van Meldwijzer. Er is niets veranderd.').waitFor();
  const truncated = join(tmpdir(), `truncated-${Date.now()}.json`);
  writeFileSync(truncated, readFileSync(file, 'utf8').slice(0, 200));
  await page.getByLabel('Back-up terugzetten: kies een bestand').setInputFiles(truncated);
  await page.getByText(/beschadigd of niet compleet/).waitFor();

  await page.getByLabel('Back-up terugzetten: kies een bestand').setInputFiles(file);
  await page.getByText('Nieuwe casussen: 1.').waitFor();
  await page.getByRole('button', { name: 'Toevoegen' }).click();
  await page.getByText('Toegevoegd: 1 casus.').waitFor();
  await page.goto(`${base}`);
  await page.getByRole('button', { name: /^EXP-1\s*,/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Overzicht van de casus' }).waitFor();
  await page.getByRole('link', { name: /^Stap 1:/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Signalen in kaart brengen' }).waitFor();
  expect(await page.getByLabel('Aantekeningen bij deze stap').inputValue()).toBe('Te bewaren tekst');
  await context.close();
}, 60_000);

test('a backup whose afwegingskader answers do not fit the pack is imported without them, and the case opens, also after a reload', async () => {
  const base = inject('baseURL');
  const { page, context, errors } = await newPage(browser);
  // The file from issue 11 (B12): it passed the preview, and opening the case crashed every reload.
  const file = join(tmpdir(), `unfit-walk-${Date.now()}.json`);
  writeFileSync(file, JSON.stringify({ format: 'meldwijzer-backup', version: 1, cases: [{ id: 'k1', packId: 'algemeen', label: 'K', kader: { state: { start: 'a1', moves: [{ node: 'a1', answer: 'misschien' }] } } }] }));
  await page.goto(`${base}gegevens/`);
  await page.getByLabel('Back-up terugzetten: kies een bestand').setInputFiles(file);
  await page.getByText(/^Bij 1 casus passen niet alle antwoorden van het afwegingskader/).waitFor();
  await page.getByRole('button', { name: 'Toevoegen' }).click();
  await page.getByText('Toegevoegd: 1 casus.').waitFor();
  await page.goto(base);
  await page.getByRole('button', { name: /^K\s*,/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Overzicht van de casus' }).waitFor();
  await page.getByRole('link', { name: /^Stap 1:/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Signalen in kaart brengen' }).waitFor();
  await page.goto(`${base}algemeen/afweging/`);
  await page.getByText('Je hebt nog geen vragen beantwoord.').waitFor();
  await page.reload();
  // The case is open again (its label in the case bar), and its screen still shows.
  await page.locator('.casebar-label strong', { hasText: /^K$/ }).waitFor();
  await page.getByText('Je hebt nog geen vragen beantwoord.').waitFor();
  expect(errors).toEqual([]);
  await context.close();
}, 60_000);

test('two tabs on one case: the second save is caught and the user keeps both versions', async () => {
  const base = inject('baseURL');
  const { page: a, context } = await newPage(browser);
  await createCase(a, base, 'TAB');
  await a.getByLabel('Aantekeningen bij deze stap').fill('Eerste versie');
  await saved(a);
  const b = await context.newPage();
  await b.goto(`${base}algemeen/stap/1/`);
  expect(await b.getByLabel('Aantekeningen bij deze stap').inputValue()).toBe('Eerste versie');
  await a.getByLabel('Aantekeningen bij deze stap').fill('Tekst uit tab A');
  await saved(a);
  await b.getByLabel('Aantekeningen bij deze stap').fill('Tekst uit tab B');
  await b.getByRole('dialog').getByText('Deze casus is ook ergens anders gewijzigd').waitFor();
  await b.getByRole('button', { name: 'Allebei (mijn versie als kopie)' }).click();
  // The dialog closes once the copy is stored; only then may the page go.
  await expect.poll(() => b.getByRole('dialog').count()).toBe(0);
  await saved(b);
  await b.goto(`${base}`);
  await b.getByRole('button', { name: /^TAB \(kopie\)\s*,/ }).waitFor();
  await b.getByRole('button', { name: /^TAB\s*,/ }).click();
  await b.getByRole('heading', { level: 1, name: 'Overzicht van de casus' }).waitFor();
  await b.getByRole('link', { name: /^Stap 1:/ }).click();
  await b.getByRole('heading', { level: 1, name: 'Signalen in kaart brengen' }).waitFor();
  expect(await b.getByLabel('Aantekeningen bij deze stap').inputValue()).toBe('Tekst uit tab A');
  await context.close();
}, 60_000);

test('a reload one second after typing loses nothing (the issue allows losing at most that second)', async () => {
  const base = inject('baseURL');
  const { page, context } = await newPage(browser);
  await createCase(page, base, 'RLD');
  await page.getByLabel('Aantekeningen bij deze stap').fill('Vlak voor het herladen getypt');
  await page.waitForTimeout(1000);
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Signalen in kaart brengen' }).waitFor();
  expect(await page.getByLabel('Aantekeningen bij deze stap').inputValue()).toBe('Vlak voor het herladen getypt');
  await context.close();
});
