import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { answer, launch, newPage, visit } from './browser';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

/** Where the help row and its controls sit, and whether any of them wraps onto a second row. */
async function helpRow(page: Page) {
  return page.evaluate(() => {
    const bar = document.querySelector('.help-bar')!.getBoundingClientRect();
    const box = (selector: string) => {
      const r = document.querySelector(selector)!.getBoundingClientRect();
      return { top: Math.round(r.top), left: Math.round(r.left), width: Math.round(r.width), height: Math.round(r.height) };
    };
    const items = [...document.querySelectorAll('.help-bar > *')].map((e) => e.getBoundingClientRect());
    return {
      bar: { top: Math.round(bar.top), height: Math.round(bar.height) },
      hide: box('.hide-button'),
      // One row: every control starts on the row's first line.
      oneRow: items.every((r) => Math.abs(r.top - items[0]!.top) < 2),
      hideOneLine: document.querySelector('.hide-button')!.getBoundingClientRect().height < 50,
    };
  });
}

const h1Top = (page: Page) => page.locator('h1').first().evaluate((h) => Math.round(h.getBoundingClientRect().top));

/** Every kind of screen with a case open; on the afweging screens after "acuut", with the acute
 * banner showing. `check` runs on each, with the page scrolled to the top. */
async function everyScreen(page: Page, check: (name: string) => Promise<void>) {
  const base = inject('baseURL');
  await page.goto(`${base}algemeen/`);
  await page.getByLabel('Korte naam voor de casus').fill('Casus met een wat langere naam');
  await page.getByRole('button', { name: 'Casus aanmaken' }).click();
  await page.getByText('Casus met een wat langere naam').first().waitFor();
  await visit(page, '/');
  await page.getByRole('link', { name: /Algemeen/ }).first().waitFor();
  await check('start');
  await visit(page, '/algemeen/');
  await page.locator('.step-list').waitFor();
  await check('pack');
  await visit(page, '/algemeen/stap/1/');
  await page.locator('.stepper').waitFor();
  await check('step');
  await visit(page, '/gegevens/');
  await page.getByRole('heading', { name: 'Back-up', exact: true }).waitFor();
  await check('data');
  await visit(page, '/algemeen/casus/');
  await page.getByRole('heading', { level: 1, name: 'Overzicht van de casus' }).waitFor();
  await check('case overview');
  await visit(page, '/over/');
  await page.getByRole('heading', { level: 1, name: 'Over Meldwijzer' }).waitFor();
  await check('about');
  await visit(page, '/algemeen/samenvatting/');
  await page.getByRole('article').waitFor();
  await check('summary');
  await visit(page, '/algemeen/afweging/a1/');
  await check('afweging question 1');
  await answer(page, 1, /^Ja/);
  await answer(page, 2, /acuut/i);
  await page.locator('.acute').waitFor();
  await check('afweging waypoint, acute');
  await page.getByRole('button', { name: /Veilig Thuis/ }).click();
  await page.getByText('Afweging 3 van 5').waitFor();
  await check('afweging question 3, acute');
  await visit(page, '/algemeen/afweging/a1/');
  await answer(page, 1, /^Nee/);
  await page.getByLabel(/in je eigen woorden/).waitFor();
  await check('outcome');
}

test('on a 390×844 phone with a case open, every screen\'s title starts within the top 220 px, below a help row in the same place', async () => {
  const { page, context, errors } = await newPage(browser, { viewport: { width: 390, height: 844 } });
  const tops: Record<string, number> = {};
  const rows: Record<string, Awaited<ReturnType<typeof helpRow>>> = {};
  await everyScreen(page, async (name) => {
    await page.evaluate(() => scrollTo(0, 0));
    await expect.poll(() => page.locator('.casebar').count()).toBe(1);
    tops[name] = await h1Top(page);
    rows[name] = await helpRow(page);
  });
  const late = Object.entries(tops).filter(([, top]) => top > 220);
  expect(late, JSON.stringify(tops)).toEqual([]);
  const first = rows.start!;
  for (const [name, row] of Object.entries(rows)) {
    expect({ name, top: row.bar.top, hide: row.hide }).toEqual({ name, top: 0, hide: first.hide });
    expect({ name, oneRow: row.oneRow, hideOneLine: row.hideOneLine }).toEqual({ name, oneRow: true, hideOneLine: true });
  }
  expect(errors).toEqual([]);
  await context.close();
}, 90_000);

test('the help row stays in view while a long screen scrolls, and keeps to one row at 320 px', async () => {
  const { page, context } = await newPage(browser, { viewport: { width: 320, height: 640 } });
  const base = inject('baseURL');
  for (const path of ['', 'algemeen/', 'algemeen/stap/2/', 'gegevens/']) {
    await page.goto(base + path);
    await page.locator('h1').waitFor();
    const top = await helpRow(page);
    expect({ path, oneRow: top.oneRow, hideOneLine: top.hideOneLine }).toEqual({ path, oneRow: true, hideOneLine: true });
    await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
    const scrolled = await helpRow(page);
    expect({ path, top: scrolled.bar.top, hide: scrolled.hide }).toEqual({ path, top: 0, hide: top.hide });
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  }
  await context.close();
});
