import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { profileLink, toBase64Url, type OrganisationProfile } from '../../src/organisation/profile';
import { axeViolations, expectNoHorizontalScroll, launch, newPage, visitThenGoOffline } from './browser';

// Issue 15's "done when": an aandachtsfunctionaris shares the organisation profile with a
// colleague by link. The link carries the profile in its fragment; the colleague's browser (a
// fresh context: another device) previews it, imports it, and shows the AF in step 2.

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

const anna: OrganisationProfile = {
  name: 'Basisschool De Regenboog', contactName: 'Anna de Vries', phone: '071 123 45 67', email: '',
  meldcodeUrl: 'https://intranet.regenboog.example/meldcode', region: 'VT10',
};
const stored = (page: Page) => page.evaluate(() => localStorage.getItem('meldwijzer.organisation'));

/** In step 2 of Algemeen: the colleague's own aandachtsfunctionaris, with tap-to-call. */
async function expectAfInStep2(page: Page, base: string) {
  await page.goto(`${base}algemeen/stap/2/`);
  const call = page.getByRole('link', { name: 'Bel Anna de Vries' });
  await call.waitFor();
  expect(await call.getAttribute('href')).toBe('tel:0711234567');
  expect(await page.getByRole('heading', { level: 3, name: anna.name }).count()).toBe(1);
  const meldcode = page.getByRole('link', { name: /Meldcode van Basisschool De Regenboog/ });
  expect(await meldcode.getAttribute('rel')).toBe('noopener noreferrer');
}

test('an aandachtsfunctionaris shares the organisation profile with a colleague by link', async () => {
  const base = inject('baseURL');
  const af = await newPage(browser, { permissions: ['clipboard-read', 'clipboard-write'] });
  let link: string;
  try {
    const { page } = af;
    await page.goto(`${base}organisatie/`);
    await page.getByRole('heading', { level: 1, name: 'Mijn organisatie' }).waitFor();
    await page.getByLabel(/^Naam van je organisatie/).fill(anna.name);
    await page.getByLabel(/^Aandachtsfunctionaris/).fill(anna.contactName);
    await page.getByLabel(/^Telefoonnummer/).fill(anna.phone);
    await page.getByLabel(/^Link naar de meldcode/).fill(anna.meldcodeUrl);
    await page.getByRole('option', { name: 'Veilig Thuis Hollands Midden' }).waitFor({ state: 'attached' });
    await page.getByLabel(/^Veilig Thuis-regio/).selectOption('VT10');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Opgeslagen op dit apparaat.').waitFor();
    await page.getByRole('button', { name: 'Kopieer link' }).click();
    await page.getByText('De link is gekopieerd.').waitFor();
    link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(await page.getByLabel('Link voor je collega\'s').inputValue());
    expect(link.startsWith(`${base}organisatie/#profiel=`)).toBe(true);
    expect(link).not.toContain('?');
    expect(await axeViolations(page)).toEqual([]);
    await expectNoHorizontalScroll(page);
    expect(af.errors).toEqual([]);
  } finally {
    await af.context.close();
  }

  // The colleague: another device, nothing stored.
  const colleague = await newPage(browser);
  try {
    const { page } = colleague;
    // The fragment is never sent to the server: the request is for /organisatie/ alone.
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto(link);
    const preview = page.getByRole('region', { name: 'Wil je dit overnemen?' });
    await preview.waitFor();
    expect(requested.every((u) => !u.includes('profiel') && !u.includes(toBase64Url(anna.name).slice(0, 12)))).toBe(true);
    // Gone from the address at once: not in the address bar, the history or a bookmark.
    expect(new URL(page.url()).hash).toBe('');
    expect(await preview.textContent()).toContain('Nieuw: Anna de Vries');
    expect(await preview.textContent()).toContain('Nieuw: Veilig Thuis Hollands Midden');
    expect(await stored(page)).toBeNull();
    expect(await axeViolations(page)).toEqual([]);
    await preview.getByRole('button', { name: 'Overnemen' }).click();
    await page.getByText('Overgenomen. Je ziet het nu in stap 2.').waitFor();
    expect(await page.evaluate(() => localStorage.getItem('meldwijzer.region'))).toBe('VT10');
    await expectAfInStep2(page, base);
    expect(colleague.errors).toEqual([]);
  } finally {
    await colleague.context.close();
  }
});

test('a malformed, too large or markup link shows a message, as inert text, and imports nothing', async () => {
  const base = inject('baseURL');
  const { context, page, errors } = await newPage(browser);
  try {
    const cases: [string, RegExp][] = [
      ['%%%not-base64', /Dit is geen geldig bestand of geldige link/],
      [toBase64Url('{"meldwijzer":"organisatie","format":1,"name":'), /Dit is geen geldig bestand of geldige link/],
      ['A'.repeat(5000), /Dit is te groot/],
      [toBase64Url(JSON.stringify({ meldwijzer: 'organisatie', format: 1, name: '<img src=x onerror="document.title=1">' })), /Naam van je organisatie bevat tekens voor opmaak of code/],
    ];
    for (const [payload, message] of cases) {
      await page.goto(`${base}organisatie/#profiel=${payload}`);
      const alert = page.getByRole('alert').filter({ hasText: 'Niets overgenomen' });
      await alert.waitFor();
      expect(await alert.textContent()).toMatch(message);
      expect(new URL(page.url()).hash).toBe('');
      expect(await page.getByRole('button', { name: 'Overnemen' }).count()).toBe(0);
      expect(await stored(page)).toBeNull();
    }
    // The markup was shown as text, never as an element.
    expect(await page.getByRole('alert').filter({ hasText: 'Niets overgenomen' }).textContent()).toContain('<img src=x onerror="document.title=1">');
    expect(await page.locator('#org-refusal img').count()).toBe(0);
    expect(await page.title()).not.toBe('1');
    // At 320 px, a long unbroken text in a refused link still fits the screen.
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(`${base}organisatie/#profiel=${toBase64Url(JSON.stringify({ meldwijzer: 'organisatie', format: 1, name: `<${'x'.repeat(150)}>` }))}`);
    await page.getByRole('alert').filter({ hasText: 'Niets overgenomen' }).waitFor();
    await expectNoHorizontalScroll(page);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  } finally {
    await context.close();
  }
});

test('offline, a colleague opens the shared link, previews and imports it, and sees the AF in step 2', async () => {
  const { context, page, errors, url } = await visitThenGoOffline(browser, 'organisatie/');
  try {
    await page.goto(profileLink(anna, `${url}organisatie/`));
    const preview = page.getByRole('region', { name: 'Wil je dit overnemen?' });
    await preview.waitFor();
    await preview.getByRole('button', { name: 'Overnemen' }).click();
    await page.getByText('Overgenomen. Je ziet het nu in stap 2.').waitFor();
    await expectAfInStep2(page, url);
    expect(errors).toEqual([]);
  } finally {
    await context.close();
  }
});
