import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { v1CaseWithTicks } from '../fixtures/storage/v1';
import { launch, newPage } from './browser';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

/** Writes the database as version 1 of the app left it, on a page of the app's origin that does
 * not run the app (so nothing opens the database first). */
async function seedV1(page: Page, base: string, records: unknown[]) {
  await page.route(`${base}seed-v1.html`, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>seed</title>' }));
  await page.goto(`${base}seed-v1.html`);
  await page.evaluate((cases) => new Promise<void>((resolve, reject) => {
    const request = indexedDB.open('meldwijzer', 1);
    request.onupgradeneeded = () => {
      const store = request.result.createObjectStore('cases', { keyPath: 'id' });
      store.createIndex('by-updated', 'updatedAt');
      request.result.createObjectStore('settings');
    };
    request.onsuccess = () => {
      const tx = request.result.transaction('cases', 'readwrite');
      for (const c of cases) tx.objectStore('cases').put(c);
      tx.oncomplete = () => { request.result.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
    request.onerror = () => reject(request.error);
  }), records);
}

const checkedLabels = (page: Page) => page.locator('.checklist input:checked').evaluateAll((boxes) => boxes.map((b) => b.closest('label')!.textContent!.trim().slice(0, 40)));

test('a device with a version-1 database: the case opens with every tick on the same line, its notes and its answers', async () => {
  const base = inject('baseURL');
  const { page, context, errors } = await newPage(browser);
  await seedV1(page, base, [v1CaseWithTicks()]);
  await page.goto(base);
  await page.getByRole('button', { name: /^K7\s*,/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Overzicht van de casus' }).waitFor();
  await page.getByRole('link', { name: /^Stap 1:/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Signalen in kaart brengen' }).waitFor();
  // todo.0, todo.2 and record.3 of step 1 in version 1.0.0 of the Algemeen pack.
  await expect.poll(() => checkedLabels(page), { timeout: 10_000 }).toEqual([
    expect.stringMatching(/^Let goed op en schrijf op/),
    expect.stringMatching(/^Werk je met volwassenen\? Doe dan/),
    expect.stringMatching(/^De uitkomst van de kindcheck/),
  ]);
  expect(await page.getByLabel('Aantekeningen bij deze stap').inputValue()).toBe('Signalen genoteerd.');
  await page.goto(`${base}algemeen/stap/5/`);
  // After a page load the case reopens from the device, a moment after the step's text shows.
  await expect.poll(() => checkedLabels(page), { timeout: 10_000 }).toEqual([expect.stringMatching(/^Bied of regel je hulp\?/), expect.stringMatching(/^Wat Veilig Thuis je laat weten/)]);
  await page.goto(`${base}algemeen/afweging/`);
  await page.locator('ol.answers').waitFor();
  // a1 = ja, a2 = nee: both answers kept.
  expect(await page.locator('ol.answers .answers-answer').allTextContents()).toEqual([expect.stringMatching(/^Ja/), expect.stringMatching(/^Nee/)]);
  // And after a reload (the database is at version 2 now), the same.
  await page.goto(`${base}algemeen/stap/1/`);
  await page.reload();
  await expect.poll(() => checkedLabels(page), { timeout: 10_000 }).toHaveLength(3);
  expect(errors).toEqual([]);
  await context.close();
}, 60_000);
