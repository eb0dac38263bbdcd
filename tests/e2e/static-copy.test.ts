import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { writeStaticCopies } from '../bench/static-copy.mjs';
import { startServer } from '../bench/static-server.mjs';
import { launch } from './browser';

// `npm run bench` compares each screen's LCP with this copy; a copy that differs from the screen
// (or still runs code) would make that ratio meaningless, so the copy itself is tested here.
let browser: Browser;
const outDir = mkdtempSync(join(tmpdir(), 'meldwijzer-static-'));
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); rmSync(outDir, { recursive: true, force: true }); });

test('the static copy of a step screen shows the same text and styles, with no JavaScript', async () => {
  const stepUrl = `${inject('baseURL')}algemeen/stap/2/`;
  const files = await writeStaticCopies(browser, inject('outDir'), outDir, [{ slug: 'step', url: stepUrl }]);
  const file = files.step ?? 'not-written.html';
  const html = readFileSync(join(outDir, file), 'utf8');
  expect(html).not.toMatch(/<script|modulepreload/i);
  expect(html).toMatch(/<link rel="stylesheet"[^>]+href="\/assets\/[\w-]+\.css"/);

  const copyServer = await startServer(outDir);
  try {
    const page = await browser.newPage({ javaScriptEnabled: true });
    await page.goto(stepUrl);
    const appMain = await page.locator('main h1').textContent();
    const appColour = await page.locator('.help-bar').evaluate((e) => getComputedStyle(e).backgroundColor);
    await page.goto(copyServer.url + file);
    expect(await page.locator('main h1').textContent()).toBe(appMain);
    expect(await page.locator('.help-bar').evaluate((e) => getComputedStyle(e).backgroundColor)).toBe(appColour);
    expect(await page.evaluate(() => document.scripts.length)).toBe(0);
    expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
    await page.close();
  } finally {
    await copyServer.close();
  }
}, 60_000);
