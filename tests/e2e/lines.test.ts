// The national lines offline in Chromium: /lijnen/ and the huwelijksdwang route, from the
// service worker's cache only, in Dutch and English.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launch, visitThenGoOffline } from './browser';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

test('offline: /lijnen/ shows the LKHA with its source, in Dutch and English, and the huwelijksdwang route shows it too', async () => {
  const { context, page, url, errors } = await visitThenGoOffline(browser);
  await page.goto(`${url}lijnen/`);
  await page.getByRole('heading', { level: 1, name: 'Landelijke lijnen' }).waitFor();
  const lkha = page.locator('article', { has: page.getByRole('heading', { name: /LKHA/ }) }).first();
  await lkha.waitFor();
  await lkha.getByText(/bronnen, gecontroleerd op/).click();
  expect(await lkha.locator('a[href="https://www.huwelijksdwangenachterlating.nl/over-ons/wie-zijn-wij"]').count()).toBe(1);
  expect(await page.locator('a[href="tel:08002000"]').count()).toBeGreaterThan(0);

  await page.goto(`${url}route/huwelijksdwang/`);
  const block = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Landelijke lijnen voor deze situatie' }) });
  await block.getByRole('heading', { level: 3, name: /LKHA/ }).waitFor();

  await page.goto(url);
  await page.getByRole('button', { name: /English/ }).click();
  await page.goto(`${url}lijnen/`);
  await page.getByRole('heading', { level: 1, name: 'National lines' }).waitFor();
  const lkhaEn = page.locator('article', { has: page.getByRole('heading', { name: /LKHA/ }) }).first();
  await lkhaEn.getByText(/Knowledge and expertise centre for professionals/).waitFor();
  await lkhaEn.getByText(/sources, checked on/).click();
  expect(await lkhaEn.locator('a[href="https://www.huwelijksdwangenachterlating.nl/over-ons/wie-zijn-wij"]').count()).toBe(1);
  expect(errors).toEqual([]);
  await context.close();
}, 120_000);
