import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { answer, launch, visit, visitThenGoOffline } from './browser';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

/** Steps 1–3 marked done, step 4 through the afwegingskader (path 8: help works), step 5 done. */
async function walkAllSteps(page: Page, names: { done: RegExp; start: string; toStep5: RegExp }) {
  for (let step = 1; step <= 3; step++) {
    await expect.poll(() => page.url()).toContain(`algemeen/stap/${step}/`);
    await page.getByRole('link', { name: names.done }).click();
  }
  await expect.poll(() => page.url()).toContain('algemeen/stap/4/');
  await page.getByRole('link', { name: names.start }).click();
  await answer(page, 1, /^(Ja|Yes)/);
  await answer(page, 2, /^(Nee|No)/);
  await answer(page, 3, /^(Ja|Yes)/);
  await answer(page, 4, /^(Ja|Yes)/);
  await page.getByRole('button', { name: /5/ }).click();
  await answer(page, 5, /^(Ja|Yes)/);
  await expect.poll(() => page.url()).toContain('algemeen/uitkomst/');
  await page.getByRole('link', { name: names.toStep5 }).click();
  await expect.poll(() => page.url()).toContain('algemeen/stap/5/');
  await page.getByRole('link', { name: names.done }).click();
  await expect.poll(() => page.url()).toMatch(/\/algemeen\/$/);
}

test('first visit, offline, reload: all five steps and an afwegingskader path to an outcome', async () => {
  const { context, page, errors } = await visitThenGoOffline(browser);
  await page.reload();
  await page.getByRole('link', { name: /Algemeen \(basismodel\)/ }).click();
  await page.getByRole('link', { name: 'Begin bij stap 1' }).click();
  await walkAllSteps(page, { done: /^Klaar/, start: 'Start het afwegingskader', toStep5: /Naar stap 5/ });
  await visit(page, '/algemeen/stap/5/');
  await expect.poll(() => page.locator('.stepper-progress').textContent()).toBe('5 van de 5 stappen klaar');
  await expect.poll(() => page.locator('.callout').first().textContent()).toContain('Hulp afsluiten met afspraken over de veiligheid');
  await page.getByRole('link', { name: 'Bekijk de uitkomst' }).click();
  await expect.poll(() => page.locator('h1').textContent()).not.toBe('');
  await page.getByRole('heading', { level: 1, name: 'Hulp afsluiten met afspraken over de veiligheid' }).waitFor();
  expect(await page.getByText('Er geldt geen meldnorm').count()).toBe(1);
  expect(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(e))).toEqual([]);
  await context.close();
});

test('the same walk offline in English, with the language remembered across a reload', async () => {
  const { context, page } = await visitThenGoOffline(browser);
  await page.getByRole('button', { name: /English/ }).click();
  await page.reload();
  await page.getByRole('heading', { name: 'Choose your professional group', exact: true }).waitFor();
  await page.getByRole('link', { name: /General/ }).click();
  await page.getByRole('link', { name: 'Start at step 1' }).click();
  await walkAllSteps(page, { done: /^Done/, start: 'Start the afwegingskader', toStep5: /Go to step 5/ });
  await visit(page, '/algemeen/uitkomst/');
  await page.getByRole('heading', { name: 'What do you do now?' }).waitFor();
  expect(await page.getByText('No meldnorm applies').count()).toBe(1);
  await context.close();
});

test('offline, the colleague route opens from the start screen and from a typed address', async () => {
  const { context, page, url } = await visitThenGoOffline(browser);
  await page.reload();
  await page.getByRole('link', { name: 'Dan geldt een andere route' }).click();
  await page.getByRole('heading', { level: 2, name: /^Zorg/ }).waitFor();
  const tab = await context.newPage();
  await tab.goto(`${url}route/collega/`);
  await tab.getByRole('heading', { level: 1, name: 'Zorg over een collega, medewerker of vrijwilliger' }).waitFor();
  await context.close();
});

test('a deep link opened offline in a new tab shows that step', async () => {
  const { context, page, url } = await visitThenGoOffline(browser);
  const tab = await context.newPage();
  await tab.goto(`${url}algemeen/stap/3/`);
  await tab.getByRole('heading', { level: 1, name: 'Gesprek met de cliënt' }).waitFor();
  await tab.goto(`${url}algemeen/afweging/a2/`);
  await tab.getByText('Afweging 2 van 5').waitFor();
  await page.close();
  await context.close();
});
