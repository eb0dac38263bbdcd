import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { launch, newPage } from './browser';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

const LABEL = 'BOEM-1';
const activeCase = (page: Page) => page.evaluate(() => localStorage.getItem('meldwijzer.activeCase'));

// No stored case makes a screen throw today (every record is normalised on read, every walk
// reconciled with its pack), so the failure is made in the browser, by the test only: the step
// screens cannot show this one case's label (in the case bar, shown only while the case is open),
// as a browser bug or an unforeseen record would. The start screen's case list still can.
test('a case whose screen crashes gives a calm screen with the way back and Veilig Thuis, and a reload does not crash again', async () => {
  const base = inject('baseURL');
  const { page, context } = await newPage(browser);
  await page.goto(`${base}algemeen/`);
  await page.getByLabel('Korte naam voor de casus').fill(LABEL);
  await page.getByRole('button', { name: 'Casus aanmaken' }).click();
  await page.getByRole('heading', { level: 1, name: 'Overzicht van de casus' }).waitFor();
  await page.getByRole('link', { name: /^Stap 1:/ }).click();
  await page.getByLabel('Aantekeningen bij deze stap').fill('Eerste signalen');
  await page.getByText('Opgeslagen op dit apparaat').waitFor();
  expect(await activeCase(page)).not.toBeNull();

  await context.addInitScript((label) => {
    const create = Document.prototype.createTextNode;
    Document.prototype.createTextNode = function (text: string) {
      if (String(text).includes(label) && location.pathname.includes('/stap/')) throw new RangeError('cannot show this text');
      return create.call(this, text);
    };
  }, LABEL);
  // Reopening the page reopens the case at step 1, and its case bar makes the screen throw.
  await page.reload({ waitUntil: 'domcontentloaded' });
  await page.getByRole('heading', { level: 1, name: 'Er ging iets mis' }).waitFor();
  await expect.poll(() => page.title()).toBe('Er ging iets mis — Meldwijzer');
  expect(await page.getByRole('link', { name: /Veilig Thuis.*0800-2000.*gratis, dag en nacht/ }).getAttribute('href')).toBe('tel:08002000');
  expect(await activeCase(page)).toBeNull();

  // The way back loads the start screen anew: the case is kept in the list, and not open.
  await page.getByRole('link', { name: 'Naar het begin' }).click();
  await page.waitForURL(base);
  await page.getByRole('button', { name: new RegExp(`^${LABEL}`) }).waitFor();
  expect(await page.getByRole('region', { name: 'Open casus' }).count()).toBe(0);

  // The address that crashed, loaded again: the case is no longer opened by itself, so no crash.
  await page.goto(`${base}algemeen/stap/1/`);
  await page.getByRole('button', { name: 'Verberg scherm' }).waitFor(); // only the running app renders it
  await page.getByRole('heading', { level: 1, name: 'Signalen in kaart brengen' }).waitFor();
  expect(await page.getByText('Er ging iets mis').count()).toBe(0);
  expect(await page.getByRole('region', { name: 'Open casus' }).count()).toBe(0);
  await page.reload();
  await page.getByRole('button', { name: 'Verberg scherm' }).waitFor();
  expect(await page.getByText('Er ging iets mis').count()).toBe(0);
  await context.close();
}, 60_000);
