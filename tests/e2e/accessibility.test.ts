import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { answer, axeViolations, expectNoHorizontalScroll, launch, newPage, visit, waitUntilOfflineReady } from './browser';
import { serveTwoPacks } from './two-packs';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

/** axe and the sideways-scroll check on the screen shown, each violation named by the screen. */
function screenChecks(page: Page) {
  const failures: string[] = [];
  const check = async (name: string) => {
    failures.push(...(await axeViolations(page)).map((v) => `${name}: ${v}`));
    await expectNoHorizontalScroll(page);
  };
  return { failures, check };
}

/** Visits every kind of screen; `check` runs on each. */
async function everyScreen(page: Page, check: (name: string) => Promise<void>) {
  const base = inject('baseURL');
  await page.goto(base);
  await page.getByRole('link', { name: /Algemeen|General/ }).waitFor();
  await check('start');
  for (const [name, hash] of [['about', 'over/'], ['privacy statement', 'privacy/'], ['accessibility statement', 'toegankelijkheid/'], ['verantwoording', 'verantwoording/'], ['pack', 'algemeen/'], ['route: concern about a colleague', 'route/collega/'], ['branch pack with the role question', 'onderwijs/'], ['branch step with signal lists and role text', 'onderwijs/stap/1/'], ['branch step with conversation guides', 'kinderopvang/stap/3/'], ['route with a walk, from a pack', 'onderwijs/route/vgv/'], ['route a pack does not offer', 'onderwijs/route/ouderenmishandeling/'], ['not found', 'algemeen/stap/9/'], ['answers (empty)', 'algemeen/afweging/'], ['outcome (none)', 'algemeen/uitkomst/']]) {
    await page.goto(base + hash);
    await page.locator('h1').waitFor();
    await check(name!);
  }
  // Whom to call, each once its data is there: the finder with a result, the lines, a region's
  // sociale kaart, the organisation form, the call sheet without a case.
  await page.goto(`${base}veilig-thuis/`);
  await page.getByRole('searchbox').or(page.getByRole('textbox')).first().fill('Gouda');
  await page.getByText(/Hollands Midden/).first().waitFor();
  await check('Veilig Thuis finder with a result');
  for (const [name, path, ready] of [['national lines', 'lijnen/', '.line-card'], ['region sociale kaart', 'regio/hollands-midden/', '.route-section'], ['my organisation', 'organisatie/', 'form'], ['call sheet without a case', 'algemeen/bellen/', 'h1'], ['practice cases', 'oefenen/', 'h1'], ['a practice case', 'oefenen/basisschool-lucas-blauwe-plekken/', 'h1'], ['an explainer', 'oefenen/uitleg/meldnormen/', 'h1'], ['a conversation exercise', 'oefenen/gesprek/gesprek-met-ouder/', 'fieldset']]) {
    await page.goto(base + path);
    await page.locator(ready!).first().waitFor();
    await check(name!);
  }
  for (let step = 1; step <= 5; step++) {
    await page.goto(`${base}algemeen/stap/${step}/`);
    await page.locator('.stepper').waitFor();
    await check(`step ${step}`);
  }
  await visit(page, `/algemeen/afweging/a1/`);
  for (const [n, label] of [[1, /^(Ja|Yes)/], [2, /acu/i]] as const) {
    await page.getByText(new RegExp(`(Afweging|Question) ${n} `)).waitFor();
    await check(`question ${n}`);
    if (n === 1) {
      // The error state of a question: submit without an answer.
      await page.getByRole('button', { name: /^(Volgende|Next)$/ }).click();
      await check('question 1 without answer');
    }
    if (n === 2) {
      await page.locator('details.definition summary').first().click();
      await check('question 2, a definition open');
    }
    await answer(page, n, label);
  }
  await page.locator('.acute').waitFor();
  await check('waypoint melden, acute');
  await page.getByRole('button', { name: /Veilig Thuis/ }).click();
  for (const n of [3, 4]) {
    await check(`question ${n}`);
    await answer(page, n, /^(Ja|Yes)/);
  }
  await check('waypoint hulp');
  await page.getByRole('button', { name: /5/ }).click();
  await check('question 5');
  await answer(page, 5, /^(Nee|No)/);
  await page.getByRole('heading', { name: /Wat doe je nu|What do you do now/ }).waitFor();
  await check('outcome');
  await visit(page, `/algemeen/afweging/`);
  await page.locator('.answers').waitFor();
  await check('answers');
  await visit(page, `/algemeen/afweging/a1/`);
  await page.locator('.notice').waitFor();
  await check('question 1 again, later answers would drop');
}

