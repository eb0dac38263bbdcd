import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startServer } from '../bench/static-server.mjs';
import { launch, newPage, waitUntilOfflineReady } from './browser';

// Hosted in a folder (README: MELDWIJZER_BASE=/folder/): every address, link, file and the
// service worker stay inside that folder, online and offline.
const DIR = 'dist-e2e-folder';
let browser: Browser;

beforeAll(async () => {
  const { NODE_ENV: _, ...env } = process.env;
  execFileSync('npx', ['vite', 'build', '--outDir', DIR, '--emptyOutDir', '--logLevel', 'warn'], { env: { ...env, MELDWIJZER_BASE: '/meldwijzer/' }, stdio: 'inherit' });
  browser = await launch();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  rmSync(DIR, { recursive: true, force: true });
});

test('built for /meldwijzer/, the app works in that folder, also offline', async () => {
  const server = await startServer(DIR, 0, { prefix: '/meldwijzer/' });
  const { page, context, errors } = await newPage(browser);
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto(`${server.url}algemeen/stap/2/`);
  await page.getByRole('heading', { level: 1, name: /Collegiale consultatie/ }).waitFor();
  await waitUntilOfflineReady(page);
  await page.getByRole('link', { name: /Gesprek met de cliënt/ }).click();
  await expect.poll(() => new URL(page.url()).pathname).toBe('/meldwijzer/algemeen/stap/3/');
  expect(requests.filter((p) => !p.startsWith('/meldwijzer/'))).toEqual([]);

  await server.close();
  await context.setOffline(true);
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Gesprek met de cliënt' }).waitFor();
  await page.getByRole('link', { name: 'Meldwijzer', exact: true }).click();
  await expect.poll(() => new URL(page.url()).pathname).toBe('/meldwijzer/');
  await page.getByRole('heading', { name: 'Kies je beroepsgroep', exact: true }).waitFor();
  expect(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(e))).toEqual([]);
  await context.close();
}, 90_000);
