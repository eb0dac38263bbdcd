import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { launch, newPage } from './browser';

// Every screen has its own address, and the static host serves it with the content already in
// the HTML: readable before (or without) JavaScript, then taken over by the app in place.
let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

test('each screen a new visitor opens is readable without JavaScript, help links included', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const base = inject('baseURL');
  for (const [path, heading] of [['', 'Meldwijzer'], ['algemeen/stap/2/', 'Collegiale consultatie'], ['algemeen/afweging/a2/', 'acute onveiligheid'], ['gegevens/', 'Gegevens'], ['verantwoording/', 'Verantwoording']]) {
    const response = await page.goto(base + path);
    expect(response?.status()).toBe(200);
    expect(await page.locator('h1').textContent()).toContain(heading);
    expect(await page.title()).toMatch(/^([^—]+ — )?Meldwijzer$/);
    expect(await page.getByRole('link', { name: /0800-2000/ }).count()).toBe(1);
  }
  await context.close();
}, 60_000);

test('the app takes over the prerendered screen without a flash, and links change screens without a page load', async () => {
  const { page, context, errors } = await newPage(browser);
  await page.goto(`${inject('baseURL')}algemeen/stap/2/`);
  await page.getByRole('button', { name: 'Verberg scherm' }).waitFor(); // only the app renders this button
  expect(await page.locator('h1').count()).toBe(1);
  await page.evaluate(() => { (window as unknown as { marker: number }).marker = 1; });
  await page.getByRole('link', { name: /Gesprek met de cliënt/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Gesprek met de cliënt' }).waitFor();
  expect(page.url()).toMatch(/\/algemeen\/stap\/3\/$/);
  expect(await page.title()).toBe('Gesprek met de cliënt — Meldwijzer');
  await page.goBack();
  await page.getByRole('heading', { level: 1, name: /Collegiale consultatie/ }).waitFor();
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
  expect(errors).toEqual([]);
  await context.close();
}, 60_000);

test('an old #/ link opens the same screen at its new address', async () => {
  const { page, context } = await newPage(browser);
  await page.goto(`${inject('baseURL')}#/algemeen/afweging/a1`);
  await page.getByText('Afweging 1 van 5').waitFor();
  await expect.poll(() => page.url()).toMatch(/\/algemeen\/afweging\/a1\/$/);
  await context.close();
}, 60_000);

test('an unknown address gets status 404 from the host and the app’s own not-found page', async () => {
  const { page, context } = await newPage(browser);
  const response = await page.goto(`${inject('baseURL')}algemeen/stap/9/`);
  expect(response?.status()).toBe(404);
  await page.getByRole('heading', { level: 1, name: 'Deze pagina bestaat niet' }).waitFor();
  await context.close();
}, 60_000);

test('what a visitor types or picks on the prerendered page before the app has started is kept when it takes over', async () => {
  const { page, context, errors } = await newPage(browser);
  // Hold the app's scripts back, as a slow phone connection does, while the page is already readable.
  let release!: () => void;
  const held = new Promise<void>((ok) => { release = ok; });
  await page.route(/\/assets\/.*\.js$/, async (route) => { await held; await route.continue(); });
  await page.goto(`${inject('baseURL')}algemeen/`, { waitUntil: 'commit' });
  await page.getByLabel('Korte naam voor de casus').fill('VROEG');
  release();
  await page.waitForFunction(() => document.documentElement.dataset.app === 'started');
  expect(await page.getByLabel('Korte naam voor de casus').inputValue()).toBe('VROEG');
  await page.getByRole('button', { name: 'Casus aanmaken' }).click();
  await page.getByRole('heading', { level: 1, name: 'Overzicht van de casus' }).waitFor();
  await page.getByRole('link', { name: /^Stap 1:/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Signalen in kaart brengen' }).waitFor();
  expect(await page.getByText('VROEG').count()).toBeGreaterThan(0);

  let releaseAgain!: () => void;
  const heldAgain = new Promise<void>((ok) => { releaseAgain = ok; });
  await context.close();
  // A new visitor again (no service worker yet, which would serve the scripts from its cache).
  const { page: other, context: second } = await newPage(browser);
  await other.route(/\/assets\/.*\.js$/, async (route) => { await heldAgain; await route.continue(); });
  // And the pack arrives later than the app waits for it (3 s): the app first shows its loading state.
  await other.route(/\/packs\/algemeen\.nl\.json$/, async (route) => { await heldAgain; await new Promise((ok) => setTimeout(ok, 3500)); await route.continue(); });
  await other.goto(`${inject('baseURL')}algemeen/afweging/a1/`, { waitUntil: 'commit' });
  await other.getByLabel(/^Nee/).check();
  releaseAgain();
  await other.waitForFunction(() => document.documentElement.dataset.app === 'started');
  await other.getByRole('button', { name: 'Volgende' }).click();
  await other.getByRole('heading', { level: 1, name: 'Afsluiten en vastleggen' }).waitFor();
  expect(errors).toEqual([]);
  await second.close();
});
