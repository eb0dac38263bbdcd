import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { answer, launch, newPage, visit } from './browser';

// Issue 13, items 2 and 3: question pages in the GOV.UK pattern, on a 390×844 phone.

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

/** The height of a 390×844 phone's first screen. */
const SCREEN = 844;

async function createCase(page: Page) {
  await page.goto(`${inject('baseURL')}algemeen/`);
  await page.getByLabel('Korte naam voor de casus').fill('Q-1');
  await page.getByRole('button', { name: 'Casus aanmaken' }).click();
  await page.getByRole('heading', { level: 1, name: 'Overzicht van de casus' }).waitFor();
  await page.getByRole('link', { name: /^Stap 1:/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Signalen in kaart brengen' }).waitFor();
}

/** Where the question's first answer starts, from the top of the page, and how much of that the
 * question itself takes (from its title down), as the header above it is another part's budget. */
async function firstAnswer(page: Page, n: number) {
  await page.getByText(new RegExp(`Afweging ${n} van 5`)).waitFor();
  return page.evaluate(() => {
    const top = (el: Element) => Math.round(el.getBoundingClientRect().top + window.scrollY);
    const radio = document.querySelector('input[type=radio]')!;
    const answerTop = Math.min(top(radio), top(radio.closest('label')!));
    return { top: answerTop, question: answerTop - top(document.querySelector('h1')!) };
  });
}

test('with a case open and the acute banner showing, the first answer of every afweging is on the first screen of a 390×844 phone', async () => {
  const { page, context, errors } = await newPage(browser);
  await createCase(page);
  await visit(page, '/algemeen/afweging/a1/');
  const shown: Record<string, { top: number; question: number }> = {};
  shown.a1 = await firstAnswer(page, 1);
  await answer(page, 1, /^Ja/);
  shown.a2 = await firstAnswer(page, 2);
  await answer(page, 2, /^Ja, acuut/);
  await page.locator('.acute').waitFor();
  await page.getByRole('button', { name: /Veilig Thuis/ }).click();
  for (const n of [3, 4]) {
    shown[`a${n}`] = await firstAnswer(page, n);
    await answer(page, n, /^Ja/);
  }
  await page.getByRole('button', { name: /5/ }).click();
  shown.a5 = await firstAnswer(page, 5);
  // The walk now has an acute answer: afweging 1 to 4 again, with the banner and the notice that
  // later answers would drop, is the fullest these screens get.
  for (const n of [1, 2, 3, 4]) {
    await visit(page, `/algemeen/afweging/a${n}/`);
    await page.locator('.acute').waitFor();
    shown[`a${n}, acute, changing`] = await firstAnswer(page, n);
  }
  console.log('first answer: top of page → top, title → question (px)', shown);
  // The question's own part stays small whatever the header above it takes.
  expect(Object.entries(shown).filter(([, s]) => s.question > 400).map(([id, s]) => `${id}: ${s.question} px below the title`)).toEqual([]);
  expect(Object.entries(shown).filter(([, s]) => s.top >= SCREEN).map(([id, s]) => `${id}: ${s.top} px (${s.top - SCREEN + 1} px too low)`)).toEqual([]);
  expect(errors).toEqual([]);
  await context.close();
}, 60_000);

test('"Volgende" with nothing chosen: an error summary whose link focuses the first answer, and "Fout:" in the tab title', async () => {
  const { page, context, errors } = await newPage(browser);
  await page.goto(`${inject('baseURL')}algemeen/afweging/a2/`);
  await page.getByRole('button', { name: 'Volgende' }).click();
  const summary = page.locator('.error-summary');
  await summary.getByRole('heading', { name: 'Er is een probleem' }).waitFor();
  expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
  await expect.poll(() => page.title()).toMatch(/^Fout: Denk je dat er acute onveiligheid is/);
  expect(await page.locator('fieldset').getAttribute('aria-invalid')).toBe('true');
  await page.evaluate(() => scrollTo(0, document.body.scrollHeight));
  await summary.getByRole('link', { name: 'Kies eerst een antwoord.' }).click();
  const first = page.locator('input[type=radio]').first();
  expect(await first.evaluate((el) => el === document.activeElement)).toBe(true);
  // The question over the field is in view, not only the radio.
  expect(await page.locator('legend').evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThanOrEqual(0);
  expect(page.url()).toMatch(/\/algemeen\/afweging\/a2\/$/);
  await page.keyboard.press('Space');
  await summary.waitFor({ state: 'detached' });
  // The tab is renamed in an effect, after the summary has left the page.
  await expect.poll(() => page.title()).not.toMatch(/^Fout:/);
  expect(errors).toEqual([]);
  await context.close();
}, 30_000);

test('back at an earlier question, the screen says how many later answers another answer drops; the same answer keeps them, another drops them', async () => {
  const { page, context, errors } = await newPage(browser);
  await page.goto(`${inject('baseURL')}algemeen/afweging/a1/`);
  await answer(page, 1, /^Ja/);
  await answer(page, 2, /^Nee/);
  await answer(page, 3, /^Ja/);
  await page.getByText('Afweging 4 van 5').waitFor();
  await page.goBack();
  await page.goBack();
  await page.getByText('Afweging 2 van 5').waitFor();
  const notice = page.getByText(/na deze vraag heb je al 1 antwoord gegeven/);
  await notice.waitFor();
  // Before "Volgende", and read with it.
  expect(await page.getByRole('button', { name: 'Volgende' }).getAttribute('aria-describedby')).toBe(await notice.getAttribute('id'));
  // Looked, and on with the same answer: afweging 3 still has its answer.
  await answer(page, 2, /^Nee/);
  await page.getByText('Afweging 3 van 5').waitFor();
  expect(await page.getByLabel(/^Ja/).isChecked()).toBe(true);
  await page.goBack();
  await page.getByText('Afweging 2 van 5').waitFor();
  // Another answer: what followed from the old one goes.
  await answer(page, 2, /^Ja, structureel/);
  await page.getByRole('button', { name: /^Verder/ }).first().click();
  await page.getByText('Afweging 3 van 5').waitFor();
  expect(await page.locator('input[type=radio]:checked').count()).toBe(0);
  expect(await page.locator('.notice').count()).toBe(0);
  expect(errors).toEqual([]);
  await context.close();
}, 30_000);
