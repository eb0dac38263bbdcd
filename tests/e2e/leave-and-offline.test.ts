import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { CHROMIUM, FLAGS, newPage } from './browser';

let browser: Browser;
// Playwright turns Chromium's back/forward cache off by default; a user's browser has it on.
beforeAll(async () => { browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS, ignoreDefaultArgs: ['--disable-back-forward-cache'] }); });
afterAll(async () => { await browser?.close(); });

const PASS = 'paars huis aan zee';

async function createLockedCase(page: Page) {
  await page.goto(`${inject('baseURL')}algemeen/`);
  await page.getByLabel('Korte naam voor de casus').fill('BFCACHE');
  await page.getByRole('button', { name: 'Casus aanmaken' }).click();
  await page.getByRole('heading', { level: 1, name: 'Overzicht van de casus' }).waitFor();
  await page.getByRole('link', { name: /^Stap 1:/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Signalen in kaart brengen' }).waitFor();
  await page.getByRole('link', { name: 'Beveiligen met een wachtwoordzin' }).click();
  await page.getByLabel('Nieuwe wachtwoordzin (minstens 10 tekens)').fill(PASS);
  await page.getByLabel('Herhaal de wachtwoordzin').fill(PASS);
  await page.getByRole('button', { name: 'Vergrendeling instellen' }).click();
  await page.getByText('Je casussen zijn nu versleuteld.').waitFor();
}

test('with a lock set, going away and coming back with the back button (back/forward cache) asks for the passphrase', async () => {
  const { page, context } = await newPage(browser);
  await createLockedCase(page);
  await page.evaluate(() => addEventListener('pageshow', (e) => { (window as unknown as { restored: boolean }).restored = e.persisted; }));
  // Another page of the same site, then back.
  const cdp = await context.newCDPSession(page);
  const reasons: unknown[] = [];
  cdp.on('Page.backForwardCacheNotUsed', (e) => reasons.push(e.notRestoredExplanations));
  await cdp.send('Page.enable');
  await page.goto(`${inject('baseURL')}icons/icon.svg`, { waitUntil: 'commit' });
  // The back button. (Playwright's goBack waits for a load event, which a page from the cache never fires.)
  await page.evaluate(() => history.back());
  expect(reasons).toEqual([]);
  const restored = await page.waitForFunction(() => 'restored' in window, undefined, { timeout: 10_000 }).then(() => page.evaluate(() => (window as unknown as { restored?: boolean }).restored === true));
  expect(restored, 'Chromium restored the page from its back/forward cache').toBe(true);
  await page.getByRole('heading', { level: 1, name: 'Meldwijzer is vergrendeld' }).waitFor();
  await context.close();
});

test('offline: a quiet status in the header, and links out of the app say they need internet', async () => {
  const { page, context } = await newPage(browser);
  await page.goto(`${inject('baseURL')}`);
  const veiligThuis = page.locator('a[href="https://www.veiligthuis.nl/"]').first();
  expect(await veiligThuis.evaluate((a) => getComputedStyle(a, '::after').content)).toBe('none');
  await context.setOffline(true);
  await page.getByRole('status').filter({ hasText: 'Offline — alles werkt, behalve links naar internet.' }).waitFor();
  expect(await veiligThuis.evaluate((a) => getComputedStyle(a, '::after').content)).toBe('" (internet nodig)"');
  // The phone number still works without internet: it says nothing.
  expect(await page.locator('a[href^="tel:"]').first().evaluate((a) => getComputedStyle(a, '::after').content)).toBe('none');
  await context.setOffline(false);
  await expect.poll(() => page.getByText('Offline — alles werkt').count()).toBe(0);
  await context.close();
});