test.each([
  ['light, phone', { colorScheme: 'light' as const, viewport: { width: 390, height: 844 } }],
  ['dark, 320 px wide', { colorScheme: 'dark' as const, viewport: { width: 320, height: 700 } }],
  ['English, 200% browser zoom of a 1280 px window (640 CSS px)', { colorScheme: 'light' as const, viewport: { width: 640, height: 800 }, deviceScaleFactor: 2, english: true }],
])('axe finds no WCAG 2.2 AA violations on any screen (%s), and nothing scrolls sideways', async (_name, options) => {
  const { english, ...contextOptions } = options as typeof options & { english?: boolean };
  const { page, context } = await newPage(browser, contextOptions);
  if (english) await page.addInitScript(() => localStorage.setItem('meldwijzer.language', 'en'));
  const { failures, check } = screenChecks(page);
  await everyScreen(page, check);
  expect(failures).toEqual([]);
  await context.close();
}, 120_000);

test('axe finds no violations on the start screen\'s chooser of two packs: the question, its error state, the remembered pack', async () => {
  const { page, context } = await newPage(browser, { serviceWorkers: 'block' });
  await serveTwoPacks(context);
  const { failures, check } = screenChecks(page);
  await page.goto(inject('baseURL'));
  await page.getByRole('group', { name: 'Waar werk je?' }).waitFor();
  await check('chooser, question');
  await page.getByRole('button', { name: 'Verder' }).click();
  await page.getByRole('link', { name: 'Kies waar je werkt' }).waitFor();
  await check('chooser, no answer');
  await page.getByLabel('Ergens anders').check();
  await page.getByRole('button', { name: 'Verder' }).click();
  await page.getByRole('heading', { level: 1, name: /Algemeen/ }).waitFor();
  await page.goto(inject('baseURL'));
  await page.getByRole('list', { name: 'Jouw beroepsgroep' }).waitFor();
  await check('chooser, remembered pack');
  expect(failures).toEqual([]);
  await context.close();
});

test('axe finds no violations on moving a case to another pack: the choice, its error state, the confirm step', async () => {
  const { page, context } = await newPage(browser, { serviceWorkers: 'block' });
  await serveTwoPacks(context);
  const { failures, check } = screenChecks(page);
  await page.goto(`${inject('baseURL')}algemeen/`);
  await page.getByLabel('Korte naam voor de casus').fill('AX-2');
  await page.getByRole('button', { name: 'Casus aanmaken' }).click();
  await page.getByRole('button', { name: 'Andere beroepsgroep voor deze casus' }).click();
  await page.getByRole('group', { name: 'Andere beroepsgroep voor deze casus' }).waitFor();
  await check('switch pack, choose');
  await page.getByRole('button', { name: 'Verder' }).click();
  await page.getByRole('link', { name: 'Kies een beroepsgroep' }).waitFor();
  await check('switch pack, no choice');
  await page.getByLabel('Oefenpakket').check();
  await page.getByRole('button', { name: 'Verder' }).click();
  await page.getByRole('button', { name: 'Ja, overzetten' }).waitFor();
  await check('switch pack, confirm');
  expect(failures).toEqual([]);
  await context.close();
});

test('at 200% text zoom in a 320 px viewport nothing scrolls sideways', async () => {
  const { page, context } = await newPage(browser, { viewport: { width: 320, height: 640 } });
  await page.addInitScript(() => document.addEventListener('DOMContentLoaded', () => { document.documentElement.style.fontSize = '200%'; }));
  await everyScreen(page, async () => expectNoHorizontalScroll(page));
  await context.close();
}, 120_000);

test('the whole walk works with the keyboard alone, and focus lands on each new title', async () => {
  const { page, context } = await newPage(browser);
  await page.goto(`${inject('baseURL')}algemeen/stap/4/`);
  await page.getByRole('link', { name: 'Start het afwegingskader' }).focus();
  await page.keyboard.press('Enter');
  await page.getByText('Afweging 1 van 5').waitFor();
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('page-title');
  // Tab to the first answer, choose it with the space bar, submit with Enter.
  for (let i = 0; i < 10 && (await page.evaluate(() => (document.activeElement as HTMLInputElement)?.type)) !== 'radio'; i++) await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await page.keyboard.press('Enter');
  await page.getByText('Afweging 2 van 5').waitFor();
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('page-title');
  // Arrow keys move between the three answers of afweging 2.
  for (let i = 0; i < 10 && (await page.evaluate(() => (document.activeElement as HTMLInputElement)?.type)) !== 'radio'; i++) await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('nee');
  await page.keyboard.press('Enter');
  await page.getByText('Afweging 3 van 5').waitFor();
  const focusVisible = await page.evaluate(() => {
    const el = document.querySelector('input[type=radio]') as HTMLElement;
    el.focus();
    return getComputedStyle(el).outlineStyle !== 'none' || getComputedStyle(el.closest('label')!).outlineStyle !== 'none';
  });
  expect(focusVisible).toBe(true);
  await context.close();
});

