import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { launch, newPage, visit } from './browser';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

const PASS = 'paars huis aan zee';
const focused = (page: Page) => page.evaluate(() => document.activeElement?.tagName + (document.activeElement?.id ? `#${document.activeElement.id}` : ''));

async function createCase(page: Page, label: string) {
  await page.goto(`${inject('baseURL')}algemeen/`);
  await page.getByLabel('Korte naam voor de casus').fill(label);
  await page.getByRole('button', { name: 'Casus aanmaken' }).click();
  await page.getByRole('heading', { level: 1, name: 'Overzicht van de casus' }).waitFor();
  await page.getByRole('link', { name: /^Stap 1:/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Signalen in kaart brengen' }).waitFor();
}

test('delete and "Alles wissen" focus Annuleren, so Enter never deletes; Escape closes only the dialog', async () => {
  const { page, context } = await newPage(browser);
  await createCase(page, 'BLIJF');
  await page.getByText('Opgeslagen op dit apparaat').waitFor();
  await visit(page, '/');
  await page.getByRole('button', { name: /Verwijderen/ }).first().click();
  await page.getByRole('dialog').waitFor();
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Annuleren');
  await page.keyboard.press('Enter');
  await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
  expect(await page.getByRole('button', { name: /^BLIJF\s*,/ }).count()).toBe(1);
  // Escape twice in quick succession: the dialog closes, the app stays visible (Escape never hides).
  await page.getByRole('button', { name: /Verwijderen/ }).first().click();
  await page.getByRole('dialog').waitFor();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
  // Not the hidden screen: the start screen is still there.
  expect(await page.getByRole('heading', { name: 'Kies je beroepsgroep', exact: true }).isVisible()).toBe(true);
  expect(await page.title()).not.toBe('Nieuw tabblad');
  await visit(page, '/gegevens/');
  await page.getByRole('button', { name: 'Alles wissen' }).click();
  await page.getByRole('dialog').waitFor();
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Annuleren');
  await page.keyboard.press('Enter');
  await visit(page, '/');
  await page.getByRole('button', { name: /^BLIJF\s*,/ }).waitFor();
  await context.close();
});

test('focus goes to the screen\'s title after "Nu vergrendelen", after unlocking, and after coming back from the hidden screen', async () => {
  const { page, context } = await newPage(browser);
  await createCase(page, 'FOCUS');
  await page.getByRole('link', { name: 'Beveiligen met een wachtwoordzin' }).click();
  await page.getByLabel('Nieuwe wachtwoordzin (minstens 10 tekens)').fill(PASS);
  await page.getByLabel('Herhaal de wachtwoordzin').fill(PASS);
  await page.getByRole('button', { name: 'Vergrendeling instellen' }).click();
  await page.getByText('Je casussen zijn nu versleuteld.').waitFor();
  await page.getByRole('button', { name: 'Nu vergrendelen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Meldwijzer is vergrendeld' }).waitFor();
  await expect.poll(() => focused(page)).toBe('H1#page-title');
  await page.getByLabel('Wachtwoordzin', { exact: true }).fill(PASS);
  await page.getByRole('button', { name: 'Ontgrendelen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Gegevens, back-up en privacy' }).waitFor();
  await expect.poll(() => focused(page)).toBe('H1#page-title');
  await page.getByRole('button', { name: /Verberg scherm/ }).click();
  await page.getByRole('button', { name: 'Verder' }).click();
  await page.getByRole('heading', { level: 1, name: 'Meldwijzer is vergrendeld' }).waitFor();
  await expect.poll(() => focused(page)).toBe('H1#page-title');
  await context.close();
});

test('Shift three times hides the app while typing in a note, and the note is saved first', async () => {
  const { page, context } = await newPage(browser);
  await createCase(page, 'SHIFT');
  const notes = page.getByLabel('Aantekeningen bij deze stap');
  await notes.click();
  await page.keyboard.type('Net getypt, Met Hoofdletters');
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
  await page.getByRole('button', { name: 'Verder' }).waitFor();
  expect(await page.title()).toBe('Nieuw tabblad');
  // Hiding does not wait for the save (it must be instant), but starts it: back on the screen it
  // is saved, without another keystroke.
  await page.getByRole('button', { name: 'Verder' }).click();
  await page.getByText('Opgeslagen op dit apparaat').waitFor();
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Signalen in kaart brengen' }).waitFor();
  await expect.poll(() => page.getByLabel('Aantekeningen bij deze stap').inputValue(), { timeout: 10_000 }).toBe('Net getypt, Met Hoofdletters');
  await context.close();
});

test('"Alles wissen": Escape closes only the dialog (focus back on the button, the app stays), and it opens again', async () => {
  const { page, context } = await newPage(browser);
  await createCase(page, 'WIS');
  await page.getByText('Opgeslagen op dit apparaat').waitFor();
  await visit(page, '/gegevens/');
  const wipe = page.getByRole('button', { name: 'Alles wissen' });
  await wipe.click();
  await page.getByRole('dialog').waitFor();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
  expect(await page.getByRole('button', { name: 'Verder' }).count()).toBe(0);
  await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Alles wissen');
  // Closed for real, not just out of sight: the button opens it again.
  await wipe.click();
  await page.getByRole('dialog').waitFor();
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Annuleren');
  await context.close();
});

test('the conflict dialog: Escape, also twice, neither closes it unanswered nor hides the app', async () => {
  const { page, context } = await newPage(browser);
  await createCase(page, 'TWEE');
  const notes = page.getByLabel('Aantekeningen bij deze stap');
  await notes.fill('Uit tab B');
  await page.getByText('Opgeslagen op dit apparaat').waitFor();
  // The same case changed in another tab.
  const other = await context.newPage();
  await other.goto(`${inject('baseURL')}algemeen/stap/1/`);
  await other.getByLabel('Aantekeningen bij deze stap').fill('Uit tab A');
  await other.getByText('Opgeslagen op dit apparaat').waitFor();
  await other.close();
  await notes.fill('Uit tab B, later');
  const dialog = page.getByRole('dialog', { name: 'Deze casus is ook ergens anders gewijzigd' });
  await dialog.waitFor();
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press('Escape');
    await page.waitForTimeout(100);
  }
  expect(await dialog.isVisible()).toBe(true);
  expect(await page.getByRole('button', { name: 'Verder' }).count()).toBe(0);
  await dialog.getByRole('button', { name: /^Mijn versie/ }).click();
  await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
  await context.close();
});
