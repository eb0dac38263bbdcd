import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { entriesFor } from '../../src/content/region-pack';
import { compiledContent } from '../helpers/packs';
import { axeViolations, expectNoHorizontalScroll, launch, visitThenGoOffline } from './browser';

// Issue 15, part 4: each of the five seed regions shows its own sociale kaart in steps 2 and 5,
// offline, in Dutch and in English. Texts come from the compiled content, so rewording a kaart
// keeps these tests; losing an entry or a language does not.

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

const { regions } = compiledContent();

/** The step's region card, once it has loaded: its heading names the region. */
async function card(page: Page, heading: string) {
  const h = page.getByRole('heading', { level: 3, name: heading });
  await h.waitFor();
  return h.locator('xpath=..');
}

for (const lang of ['nl', 'en'] as const) {
  test(`offline, in ${lang === 'nl' ? 'Dutch' : 'English'}: each of the five regions shows its own sociale kaart in steps 2 and 5`, async () => {
    const { context, page, errors, url } = await visitThenGoOffline(browser);
    await page.evaluate((l) => localStorage.setItem('meldwijzer.language', l), lang);
    for (const region of regions) {
      const text = region.text[lang];
      await page.evaluate((vt) => localStorage.setItem('meldwijzer.region', vt), region.vt);
      for (const step of [2, 5] as const) {
        await page.goto(`${url}algemeen/stap/${step}/`);
        const title = lang === 'nl' ? `${step === 2 ? 'Overleggen' : 'Hulp regelen'} in ${text.title}` : `${step === 2 ? 'Consulting' : 'Organising help'} in ${text.title}`;
        const shown = await card(page, title);
        const names = await shown.locator(':scope > ul > li > strong').allTextContents();
        expect(names, `${region.id} step ${step}`).toEqual(entriesFor(region, step).map((e) => text.entries[e.id]!.name));
        const all = shown.getByRole('link', { name: lang === 'nl' ? `Bekijk de hele sociale kaart van ${text.title}` : `See the whole sociale kaart of ${text.title}` });
        expect(await all.getAttribute('href')).toBe(`/regio/${region.id}/`);
      }
      // The whole kaart, offline too: every entry and the document it comes from.
      await page.goto(`${url}regio/${region.id}/`);
      await page.getByRole('heading', { level: 1, name: lang === 'nl' ? `Sociale kaart: ${text.title}` : `Sociale kaart (local services map): ${text.title}` }).waitFor();
      expect(await page.locator('main h3').allTextContents()).toEqual(region.entries.map((e) => text.entries[e.id]!.name));
      expect(await page.locator('main').textContent()).toContain(region.source.title);
    }
    expect(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(e))).toEqual([]);
    await context.close();
  }, 180_000);
}

test('offline, without a region: step 2 offers "Kies je regio", and the choice shows that region\'s kaart', async () => {
  const { context, page, url } = await visitThenGoOffline(browser);
  await page.goto(`${url}algemeen/stap/2/`);
  await page.getByLabel('Veilig Thuis-regio waar je werkt').selectOption({ label: 'Haaglanden' });
  await page.getByRole('button', { name: 'Bewaar mijn regio' }).click();
  await card(page, 'Overleggen in Haaglanden');
  expect(await page.evaluate(() => localStorage.getItem('meldwijzer.region'))).toBe('VT09');
  await context.close();
}, 60_000);

test('the region screens pass axe and fit 320 px: the kaart, the card, the chooser, an unknown region', async () => {
  const { context, page, url } = await visitThenGoOffline(browser);
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto(`${url}regio/zuid-limburg/`);
  await page.getByRole('heading', { level: 1, name: 'Sociale kaart: Zuid-Limburg' }).waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await expectNoHorizontalScroll(page);
  await page.goto(`${url}regio/utrecht/`);
  await page.getByRole('heading', { level: 1, name: 'Deze regio heeft (nog) geen sociale kaart' }).waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await page.goto(`${url}algemeen/stap/2/`);
  await page.getByLabel('Veilig Thuis-regio waar je werkt').waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await expectNoHorizontalScroll(page);
  await page.evaluate(() => localStorage.setItem('meldwijzer.region', 'VT01'));
  await page.goto(`${url}algemeen/stap/5/`);
  await card(page, 'Hulp regelen in Amsterdam-Amstelland');
  expect(await axeViolations(page)).toEqual([]);
  await expectNoHorizontalScroll(page);
  await context.close();
}, 60_000);
