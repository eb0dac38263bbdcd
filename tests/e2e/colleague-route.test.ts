import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { launch, newPage } from './browser';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };

test('on a phone, a teacher worried about a colleague reaches the route from the start screen in one tap', async () => {
  const { context, page, errors } = await newPage(browser, PHONE);
  await page.goto(inject('baseURL'));
  const ask = page.getByRole('link', { name: 'Dan geldt een andere route' });
  await ask.waitFor();
  // On the first screen, without scrolling.
  const box = (await ask.boundingBox())!;
  expect(box.y + box.height).toBeLessThanOrEqual(PHONE.viewport.height);
  await ask.tap();
  await page.getByRole('heading', { level: 1, name: 'Zorg over een collega, medewerker of vrijwilliger' }).waitFor();
  expect(new URL(page.url()).pathname).toBe('/route/collega/');
  await page.getByRole('heading', { level: 2, name: /^Onderwijs/ }).waitFor();
  expect(await page.getByText(/bestuur van de school \(het bevoegd gezag\)/).count()).toBe(1);
  expect(await page.locator('main a[href*="/afweging/"]').count()).toBe(0);
  expect(errors).toEqual([]);
  await context.close();
});

test('the route page is readable before any script runs (prerendered), with its sources', async () => {
  const { context, page } = await newPage(browser, { ...PHONE, javaScriptEnabled: false });
  await page.goto(`${inject('baseURL')}route/collega/`);
  expect(await page.title()).toBe('Zorg over een collega, medewerker of vrijwilliger — Meldwijzer');
  expect(await page.getByRole('heading', { level: 2, name: /^Kinderopvang/ }).count()).toBe(1);
  expect(await page.locator('a[href^="https://www.igj.nl/"]').count()).toBeGreaterThan(0);
  await context.close();
});
