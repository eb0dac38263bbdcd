import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { startServer } from '../bench/static-server.mjs';
import { answer, launch, newPage, waitUntilOfflineReady } from './browser';

const NEXT_DIR = 'dist-e2e-next';
let browser: Browser;
let content: string;

beforeAll(async () => {
  // The next release: the same app with a content change (Algemeen 1.0.0 → 9.9.9).
  content = mkdtempSync(join(tmpdir(), 'meldwijzer-content-'));
  cpSync('content', content, { recursive: true });
  const packFile = join(content, 'packs', 'algemeen', 'pack.yaml');
  // The changelog's newest entry must name the pack's version, as in a real release.
  writeFileSync(packFile, readFileSync(packFile, 'utf8').replace(/^version: .*$/m, 'version: 9.9.9').replace(/^changelog:\n/m, 'changelog:\n  - { version: 9.9.9, date: "2026-12-01", changes: ["Testversie."] }\n'));
  const { NODE_ENV: _, ...env } = process.env;
  execFileSync('npx', ['vite', 'build', '--outDir', NEXT_DIR, '--emptyOutDir', '--logLevel', 'warn'], { env: { ...env, MELDWIJZER_CONTENT: content }, stdio: 'inherit' });
  browser = await launch();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  rmSync(content, { recursive: true, force: true });
  rmSync(NEXT_DIR, { recursive: true, force: true });
});

test('a new version waits during a walk-through, is offered on the start screen, and applies', async () => {
  const server = await startServer(inject('outDir'));
  const { page, context } = await newPage(browser);
  await page.goto(`${server.url}algemeen/afweging/a1/`);
  await waitUntilOfflineReady(page);
  await answer(page, 1, /^Ja/);

  server.setRoot(NEXT_DIR);
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
  await page.waitForFunction(async () => (await navigator.serviceWorker.getRegistration())?.waiting != null);
  // In the middle of the walk: no offer, the old version keeps running, the answer stays.
  await answer(page, 2, /^Nee/);
  await page.getByText('Afweging 3 van 5').waitFor();
  expect(await page.getByText('Nieuwe versie beschikbaar.').count()).toBe(0);

  await page.getByRole('link', { name: 'Meldwijzer', exact: true }).click();
  await page.getByText('Nieuwe versie beschikbaar.').waitFor();
  // It says what changed: the new changelog entry, read from the waiting version's precache.
  await page.getByText('Wat is er nieuw in Algemeen (basismodel) (versie 9.9.9)?').click();
  await page.getByText('Testversie.').waitFor();
  expect(await page.getByText('Eerste versie.').count()).toBe(0);
  // A marker on the old document: it is gone once the update has reloaded the page.
  await page.evaluate(() => { (window as unknown as { oldVersion: boolean }).oldVersion = true; });
  await page.getByRole('button', { name: 'Nu bijwerken' }).click();
  await page.waitForFunction(() => !(window as unknown as { oldVersion?: boolean }).oldVersion && document.readyState === 'complete');
  await page.goto(`${server.url}algemeen/`);
  await page.locator('h1').waitFor();
  await page.getByText(/Versie 9\.9\.9\. Laatst inhoudelijk gecontroleerd/).waitFor();
  await context.close();
  await server.close();
}, 60_000);
