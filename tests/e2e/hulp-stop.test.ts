import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { answer, axeViolations, launch, newPage } from './browser';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

async function walkWithCase(page: Page, label: string, answers: [number, RegExp][]) {
  const base = inject('baseURL');
  await page.goto(`${base}algemeen/`);
  await page.getByLabel('Korte naam voor de casus').fill(label);
  await page.getByRole('button', { name: 'Casus aanmaken' }).click();
  await page.getByRole('heading', { level: 1, name: 'Overzicht van de casus' }).waitFor();
  await page.getByRole('link', { name: /^Stap 1:/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Signalen in kaart brengen' }).waitFor();
  await page.goto(`${base}algemeen/afweging/a1/`);
  for (const [n, a] of answers) await answer(page, n, a);
}

const saved = (page: Page) => page.getByText('Opgeslagen op dit apparaat').waitFor();

test('after hulp the walk stops for the date of afweging 5; the start screen then shows hulp loopt and that date', async () => {
  const { page, context, errors } = await newPage(browser);
  await walkWithCase(page, 'HU-1', [[1, /^Ja/], [2, /^Nee/], [3, /^Ja/], [4, /^Ja/]]);
  await page.getByRole('heading', { level: 2, name: 'Wanneer beantwoord je afweging 5?' }).waitFor();
  // Saving without a date: the error is said at the field, and axe finds nothing in that state.
  await page.getByRole('button', { name: 'Datum opslaan: hulp loopt' }).click();
  await page.getByText('Fout: vul de datum in').waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByLabel(/Datum afweging 5/).fill('2099-12-15');
  await page.getByRole('button', { name: 'Datum opslaan: hulp loopt' }).click();
  await page.getByText('Afweging 5: controleren op 15 december 2099', { exact: false }).waitFor();
  await saved(page);
  await page.goto(inject('baseURL'));
  const entry = page.locator('.case', { hasText: 'HU-1' });
  await entry.waitFor();
  expect(await entry.textContent()).toMatch(/Hulp loopt.*afweging 5: controleren op 15 december 2099/);
  expect(errors).toEqual([]);
  await context.close();
}, 60_000);

test('a melding recorded on the melden outcome shows in the case summary', async () => {
  const { page, context, errors } = await newPage(browser);
  await walkWithCase(page, 'ME-1', [[1, /^Ja/], [2, /^Nee/], [3, /^Nee/]]);
  expect(await page.getByRole('link', { name: 'Bel Veilig Thuis (0800-2000)' }).getAttribute('href')).toBe('tel:08002000');
  expect(await page.getByLabel('Gemeld bij').inputValue()).toBe('Veilig Thuis');
  expect(await axeViolations(page)).toEqual([]);
  await page.getByLabel('Gemeld op (datum en tijd)').fill('2026-11-21T14:05');
  await saved(page);
  await page.goto(`${inject('baseURL')}algemeen/samenvatting/`);
  await expect.poll(() => page.locator('main').textContent()).toMatch(/gemeld op 21 nov\.? 2026,? 14:05 bij Veilig Thuis/);
  expect(errors).toEqual([]);
  await context.close();
}, 60_000);
