import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { answer, launch, newPage, waitUntilOfflineReady } from './browser';
import { startServer } from '../bench/static-server.mjs';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

test('the about, privacy, accessibility and verantwoording screens open from the footer and load offline, by address too', async () => {
  const server = await startServer(inject('outDir'));
  const { context, page, errors } = await newPage(browser);
  await page.goto(server.url);
  await waitUntilOfflineReady(page);
  await server.close();
  await context.setOffline(true);
  for (const [link, path, title] of [
    ['Over Meldwijzer', 'over/', 'Over Meldwijzer'],
    ['Privacyverklaring', 'privacy/', 'Privacyverklaring'],
    ['Toegankelijkheid', 'toegankelijkheid/', 'Toegankelijkheidsverklaring'],
    ['Verantwoording: bronnen en controle', 'verantwoording/', 'Verantwoording'],
  ] as const) {
    await page.goto(server.url);
    await page.locator('footer').getByRole('link', { name: link, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/${path}`);
    // Typed or reloaded, offline: the service worker serves the shell and the app draws the screen.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
  }
  // The last screen, Verantwoording, offline: every pack and route is there, and its sources'
  // links say they need internet (the CSS rule for every link out of the app).
  await page.getByRole('heading', { level: 2, name: /^Pakket: Algemeen/ }).waitFor();
  await page.getByRole('heading', { level: 2, name: /^Route: Zorg over een collega/ }).waitFor();
  expect(await page.locator('main a[href^="http"]').first().evaluate((a) => getComputedStyle(a, '::after').content)).toContain('internet');
  expect(errors).toEqual([]);
  await context.close();
}, 60_000);

test('every pack screen with open review points carries the phase banner, linking to the points', async () => {
  const { page, context } = await newPage(browser);
  for (const path of ['algemeen/', 'algemeen/stap/2/', 'algemeen/afweging/a1/']) {
    await page.goto(inject('baseURL') + path);
    await page.locator('h1').waitFor();
    const banner = page.locator('.phase-banner');
    expect(await banner.textContent()).toContain('Concept — inhoud wordt nog gecontroleerd door een deskundige');
  }
  // From a question, the banner's link opens the pack page at its review points, focus there.
  await page.locator('.phase-banner a').click();
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('controlepunten');
  expect(new URL(page.url()).hash).toBe('#controlepunten');
  expect(await page.locator('#controlepunten + ul li').count()).toBeGreaterThan(0);
  await context.close();
}, 60_000);

test('after an acute answer the acute alert comes first and the phase banner moves below the screen (the title stays high)', async () => {
  const { page, context } = await newPage(browser);
  await page.goto(`${inject('baseURL')}algemeen/afweging/a1/`);
  await answer(page, 1, /^Ja/);
  await answer(page, 2, /acuut/i);
  await page.locator('.acute').waitFor();
  const order = await page.evaluate(() => {
    const banner = document.querySelector('.phase-banner')!;
    const h1 = document.querySelector('main h1')!;
    return h1.compareDocumentPosition(banner) & Node.DOCUMENT_POSITION_FOLLOWING ? 'after' : 'before';
  });
  expect(order).toBe('after');
  await context.close();
}, 60_000);
