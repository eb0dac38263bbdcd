// The presenter view (issue 16) on a projector's 1920×1080: (a) Lighthouse LCP of the app beside
// its static copy (same markup and CSS, no JavaScript; see static-copy.mjs), desktop screen,
// throttled through CDP as run.mjs does for the other screens; (b) a click on the tally or on
// 'Toon het antwoord' to the next frame painted, with the CPU slowed down 4× through CDP.
// The first practice case the build ships, at its prerendered page; without one, a fictional
// fixture (tests/fixtures/practice/) beside a copy of the build, at the shell page.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { writeStaticCopies } from './static-copy.mjs';
import { startServer } from './static-server.mjs';

const RUNS = 20;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const FIXTURE = 'tests/fixtures/practice/presenter-case.json';
const SCREEN = { mobile: false, width: 1920, height: 1080, deviceScaleFactor: 1, disabled: false };

/** A copy of the build with a practice case and the presenter's page; its id and whether it is the fixture. */
function presenterBuild(dist, outDir) {
  rmSync(outDir, { recursive: true, force: true });
  cpSync(dist, outDir, { recursive: true });
  const shipped = existsSync(join(dist, 'packs/practice')) ? readdirSync(join(dist, 'packs/practice')).filter((f) => f.endsWith('.json')) : [];
  let id;
  let fixture = false;
  if (shipped.length) id = shipped[0].replace(/\.json$/, '');
  else {
    const body = readFileSync(FIXTURE, 'utf8');
    id = JSON.parse(body).id;
    mkdirSync(join(outDir, 'packs/practice'), { recursive: true });
    writeFileSync(join(outDir, 'packs/practice', `${id}.json`), body);
    fixture = true;
  }
  // A shipped case has its prerendered page (the first slide); the fixture gets the shell page.
  const page = join(outDir, 'oefenen', id, 'presentatie');
  if (!existsSync(join(page, 'index.html'))) {
    mkdirSync(page, { recursive: true });
    cpSync(join(dist, '404.html'), join(page, 'index.html'));
  }
  return { id, fixture, path: `oefenen/${id}/presentatie/` };
}

async function lighthouseLcp(url, chromePath, flags) {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: flags });
  try {
    const { lhr } = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', throttlingMethod: 'devtools', formFactor: 'desktop', screenEmulation: SCREEN, onlyCategories: ['performance'] });
    return lhr.audits['largest-contentful-paint'].numericValue;
  } finally {
    await chrome.kill();
  }
}

/** Clicks `selector` and resolves with the ms until the frame after `watch`'s text changed. */
function clickUntilPainted([selector, watch]) {
  return new Promise((resolve, reject) => {
    const target = document.querySelector(selector);
    if (!target) return reject(new Error(`nothing matches ${selector}`));
    const text = () => document.querySelector(watch)?.textContent ?? '';
    const before = text();
    const start = performance.now();
    const done = () => requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start)));
    const observer = new MutationObserver(() => {
      if (text() === before) return;
      observer.disconnect();
      done();
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    target.click();
  });
}

async function clicks(url, launch) {
  const browser = await chromium.launch(launch);
  try {
    const page = await browser.newPage({ viewport: { width: SCREEN.width, height: SCREEN.height } });
    const cdp = await page.context().newCDPSession(page);
    const toFirstAfweging = async () => {
      await page.goto(url);
      await page.waitForFunction(() => document.documentElement.dataset.app === 'started');
      await page.locator('.presenter-view').waitFor();
      while (await page.locator('.presenter-tally').count() === 0) await page.keyboard.press('ArrowRight');
    };
    await toFirstAfweging();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const tally = [];
    for (let i = 0; i < RUNS; i++) tally.push(await page.evaluate(clickUntilPainted, ['.presenter-tally .utrecht-button--primary-action', '.presenter-counts']));
    // Each afweging reveals once: the page is opened again until there are RUNS reveals.
    const reveal = [];
    while (reveal.length < RUNS) {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      await toFirstAfweging();
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      while (reveal.length < RUNS && await page.locator('.presenter-tally').count() > 0) {
        reveal.push(await page.evaluate(clickUntilPainted, ['.presenter-expert button', '.presenter-expert']));
        await page.keyboard.press('ArrowRight');
      }
    }
    return { tallyMs: median(tally), revealMs: median(reveal) };
  } finally {
    await browser.close();
  }
}

/**
 * @param {string} dist the production build
 * @param {{ executablePath: string, args: string[] }} launch
 */
export async function measurePresenter(dist, launch) {
  const build = presenterBuild(dist, 'dist-presenter');
  const server = await startServer('dist-presenter');
  const copier = await chromium.launch(launch);
  const copies = await writeStaticCopies(copier, 'dist-presenter', 'dist-presenter-static', [{ slug: 'presenter', url: server.url + build.path }]);
  await copier.close();
  const staticServer = await startServer('dist-presenter-static');
  const app = [];
  const copy = [];
  // Three runs each, app and copy taking turns, as run.mjs does.
  for (let i = 0; i < 3; i++) {
    app.push(await lighthouseLcp(server.url + build.path, launch.executablePath, launch.args));
    copy.push(await lighthouseLcp(staticServer.url + copies.presenter, launch.executablePath, launch.args));
  }
  await staticServer.close();
  const interaction = await clicks(server.url + build.path, launch);
  await server.close();
  return { id: build.id, fixture: build.fixture, lcp: median(app), staticLcp: median(copy), ...interaction };
}

// Alone: node tests/bench/presenter.mjs (after npm run build).
if (import.meta.url === `file://${process.argv[1]}`) {
  const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
  const r = await measurePresenter('dist', { executablePath: CHROMIUM, args: FLAGS });
  console.log(JSON.stringify({ ...r, ratio: +(r.lcp / r.staticLcp).toFixed(2) }, null, 2));
}
