import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { startServer } from '../bench/static-server.mjs';
import { answer, launch, newPage, visit, waitUntilOfflineReady } from './browser';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

const overview = (page: Page) => page.getByRole('heading', { level: 1, name: 'Overzicht van de casus' }).waitFor();
/** A task's state as the task list says it (the text its link is described by). */
const status = (page: Page, name: RegExp | string) => page.getByRole('list', { name: 'Onderdelen van de meldcode' }).getByRole('link', { name, exact: true }).evaluate((a) => document.getElementById(a.getAttribute('aria-describedby')!)!.textContent);

test('a walk answered offline without a case goes into the new case: said on the overview, and in the summary', async () => {
  const server = await startServer(inject('outDir'));
  const { context, page, errors } = await newPage(browser);
  await page.goto(server.url);
  await waitUntilOfflineReady(page);
  await server.close();
  await context.setOffline(true);
  await visit(page, '/algemeen/afweging/a1/');
  await answer(page, 1, /^Ja/);
  await answer(page, 2, /^Nee/);
  await page.getByText('Afweging 3 van 5').waitFor();
  await visit(page, '/algemeen/');
  await page.getByLabel('Korte naam voor de casus').fill('OFF-1');
  await page.getByRole('button', { name: 'Casus aanmaken' }).click();
  await overview(page);
  expect(await page.getByRole('status').filter({ hasText: 'afwegingskader' }).textContent()).toBe('Je 2 antwoorden uit het afwegingskader staan in de casus.');
  expect(await status(page, 'Afwegingskader')).toBe('Bezig');
  expect(await status(page, /^Stap 4:/)).toBe('Bezig');
  await page.getByRole('link', { name: 'Samenvatting controleren' }).click();
  const kader = page.getByRole('article').locator('dt', { hasText: /^Afweging:/ });
  await expect.poll(() => kader.count()).toBe(2);
  // Stored, not only on screen: after a reload (still offline) the case still has them.
  await page.getByText('Opgeslagen op dit apparaat').waitFor();
  await page.reload();
  await expect.poll(() => page.getByRole('article').locator('dt', { hasText: /^Afweging:/ }).count()).toBe(2);
  expect(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(e))).toEqual([]);
  await context.close();
});

test('a case opens on its task list; the states follow the work; "Wijzig" goes back to the step; the end of stap 5 is the summary', async () => {
  const base = inject('baseURL');
  const { context, page, errors } = await newPage(browser);
  await page.goto(`${base}algemeen/`);
  await page.getByLabel('Korte naam voor de casus').fill('OV-1');
  await page.getByRole('button', { name: 'Casus aanmaken' }).click();
  await overview(page);
  expect(await page.getByText(/staan in de casus/).count()).toBe(0);
  for (const n of [1, 2, 3, 4, 5]) expect(await status(page, new RegExp(`^Stap ${n}:`))).toBe('Niet begonnen');
  expect(await status(page, 'Afwegingskader')).toBe('Niet begonnen');

  await page.getByRole('link', { name: /^Stap 1:/ }).click();
  await page.getByLabel('Aantekeningen bij deze stap').fill('Blauwe plek gezien.');
  await page.getByText('Opgeslagen op dit apparaat').waitFor();
  // Opened again from the start screen: the overview, with stap 1 begun.
  await page.getByRole('link', { name: 'Meldwijzer', exact: true }).click();
  await page.getByRole('button', { name: /^OV-1\s*,/ }).click();
  await overview(page);
  expect(await status(page, /^Stap 1:/)).toBe('Bezig');

  await page.getByRole('link', { name: /^Stap 1:/ }).click();
  await page.getByRole('link', { name: 'Klaar, naar de volgende stap' }).click();
  await expect.poll(() => page.url()).toContain('/algemeen/stap/2/');
  // The case bar leads back to the overview.
  await page.getByRole('region', { name: 'Open casus' }).getByRole('link', { name: 'Overzicht' }).click();
  await overview(page);
  expect(await status(page, /^Stap 1:/)).toBe('Klaar');
  expect(await page.getByText('1 van 6 onderdelen klaar.').count()).toBe(1);

  await page.getByRole('link', { name: 'Samenvatting controleren' }).click();
  await page.getByRole('link', { name: 'Wijzig Aantekeningen' }).click();
  await expect.poll(() => page.url()).toMatch(/\/algemeen\/stap\/1\/$/);
  expect(await page.getByLabel('Aantekeningen bij deze stap').inputValue()).toBe('Blauwe plek gezien.');

  await visit(page, '/algemeen/stap/5/');
  await page.getByRole('link', { name: 'Klaar met alle stappen' }).click();
  await expect.poll(() => page.url()).toMatch(/\/algemeen\/samenvatting\/$/);
  await page.getByRole('button', { name: 'Printen' }).waitFor();
  expect(await page.getByRole('link', { name: 'Maak een back-up' }).getAttribute('href')).toMatch(/\/gegevens\/$/);
  expect(errors).toEqual([]);
  await context.close();
});
