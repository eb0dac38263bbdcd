// The presenter view on a projector (1920×1080), in headless Chromium, with the keyboard only:
// a fictional practice case served at packs/practice/<id>.json through the browser's routing,
// walked from the first slide to the last with reveals and tallies.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { axeViolations, launch, newPage } from './browser';

const fixture = readFileSync(new URL('../fixtures/practice/presenter-case.json', import.meta.url), 'utf8');
const id = JSON.parse(fixture).id as string;

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

/** A projector's screen; no service worker, so the routed case reaches the page. */
async function projector() {
  const opened = await newPage(browser, { viewport: { width: 1920, height: 1080 }, serviceWorkers: 'block' });
  await opened.context.route(/\/packs\/practice\/[^/]+\.json$/, (route) => route.request().url().endsWith(`/packs/practice/${id}.json`)
    ? route.fulfill({ contentType: 'application/json', body: fixture })
    : route.fulfill({ status: 404, body: 'not found' }));
  return opened;
}

const h1 = (page: Page) => page.locator('h1').innerText();
async function key(page: Page, k: string, title?: string) {
  await page.keyboard.press(k);
  if (title) await page.waitForFunction((t) => document.querySelector('h1')?.textContent === t, title);
}

test('keyboard only: the whole case with reveals and tallies, projector type, axe clean', async () => {
  const { context, page, errors } = await projector();
  const missing: string[] = [];
  page.on('response', (r) => { if (r.status() === 404) missing.push(new URL(r.url()).pathname); });
  await page.goto(`${inject('baseURL')}oefenen/${id}/presentatie/`);
  await page.getByRole('heading', { level: 1, name: 'Mila (6) en de dichte deur' }).waitFor();
  const fontSize = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
  expect(fontSize).toBeGreaterThanOrEqual(28);
  const failures = (await axeViolations(page)).map((v) => `title slide: ${v}`);

  await key(page, 'ArrowRight', 'Signalen');
  await key(page, 'ArrowRight', 'Stap 2: zo ziet goed overleg eruit');
  await key(page, 'ArrowRight', 'Stap 3: zo ziet een goed gesprek eruit');
  // The room votes yes at each afweging but a4, where it says no; the expert says yes throughout.
  const afwegingen: [string, string, string][] = [
    ['Afweging 1: Vermoeden', 'Ja, ik heb nog een vermoeden', 'j'],
    ['Afweging 2: Veiligheid', 'Ja, structureel: het geweld of de verwaarlozing gebeurt steeds weer of houdt aan', '1'],
    ['Afweging 3: Hulp', 'Ja, ik kan passende hulp bieden of regelen', 'j'],
    ['Afweging 4: Acceptatie', 'Ja, ze aanvaarden de hulp en doen mee', 'n'],
  ];
  for (const [title, expert, vote] of afwegingen) {
    await key(page, 'ArrowRight', title);
    expect(await page.getByText(expert, { exact: true }).count()).toBe(0);
    await key(page, 't');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Ja +1 (J)');
    for (let i = 0; i < 3; i++) await key(page, vote);
    await key(page, vote === 'n' ? 'j' : '2');
    await page.getByText(vote === 'n' ? 'Zaal: 1 × ja, 3 × nee' : 'Zaal: 3 × ja, 1 × nee').waitFor();
    await key(page, 'r');
    await page.getByText(expert, { exact: true }).waitFor();
    await page.getByText(vote === 'n' ? 'Zaal en deskundige verschillen hier: praat erover door.' : 'Zaal en deskundige zeggen hier hetzelfde.').waitFor();
    if (title.startsWith('Afweging 4')) failures.push(...(await axeViolations(page)).map((v) => `afweging: ${v}`));
  }
  await key(page, 'ArrowRight', 'Het afwegingskader: de weg van de zaal en van de deskundige');
  const room = await page.locator('.presenter-paths ol').nth(1).locator('li').allInnerTexts();
  expect(room.at(-1)).toBe('Meld bij Veilig Thuis');
  expect(await page.locator('svg .path-room path').count()).toBe(5);
  expect(await page.locator('svg .path-expert path').count()).toBe(5);
  failures.push(...(await axeViolations(page)).map((v) => `overview: ${v}`));
  await key(page, 'ArrowRight', 'Vragen om te bespreken');
  await key(page, 'ArrowRight', 'Veelgemaakte fouten');
  await page.getByText('Dia 11 van 11').waitFor();

  // B: black, and back; ?: the keys, Esc closes.
  await key(page, 'b');
  expect(await page.locator('.presenter-blank').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(0, 0, 0)');
  await key(page, 'b');
  expect(await page.locator('.presenter-blank').count()).toBe(0);
  await key(page, '?');
  await page.getByRole('dialog', { name: 'Toetsen voor de presentatie' }).waitFor();
  failures.push(...(await axeViolations(page)).map((v) => `help: ${v}`));
  await key(page, 'Escape');
  expect(await page.getByRole('dialog').count()).toBe(0);
  // F asks for full screen (headless grants it); Esc leaves it.
  await key(page, 'f');
  await page.waitForFunction(() => document.fullscreenElement?.classList.contains('presenter-view') === true).catch(() => undefined);
  await key(page, 'ArrowLeft', 'Vragen om te bespreken');
  expect(failures).toEqual([]);
  // The address itself has no prerendered page: the host answers with 404.html (the app), status 404.
  expect(missing).toEqual([`/oefenen/${id}/presentatie/`]);
  expect(errors.filter((e) => !/status of 404/.test(e))).toEqual([]);
  await context.close();
}, 120_000);

test('an unknown practice case: not found, with the way to the case list', async () => {
  const { context, page, errors } = await projector();
  await page.goto(`${inject('baseURL')}oefenen/bestaat-niet/presentatie/`);
  await page.getByRole('heading', { level: 1, name: 'Deze pagina bestaat niet' }).waitFor();
  expect(await page.getByRole('link', { name: 'Naar de oefencasussen' }).getAttribute('href')).toMatch(/\/oefenen\/$/);
  expect(errors.filter((e) => !/404/.test(e))).toEqual([]);
  await context.close();
}, 60_000);
