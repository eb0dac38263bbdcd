import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { startServer } from '../bench/static-server.mjs';
import { followLink } from './follow-link';

// The core flows again in a second engine: Firefox ESR from Debian, over WebDriver BiDi.
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
let browser: Browser;

beforeAll(async () => {
  browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true, protocol: 'webDriverBiDi' });
}, 60_000);
afterAll(async () => { await browser?.close(); });

async function fresh(): Promise<Page> {
  const context = await browser.createBrowserContext();
  return context.newPage();
}

const heading = (page: Page) => page.$eval('h1', (e) => e.textContent ?? '');

async function answer(page: Page, n: number, label: string) {
  await page.locator(`::-p-text(Afweging ${n} van 5)`).wait();
  await page.locator(`label::-p-text(${label})`).click();
  await page.locator('::-p-aria(Volgende)').click();
}

test('Firefox: after one online visit, the afwegingskader works with the server gone', async () => {
  const server = await startServer(inject('outDir'));
  const page = await fresh();
  await page.goto(`${server.url}algemeen/afweging/a1/`);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, { timeout: 30_000 });
  await server.close();
  await page.reload();
  await answer(page, 1, 'Ja');
  await answer(page, 2, 'Nee');
  await answer(page, 3, 'Nee');
  await page.locator('::-p-text(Meldnorm 2)').wait();
  expect(page.url()).toContain('algemeen/uitkomst/');
  await page.browserContext().close();
}, 60_000);

test('Firefox: case notes survive a reload', async () => {
  const page = await fresh();
  await page.goto(`${inject('baseURL')}algemeen/`);
  await page.locator('#case-label').fill('FF-1');
  await page.locator('::-p-aria(Casus aanmaken)').click();
  await page.locator('#notes-1').fill('Notitie in Firefox');
  await page.locator('::-p-text(Opgeslagen op dit apparaat)').wait();
  await page.reload();
  await page.locator('#notes-1').wait();
  expect(await page.$eval('#notes-1', (e) => (e as HTMLTextAreaElement).value)).toBe('Notitie in Firefox');
  await page.browserContext().close();
}, 60_000);

test('Firefox: the app lock seals the notes, and the passphrase opens them', async () => {
  const page = await fresh();
  const base = inject('baseURL');
  await page.goto(`${base}algemeen/`);
  await page.locator('#case-label').fill('FF-LOCK');
  await page.locator('::-p-aria(Casus aanmaken)').click();
  await page.locator('#notes-1').fill('Geheim in Firefox');
  await page.locator('::-p-text(Opgeslagen op dit apparaat)').wait();
  await page.goto(`${base}gegevens/`);
  await page.locator('#new-passphrase').fill('firefox wachtwoordzin');
  await page.locator('#repeat-passphrase').fill('firefox wachtwoordzin');
  await page.locator('::-p-aria(Vergrendeling instellen)').click();
  await page.locator('::-p-text(Je casussen zijn nu versleuteld.)').wait();
  await page.reload();
  await page.locator('#unlock-passphrase').wait();
  expect(await heading(page)).toBe('Meldwijzer is vergrendeld');
  await page.locator('#unlock-passphrase').fill('firefox wachtwoordzin');
  await page.locator('::-p-aria(Ontgrendelen)').click();
  // Through a link inside the app: typing the address would load the page and lock it again.
  await page.evaluate(followLink, '/algemeen/stap/1/');
  await page.locator('#notes-1').wait();
  expect(await page.$eval('#notes-1', (e) => (e as HTMLTextAreaElement).value)).toBe('Geheim in Firefox');
  await page.browserContext().close();
}, 60_000);
