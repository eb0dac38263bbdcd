import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Conversation } from '../../src/practice/types';
import { compiledContent } from '../helpers/packs';
import { axeViolations, expectNoHorizontalScroll, launch, visitThenGoOffline } from './browser';

// Issue 16, parts 4 and 5: the explainers and the conversation exercise, offline, with the
// keyboard only, in Dutch and English. Texts come from the compiled content, so rewording keeps
// these tests; losing a section, a source or a language does not.

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

const { explainers, conversations } = compiledContent();

/** Presses Tab until the focused element's text is `text` (a user tabbing to a control). */
async function tabTo(page: Page, text: string) {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    if ((await page.evaluate(() => document.activeElement?.textContent?.trim())) === text) return;
  }
  throw new Error(`could not reach "${text}" with Tab`);
}

/** Waits until focus is on the element whose text is (or, with `part`, contains) `text`: focus
 * moves once the app has drawn the next state, a moment after the key press. */
async function expectFocus(page: Page, text: string, part = false) {
  await page.waitForFunction(([t, p]) => {
    const now = document.activeElement?.textContent?.trim() ?? '';
    return p ? now.includes(t as string) : now === t;
  }, [text, part] as const, { timeout: 5000 }).catch(async () => {
    throw new Error(`focus is on "${(await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '')).slice(0, 80)}", not on "${text}"`);
  });
}

for (const lang of ['nl', 'en'] as const) {
  test(`offline, in ${lang === 'nl' ? 'Dutch' : 'English'}: every explainer with its sections and sources`, async () => {
    const { context, page, errors, url } = await visitThenGoOffline(browser);
    await page.evaluate((l) => localStorage.setItem('meldwijzer.language', l), lang);
    for (const e of explainers) {
      const text = e.text[lang];
      await page.goto(`${url}oefenen/uitleg/${e.id}/`);
      await page.getByRole('heading', { level: 1, name: text.title }).waitFor();
      expect(await page.locator('main section h2').allTextContents()).toEqual([...text.sections.map((s) => s.title), ...(e.review[lang].length ? [lang === 'nl' ? 'Nog te controleren' : 'Still to be checked'] : [])]);
      for (const [i, s] of text.sections.entries()) {
        const links = await page.locator('main section').nth(i).getByRole('link').allTextContents();
        expect(links, `${e.id} ${s.title}`).toEqual(s.sources.map((id) => e.sources.find((x) => x.id === id)!.title));
      }
    }
    // With the keyboard: from the page title to the way back to the exercises.
    await tabTo(page, lang === 'nl' ? 'Naar alle oefeningen' : 'To all exercises');
    expect(await axeViolations(page)).toEqual([]);
    await expectNoHorizontalScroll(page);
    expect(errors.filter((x) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(x))).toEqual([]);
    await context.close();
  }, 120_000);

  test(`offline, in ${lang === 'nl' ? 'Dutch' : 'English'}: each conversation walked to its end with the keyboard only, then tried again`, async () => {
    const { context, page, errors, url } = await visitThenGoOffline(browser);
    await page.evaluate((l) => localStorage.setItem('meldwijzer.language', l), lang);
    for (const c of conversations) {
      const text = c.text[lang];
      await page.goto(`${url}oefenen/gesprek/${c.id}/`);
      await page.getByRole('heading', { level: 1, name: text.title }).waitFor();
      let node: string | null = c.start;
      while (node) {
        const nodeText = text.nodes[node]!;
        expect(await page.locator('.conversation-line').textContent()).toContain(nodeText.says);
        const choice: Conversation['nodes'][string]['choices'][number] = c.nodes[node]!.choices.find((ch) => ch.good)!;
        await tabTo(page, nodeText.choices[choice.id]!.sentence);
        await page.keyboard.press('Enter');
        // The effect is announced, and focus is on the way on.
        await page.locator('[aria-live="polite"]').getByText(nodeText.choices[choice.id]!.effect).waitFor();
        const on = choice.next === null ? (lang === 'nl' ? 'Naar de uitleg van de deskundige' : "To the expert's reasoning") : (lang === 'nl' ? 'Verder' : 'Next');
        await expectFocus(page, on);
        if (c.id === conversations[0]!.id && node === c.start) expect(await axeViolations(page)).toEqual([]);
        await page.keyboard.press('Enter');
        node = choice.next;
        // Focus moves to the other person's new line, or to the reasoning at the end.
        if (node) await expectFocus(page, text.nodes[node]!.says, true);
      }
      await expectFocus(page, lang === 'nl' ? 'Hoe een deskundige dit gesprek ziet' : 'How an expert sees this conversation');
      for (const r of text.reasoning) expect(await page.locator('main').textContent()).toContain(r);
      await tabTo(page, lang === 'nl' ? 'Opnieuw proberen' : 'Try again');
      await page.keyboard.press('Enter');
      await expectFocus(page, text.nodes[c.start]!.says, true);
    }
    await expectNoHorizontalScroll(page);
    expect(errors.filter((x) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(x))).toEqual([]);
    await context.close();
  }, 180_000);
}

test('offline: an unknown explainer or conversation shows not found with the way to the exercises', async () => {
  const { context, page, url } = await visitThenGoOffline(browser);
  await page.goto(`${url}oefenen/uitleg/bestaat-niet/`);
  await page.getByRole('heading', { level: 1, name: 'Deze pagina bestaat niet' }).waitFor();
  expect(await page.getByRole('link', { name: 'Naar de oefencasussen' }).getAttribute('href')).toBe('/oefenen/');
  await page.goto(`${url}oefenen/gesprek/bestaat-niet/`);
  await page.getByRole('heading', { level: 1, name: 'Deze pagina bestaat niet' }).waitFor();
  expect(await page.getByRole('link', { name: 'Naar de oefencasussen' }).getAttribute('href')).toBe('/oefenen/');
  await context.close();
}, 60_000);