test('a message at the bottom of the screen never covers the control that has focus (WCAG 2.4.11)', async () => {
  const { page, context, errors } = await newPage(browser, { viewport: { width: 320, height: 560 } });
  await page.goto(`${inject('baseURL')}algemeen/`);
  await waitUntilOfflineReady(page);
  const toast = page.locator('.toasts > *').first();
  await toast.waitFor();
  // Tab through the whole screen, as a keyboard user does, and look where each control ends up.
  const covered: string[] = [];
  let checked = 0;
  await page.locator('h1').focus();
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    await page.evaluate(() => new Promise(requestAnimationFrame));
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      const message = document.querySelector('.toasts > *');
      if (!el || !message || message.contains(el) || !document.querySelector('main')?.contains(el)) return null;
      return { name: el.textContent?.trim() || el.id, hidden: el.getBoundingClientRect().bottom > message.getBoundingClientRect().top };
    });
    if (!focused) break;
    checked++;
    if (focused.hidden) covered.push(focused.name);
  }
  expect(checked).toBeGreaterThan(8);
  expect(covered).toEqual([]);
  expect(errors).toEqual([]); // making room sets a style from script: the CSP must allow it
  await context.close();
}, 60_000);

test('screen-reader names of the main controls', async () => {
  const { page, context } = await newPage(browser);
  await page.goto(`${inject('baseURL')}algemeen/afweging/a2/`);
  await page.getByText('Afweging 2 van 5').waitFor();
  const snapshot = await page.locator('body').ariaSnapshot();
  expect(snapshot).toContain('region "Hulp en advies"');
  expect(snapshot).toMatch(/link "Bel Veilig Thuis 0800-2000 gratis, dag en nacht"/);
  expect(snapshot).toMatch(/button "Verberg scherm/);
  expect(snapshot).toContain('banner'); // the page header: Meldwijzer and who keeps it up
  expect(snapshot).toMatch(/link "Acuut gevaar\? Bel 112"/);
  expect(snapshot).toMatch(/group "Denk je dat er/);
  expect(snapshot).toMatch(/radio "Ja, acuut/);
  expect(snapshot).toMatch(/button "Volgende"/);
  expect(snapshot).toMatch(/button "English — kies een andere taal"/);
  await context.close();
});

test.each([
  ['light', 'light' as const],
  ['dark', 'dark' as const],
])('axe finds no violations on the case screens (%s): case fields of every step, outcome, summary, data, dialogs', async (_name, colorScheme) => {
  const { page, context } = await newPage(browser, { colorScheme, viewport: { width: 360, height: 740 } });
  const base = inject('baseURL');
  const { failures, check } = screenChecks(page);
  await page.goto(`${base}algemeen/`);
  await page.getByRole('button', { name: 'Casus aanmaken' }).click();
  await page.getByText('Vul een korte naam in.').waitFor();
  await check('new case, error');
  await page.getByLabel('Korte naam voor de casus').fill('Jan de Vries');
  await check('new case, name warning');
  await page.getByLabel('Korte naam voor de casus').fill('AX-1');
  await page.getByRole('button', { name: 'Casus aanmaken' }).click();
  await page.getByRole('heading', { level: 1, name: 'Overzicht van de casus' }).waitFor();
  await check('case overview, new');
  for (let step = 1; step <= 5; step++) {
    await visit(page, `/algemeen/stap/${step}/`);
    await page.getByLabel('Aantekeningen bij deze stap').waitFor();
    if (step === 2) await page.getByRole('button', { name: 'Overleg toevoegen' }).click();
    if (step === 3) await page.getByLabel('Nee, ik heb het gesprek overgeslagen').check();
    if (step === 5) await page.getByLabel('Ja', { exact: true }).first().check();
    await check(`case step ${step}`);
  }
  await visit(page, `/algemeen/afweging/a1/`);
  await answer(page, 1, /^Nee/);
  await page.getByLabel(/in je eigen woorden/).waitFor();
  await check('outcome with reasoning');
  await visit(page, `/algemeen/samenvatting/`);
  await page.getByRole('article').waitFor();
  await check('summary');
  await visit(page, `/algemeen/casus/`);
  await page.getByText('Bezig', { exact: true }).first().waitFor();
  await check('case overview, under way');
  await visit(page, `/gegevens/`);
  await page.getByRole('heading', { name: 'Back-up', exact: true }).waitFor();
  await check('data');
  await page.getByRole('button', { name: 'Alles wissen' }).click();
  await page.getByRole('dialog').waitFor();
  await check('wipe dialog');
  await page.getByRole('button', { name: 'Annuleren' }).click();
  await visit(page, `/`);
  await page.getByRole('button', { name: 'Verwijderen AX-1' }).waitFor();
  await check('start with case list');
  await visit(page, `/gegevens/`);
  await page.getByLabel('Nieuwe wachtwoordzin (minstens 10 tekens)').fill('een goede lange zin');
  await page.getByLabel('Herhaal de wachtwoordzin').fill('een goede lange zin');
  await page.getByRole('button', { name: 'Vergrendeling instellen' }).click();
  await page.getByRole('button', { name: 'Nu vergrendelen' }).waitFor();
  await check('data with a lock set');
  await page.getByRole('button', { name: 'Nu vergrendelen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Meldwijzer is vergrendeld' }).waitFor();
  await check('lock screen');
  await page.getByLabel('Wachtwoordzin', { exact: true }).fill('fout');
  await page.getByRole('button', { name: 'Ontgrendelen' }).click();
  await page.getByText(/klopt niet/).waitFor();
  await check('lock screen, wrong passphrase');
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
  await page.getByRole('button', { name: 'Verder' }).waitFor();
  await check('hidden screen');
  expect(failures).toEqual([]);
  await context.close();
}, 120_000);

test.each([
  ['desktop, mouse', { viewport: { width: 1280, height: 720 } }, false],
  ['phone, tap', { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true }, true],
])('the first visit\'s "ready for offline use" message never moves a control under the pointer nor covers one (%s)', async (_name, options, tap) => {
  const { page, context } = await newPage(browser, options);
  await page.goto(`${inject('baseURL')}algemeen/`);
  const label = page.getByLabel('Korte naam voor de casus');
  await label.fill('KLIK');
  await waitUntilOfflineReady(page);
  // No control in the page lies under the message.
  const overlaps = await page.evaluate(() => {
    const message = document.querySelector('.toasts > *')!.getBoundingClientRect();
    return [...document.querySelectorAll('main a, main button, main input, main textarea, main select')]
      .filter((el) => !el.closest('.toasts') && el.checkVisibility())
      .map((el) => el.getBoundingClientRect())
      .filter((r) => r.width > 0 && r.bottom > message.top && r.top < message.bottom && r.right > message.left && r.left < message.right).length;
  });
  expect(overlaps).toBe(0);
  // Press on the main action: it stays where it was between press and release, so the click lands.
  const create = page.getByRole('button', { name: 'Casus aanmaken' });
  await create.scrollIntoViewIfNeeded();
  const before = (await create.boundingBox())!;
  if (tap) {
    await create.tap();
  } else {
    await page.mouse.move(before.x + before.width / 2, before.y + before.height / 2);
    await page.mouse.down();
    await page.evaluate(() => new Promise(requestAnimationFrame));
    const during = (await create.boundingBox())!;
    expect(during.y).toBe(before.y);
    await page.mouse.up();
  }
  await page.getByRole('heading', { level: 1, name: 'Overzicht van de casus' }).waitFor({ timeout: 5000 });
  await context.close();
});

test.each([
  ['light, phone', { colorScheme: 'light' as const, viewport: { width: 390, height: 844 } }],
  ['dark, 320 px wide', { colorScheme: 'dark' as const, viewport: { width: 320, height: 700 } }],
])('axe: the install offer and the offline status (%s)', async (_name, options) => {
  const { page, context } = await newPage(browser, options);
  await page.goto(`${inject('baseURL')}algemeen/`);
  await page.getByLabel('Korte naam voor de casus').fill('AX-PWA');
  await page.getByRole('button', { name: 'Casus aanmaken' }).click();
  await page.getByText('Opgeslagen op dit apparaat').waitFor();
  // Chromium's install event, as the browser sends it when the app is installable.
  await page.evaluate(() => dispatchEvent(Object.assign(new Event('beforeinstallprompt', { cancelable: true }), { prompt: async () => undefined })));
  await visit(page, '/');
  await page.getByRole('button', { name: 'Zet Meldwijzer op dit apparaat' }).waitFor();
  await context.setOffline(true);
  await page.getByText('Offline — alles werkt, behalve links naar internet.').waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await expectNoHorizontalScroll(page);
  await context.close();
});
