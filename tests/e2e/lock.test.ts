import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { launch, newPage, visit } from './browser';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

const PASS = 'paars huis aan zee';
const NOTE = 'Vertrouwelijke notitie over de vader';

/** Everything IndexedDB holds for the app, as raw text: what a thief with the disk would see.
 * In Chromium the database lives in a storage bucket of its own (src/storage/place.ts). */
function rawDatabase(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const buckets = (navigator as Navigator & { storageBuckets?: { open(name: string): Promise<{ indexedDB: IDBFactory }> } }).storageBuckets;
    const factory = buckets ? (await buckets.open('meldwijzer')).indexedDB : indexedDB;
    return new Promise<string>((resolve, reject) => {
      const request = factory.open('meldwijzer');
      request.onerror = () => reject(request.error);
      request.onsuccess = () => {
        const db = request.result;
        const tx = db.transaction(['cases', 'settings'], 'readonly');
        const out: unknown[] = [];
        for (const name of ['cases', 'settings']) tx.objectStore(name).getAll().onsuccess = (e) => out.push((e.target as IDBRequest).result);
        tx.oncomplete = () => { db.close(); resolve(JSON.stringify(out)); };
      };
    });
  });
}

async function unlockWith(page: Page, passphrase: string) {
  await page.getByLabel('Wachtwoordzin', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Ontgrendelen' }).click();
}

test('set a lock, write a case, reload: locked, no plaintext at rest, and unlock brings the case back', async () => {
  const base = inject('baseURL');
  const { page, context, errors } = await newPage(browser, { acceptDownloads: true });
  await page.goto(`${base}algemeen/`);
  await page.getByLabel('Korte naam voor de casus').fill('VADER-7');
  await page.getByRole('button', { name: 'Casus aanmaken' }).click();
  await page.getByRole('link', { name: 'Beveiligen met een wachtwoordzin' }).click();
  await page.getByLabel('Nieuwe wachtwoordzin (minstens 10 tekens)').fill('kort');
  await page.getByLabel('Herhaal de wachtwoordzin').fill('kort');
  await page.getByRole('button', { name: 'Vergrendeling instellen' }).click();
  await page.getByText(/minstens 10 tekens, bijvoorbeeld/).waitFor();
  await page.getByLabel('Nieuwe wachtwoordzin (minstens 10 tekens)').fill(PASS);
  await page.getByLabel('Herhaal de wachtwoordzin').fill(PASS);
  await page.getByRole('button', { name: 'Vergrendeling instellen' }).click();
  await page.getByText('Je casussen zijn nu versleuteld.').waitFor();

  await visit(page, '/algemeen/stap/1/');
  await page.getByLabel('Aantekeningen bij deze stap').fill(NOTE);
  await page.getByText('Opgeslagen op dit apparaat').waitFor();
  const raw = await rawDatabase(page);
  expect(raw).toContain('sealed');
  expect(raw).not.toContain(NOTE);
  expect(raw).not.toContain('VADER-7');

  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Meldwijzer is vergrendeld' }).waitFor();
  expect(await page.locator('body').innerText()).not.toMatch(/VADER-7|Vertrouwelijke/);
  await unlockWith(page, 'verkeerde zin hier');
  await page.getByText('Deze wachtwoordzin klopt niet. Er is niets veranderd.').waitFor();
  await unlockWith(page, 'nog een verkeerde');
  await page.getByText(/Probeer het over \d+ seconden? opnieuw/).waitFor();
  await page.waitForTimeout(1200);
  await unlockWith(page, PASS);
  await page.getByText('VADER-7').first().waitFor();
  await visit(page, '/algemeen/stap/1/');
  expect(await page.getByLabel('Aantekeningen bij deze stap').inputValue()).toBe(NOTE);

  // Quick hide, then coming back, needs the passphrase.
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
  await page.getByRole('button', { name: 'Verder' }).click();
  await page.getByRole('heading', { level: 1, name: 'Meldwijzer is vergrendeld' }).waitFor();
  await unlockWith(page, PASS);
  await page.getByText('VADER-7').first().waitFor();

  // A backup of a locked app is encrypted, and opens only with the passphrase.
  await visit(page, '/gegevens/');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Back-up maken van alle casussen' }).click()]);
  const file = join(tmpdir(), `locked-backup-${Date.now()}.json`);
  await download.saveAs(file);
  const text = readFileSync(file, 'utf8');
  expect(text).not.toContain(NOTE);
  expect(text).not.toContain('VADER-7');
  const tampered = join(tmpdir(), `tampered-${Date.now()}.json`);
  const parsed = JSON.parse(text);
  const data = Buffer.from(parsed.encrypted.payload.data, 'base64');
  data[5] = data[5]! ^ 1;
  parsed.encrypted.payload.data = data.toString('base64');
  writeFileSync(tampered, JSON.stringify(parsed));

  await page.getByRole('button', { name: 'Alles wissen' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Ja, verwijderen' }).click();
  await page.getByRole('heading', { name: 'Kies je beroepsgroep', exact: true }).waitFor();
  await page.goto(`${base}gegevens/`);
  const input = page.getByLabel('Back-up terugzetten: kies een bestand');
  await input.setInputFiles(tampered);
  await page.getByLabel('Wachtwoordzin', { exact: true }).fill(PASS);
  await page.getByRole('button', { name: 'Back-up openen' }).click();
  await page.getByText('Deze back-up is veranderd of beschadigd. Er is niets veranderd.').waitFor();
  await input.setInputFiles(file);
  await page.getByLabel('Wachtwoordzin', { exact: true }).fill('fout fout fout');
  await page.getByRole('button', { name: 'Back-up openen' }).click();
  await page.getByText('Deze wachtwoordzin opent de back-up niet. Er is niets veranderd.').waitFor();
  await page.getByLabel('Wachtwoordzin', { exact: true }).fill(PASS);
  await page.getByRole('button', { name: 'Back-up openen' }).click();
  await page.getByText('Nieuwe casussen: 1.').waitFor();
  await page.getByRole('button', { name: 'Toevoegen' }).click();
  await page.getByText('Toegevoegd: 1 casus.').waitFor();
  expect(errors).toEqual([]);
  await context.close();
}, 120_000);
