import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { answer, launch, visit, visitThenGoOffline } from './browser';

// Issue 15's "done when": 'Bel voorbereiden' shows a case's answers ready to read and records the
// call — offline, and still there after a reload.

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

test('offline: a case with answers, Bel voorbereiden shows them, the call is recorded and is in step 2 after a reload', async () => {
  const { context, page, errors } = await visitThenGoOffline(browser);
  await visit(page, '/algemeen/');
  await page.getByLabel('Korte naam voor de casus').fill('BEL-1');
  await page.getByRole('button', { name: 'Casus aanmaken' }).click();
  await page.getByRole('heading', { level: 1, name: 'Overzicht van de casus' }).waitFor();
  await page.getByRole('link', { name: /^Stap 1:/ }).click();
  await page.getByLabel('Aantekeningen bij deze stap').fill('Blauwe plek op de arm, 3 november.');
  await page.getByText('Opgeslagen op dit apparaat').waitFor();
  await visit(page, '/algemeen/afweging/a1/');
  await answer(page, 1, /^Ja/);
  await page.getByText('Afweging 2 van 5').waitFor();

  // From the case's overview to the call sheet.
  await visit(page, '/algemeen/casus/');
  await page.getByRole('link', { name: 'Bel voorbereiden: wat Veilig Thuis vraagt' }).click();
  await page.getByRole('heading', { level: 1, name: 'Bel voorbereiden' }).waitFor();
  expect(new URL(page.url()).pathname).toBe('/algemeen/bellen/');
  expect(await page.getByRole('region', { name: 'Signalen' }).textContent()).toContain('Blauwe plek op de arm, 3 november.');
  expect(await page.getByRole('region', { name: 'Je afwegingen' }).locator('dt').count()).toBeGreaterThanOrEqual(1);
  expect(await page.getByRole('region', { name: 'Wat je al deed' }).textContent()).toContain('Nog niet ingevuld');
  expect(await page.getByRole('link', { name: 'Bel Veilig Thuis: 0800-2000' }).getAttribute('href')).toBe('tel:08002000');

  // Afterwards: the record, as an advice call.
  await page.getByLabel('Tijd', { exact: true }).fill('14:05');
  await page.getByLabel('Wat Veilig Thuis adviseerde').fill('Eerst met de moeder praten, dan opnieuw wegen.');
  await page.getByRole('button', { name: 'Gesprek vastleggen' }).click();
  await page.getByText('Het gesprek staat in stap 2, als overleg met Veilig Thuis.').waitFor();
  // Past the autosave's typing delay, then stored.
  await page.waitForTimeout(1500);
  await page.getByText('Opgeslagen op dit apparaat').waitFor();
  await page.getByRole('link', { name: 'Naar stap 2' }).click();
  await page.reload();
  const advice = page.getByLabel('Advies dat je kreeg');
  await advice.waitFor();
  expect(await advice.inputValue()).toBe('Eerst met de moeder praten, dan opnieuw wegen.');
  expect(await page.getByLabel('Met wie', { exact: true }).inputValue()).toBe('veilig-thuis');
  expect(await page.getByLabel('Tijd (niet verplicht)').inputValue()).toBe('14:05');
  expect(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(e))).toEqual([]);
  await context.close();
});
