// Screenshots of the main screens for the README and the web app manifest:
//   node tests/bench/screenshots.mjs [--no-build]
// Builds dist (unless --no-build), serves it and writes PNGs into public/screenshots/. Taken at
// device scale factor 1, so the files stay small; they are not precached (vite.config.ts).
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { startServer } from './static-server.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// The same flags as the end-to-end tests (tests/e2e/browser.ts).
const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const OUT = 'public/screenshots';
const PHONE = { width: 390, height: 844 };
const WIDE = { width: 1280, height: 800 };

if (!process.argv.includes('--no-build')) execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
mkdirSync(OUT, { recursive: true });
const server = await startServer('dist');
const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });

/** A fresh profile (no cases, no service worker banners) with reduced motion, so nothing is mid-animation. */
async function open(viewport, path) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1, reducedMotion: 'reduce', serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(`${server.url}${path}`);
  await page.waitForFunction(() => document.documentElement.dataset.app === 'started');
  return { context, page };
}

async function shot(page, name) {
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: `${OUT}/${name}.png` });
  console.log(`${OUT}/${name}.png`);
}

async function answer(page, n, label) {
  await page.getByText(`Afweging ${n} van 5`).waitFor();
  await page.getByLabel(label).check();
  await page.getByRole('button', { name: 'Volgende' }).click();
}

try {
  let { context, page } = await open(PHONE, '');
  await page.getByRole('heading', { name: 'Kies je beroepsgroep', exact: true }).waitFor();
  await shot(page, 'phone-start');

  // One case, so the step and the data screen look as they do in use.
  await page.goto(`${server.url}algemeen/`);
  await page.locator('#case-label').fill('Casus A');
  await page.getByRole('button', { name: 'Casus aanmaken' }).click();
  // A case opens on its overview: the task list of the meldcode.
  await page.getByRole('heading', { level: 1, name: 'Overzicht van de casus' }).waitFor();
  await shot(page, 'phone-case');
  await page.getByRole('link', { name: /^Stap 1:/ }).click();
  await page.locator('#notes-1').waitFor();
  await page.getByText('Opgeslagen op dit apparaat').waitFor();
  await page.evaluate(() => scrollTo(0, 0));
  await shot(page, 'phone-step');

  await page.goto(`${server.url}algemeen/afweging/a1/`);
  await page.getByText('Afweging 1 van 5').waitFor();
  await shot(page, 'phone-question');
  await answer(page, 1, /^Ja/);
  await answer(page, 2, /^Nee/);
  await answer(page, 3, /^Nee/);
  await page.getByText('Meldnorm 2').first().waitFor();
  await page.getByText('Opgeslagen op dit apparaat').waitFor();
  await page.evaluate(() => scrollTo(0, 0));
  await shot(page, 'phone-outcome');

  await page.goto(`${server.url}gegevens/`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.getByText('Casus A').first().waitFor().catch(() => undefined);
  await shot(page, 'phone-data');
  await context.close();

  ({ context, page } = await open(WIDE, 'algemeen/stap/1/'));
  await page.getByRole('heading', { level: 1 }).waitFor();
  await shot(page, 'wide-step');
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
