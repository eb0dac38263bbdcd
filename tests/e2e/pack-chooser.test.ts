import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { launch, newPage } from './browser';
import { serveTwoPacks } from './two-packs';
import { compiledContent } from '../helpers/packs';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

test('"Waar werk je?" leads to the pack of that workplace, and after a reload that pack is shown first, changeable', async () => {
  const { page, context, errors } = await newPage(browser, { serviceWorkers: 'block' });
  await serveTwoPacks(context);
  await page.goto(inject('baseURL'));
  const question = page.getByRole('group', { name: 'Waar werk je?' });
  await question.waitFor();
  // The fixture pack beside every shipped pack.
  expect(await question.getByRole('radio').count()).toBe(1 + compiledContent().packs.index.length);
  await page.getByLabel('Op een oefenschool').check();
  await page.getByRole('button', { name: 'Verder' }).click();
  await page.getByRole('heading', { level: 1, name: 'Oefenpakket' }).waitFor();
  expect(new URL(page.url()).pathname).toBe('/oefenpakket/');

  await page.goto(inject('baseURL'));
  const mine = page.getByRole('list', { name: 'Jouw beroepsgroep' });
  await mine.waitFor();
  expect(await mine.getByRole('link').getAttribute('href')).toBe('/oefenpakket/');
  expect(await question.count()).toBe(0);
  await page.reload();
  await mine.waitFor();
  await page.getByRole('button', { name: 'Andere beroepsgroep kiezen' }).click();
  await question.waitFor();
  await page.waitForFunction(() => document.activeElement?.textContent === 'Waar werk je?');
  expect(errors).toEqual([]);
  await context.close();
});
