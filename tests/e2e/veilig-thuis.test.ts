import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { axeViolations, launch, visitThenGoOffline } from './browser';

// Issue 15's "done when" for the finder: offline, a GP in Leiden with a family in Gouda finds
// Veilig Thuis Hollands Midden and its website; a teacher in Heusden gets Midden-Brabant, not
// Oost-Brabant. With the keyboard only, in Dutch and in English, against the built app.

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

/** Tab until `matches` holds for the focused element; fails after 40 presses. */
async function tabTo(page: Page, matches: (el: { id: string; text: string; href: string | null }) => boolean, key = 'Tab') {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press(key);
    const el = await page.evaluate(() => {
      const a = document.activeElement as HTMLElement | null;
      return { id: a?.id ?? '', text: a?.textContent ?? '', href: a?.getAttribute('href') ?? null };
    });
    if (matches(el)) return el;
  }
  throw new Error('never reached with Tab');
}

const words = {
  nl: { title: 'Welke Veilig Thuis?', website: 'Website van', responsible: 'Veilig Thuis voor deze gemeente:', found: '1 gemeente gevonden.' },
  en: { title: 'Which Veilig Thuis?', website: 'Website of', responsible: 'Veilig Thuis for this municipality:', found: '1 municipality found.' },
};

for (const lang of ['nl', 'en'] as const) {
  test(`offline, keyboard only (${lang}): Gouda is Hollands Midden with its website; Heusden is Midden-Brabant`, async () => {
    const { context, page, errors, url } = await visitThenGoOffline(browser);
    if (lang === 'en') await page.getByRole('button', { name: /English/ }).click();
    // Offline from here: the screen, its code, its strings and the directory come from the cache.
    await page.goto(`${url}veilig-thuis/`);
    await page.getByRole('heading', { level: 1, name: words[lang].title }).waitFor();

    // The screen's own 0800-2000 link comes before the search field.
    expect(await page.evaluate(() => {
      const call = document.querySelector('main a[href="tel:08002000"]');
      const field = document.getElementById('finder-query');
      return !!call && !!field && (call.compareDocumentPosition(field) & Node.DOCUMENT_POSITION_FOLLOWING) > 0;
    })).toBe(true);

    await tabTo(page, (el) => el.id === 'finder-query');
    await page.keyboard.type('Gouda', { delay: 20 });
    await page.getByRole('status').filter({ hasText: words[lang].found }).waitFor();
    const gouda = page.getByRole('article', { name: 'Gouda' });
    expect(await gouda.textContent()).toContain(`${words[lang].responsible} Veilig Thuis Hollands Midden`);
    const site = await tabTo(page, (el) => el.text.startsWith(words[lang].website));
    expect(site.href).toBe('https://www.veiligthuishollandsmidden.nl/');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('rel'))).toBe('noopener noreferrer');

    // Back to the field with Shift+Tab, select what is there, type the teacher's gemeente.
    await tabTo(page, (el) => el.id === 'finder-query', 'Shift+Tab');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('heusden');
    const heusden = page.getByRole('article', { name: 'Heusden' });
    await heusden.waitFor();
    expect(await heusden.textContent()).toContain('Veilig Thuis Midden-Brabant');
    expect(await page.locator('#finder-results').textContent()).not.toContain('Oost-Brabant');

    // Nothing of the query in the address.
    expect(page.url()).toBe(`${url}veilig-thuis/`);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, 90_000);
}
