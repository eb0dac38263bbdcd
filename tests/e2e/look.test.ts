import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { launch, newPage } from './browser';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

test.each([['light' as const], ['dark' as const]])('passphrase fields are NL Design System text boxes, 44 px high with a visible border (%s)', async (colorScheme) => {
  const { page, context } = await newPage(browser, { colorScheme });
  await page.goto(`${inject('baseURL')}gegevens/`);
  for (const label of ['Nieuwe wachtwoordzin (minstens 10 tekens)', 'Herhaal de wachtwoordzin']) {
    const field = page.getByLabel(label);
    const look = await field.evaluate((e) => ({ height: e.getBoundingClientRect().height, border: getComputedStyle(e).borderTopWidth, utrecht: e.classList.contains('utrecht-textbox') }));
    expect(look).toEqual({ height: expect.any(Number), border: '2px', utrecht: true });
    expect(look.height).toBeGreaterThanOrEqual(44);
  }
  await context.close();
});

test('a disclosure shows a triangle that turns when it opens', async () => {
  const { page, context } = await newPage(browser);
  await page.goto(`${inject('baseURL')}algemeen/`);
  const summary = page.locator('details > summary').first();
  const marker = () => summary.evaluate((s) => {
    const before = getComputedStyle(s, '::before');
    return { width: before.borderLeftWidth, transform: before.transform };
  });
  const closed = await marker();
  expect(parseFloat(closed.width)).toBeGreaterThan(5); // the triangle is drawn with its left border
  await summary.click();
  await expect.poll(async () => (await marker()).transform).not.toBe(closed.transform);
  await context.close();
});
