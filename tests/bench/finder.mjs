// The Veilig Thuis finder (issue 15): how long one keystroke takes to show its results, with the
// CPU slowed down 4× through CDP, and what the directory adds to the precache (gzip).
// A keystroke is timed in the page, for names typed letter by letter (see type-and-time.mjs): to
// its results rendered — the figure with the 10 ms target — and to the next frame painted.
// Run on its own: `node tests/bench/finder.mjs [dist]` (serves an existing build).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { typeAndTime } from './type-and-time.mjs';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
/** Names typed letter by letter: long ones, one with accents and hyphens, and a former name. */
const NAMES = ["'s-Hertogenbosch", 'Súdwest-Fryslân', 'Gouda', 'Leidschendam-Voorburg', 'Heusden', 'Amstredam'];

/** @param {string} dist the built app; its packs/veilig-thuis.json, gzip level 9 */
export function finderDataGzip(dist) {
  return gzipSync(readFileSync(`${dist}/packs/veilig-thuis.json`), { level: 9 }).length;
}

/**
 * @param {string} url where the app is served (ends in '/')
 * @param {{ executablePath: string, args: string[] }} launch
 */
export async function measureFinder(url, launch) {
  const browser = await chromium.launch(launch);
  try {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const cdp = await page.context().newCDPSession(page);
    await page.goto(`${url}veilig-thuis/`);
    await page.waitForFunction(() => document.documentElement.dataset.app === 'started');
    // The directory loaded and the search ready: a known name gives a card.
    await page.locator('#finder-query').fill('Gouda');
    await page.locator('article').first().waitFor();
    await page.locator('#finder-query').fill('');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const times = [];
    // Twice over the names: the first pass warms the code up, as a user's first letters would.
    for (let pass = 0; pass < 2; pass++) {
      for (const name of NAMES) times.push(...(await page.evaluate(typeAndTime, ['finder-query', name])));
    }
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    const rendered = times.map(([r]) => r);
    const painted = times.map(([, p]) => p);
    return { keystrokeMs: median(rendered), keystrokeMaxMs: Math.max(...rendered), paintMs: median(painted), keystrokes: times.length };
  } finally {
    await browser.close();
  }
}

// On its own: serve an existing build and print the two figures.
if (import.meta.url === `file://${process.argv[1]}`) {
  const { startServer } = await import('./static-server.mjs');
  const dist = process.argv[2] ?? 'dist';
  const server = await startServer(dist);
  const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
  try {
    const r = await measureFinder(server.url, { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: FLAGS });
    console.log(`finder keystroke to results rendered, 4× CPU slowdown: median ${r.keystrokeMs.toFixed(1)} ms, slowest ${r.keystrokeMaxMs.toFixed(1)} ms; to painted: median ${r.paintMs.toFixed(1)} ms (${r.keystrokes} keystrokes)`);
    console.log(`directory (packs/veilig-thuis.json), gzip: ${(finderDataGzip(dist) / 1024).toFixed(1)} KB`);
  } finally {
    await server.close();
  }
}
