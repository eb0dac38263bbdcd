import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { compiledContent } from '../helpers/packs';
import { launch, newPage, visitThenGoOffline } from './browser';

// Issue 14's "done when": a teacher, a childcare worker, a GP and a wijkteam worker each see their
// own steps, roles, special routes and afwegingskader wording, offline, in Dutch and in English.
// Texts come from the compiled content, so rewording a pack keeps these tests; losing a part does not.

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

const content = compiledContent();
const pack = (id: string, locale: 'nl' | 'en') => content.packs.localized.find((p) => p.id === id && p.locale === locale)!;
const summary = (id: string) => content.packs.index.find((p) => p.id === id)!;

/** From the start screen, "Waar werk je?" to the pack; then its role, a step that differs for
 * that role, its special routes, and the first question of its afwegingskader. */
async function walkPack(page: Page, id: string, lang: 'nl' | 'en') {
  const p = pack(id, lang);
  const words = lang === 'nl'
    ? { where: 'Waar werk je?', next: 'Verder', role: 'Wat is jouw rol?', save: 'Rol opslaan', forYou: 'Voor jou als', routes: 'Bijzondere situaties', start: 'Start het afwegingskader', toStart: 'Meldwijzer' }
    : { where: 'Where do you work?', next: 'Continue', role: 'What is your role?', save: 'Save role', forYou: 'For you as', routes: 'Special situations', start: 'Start the afwegingskader', toStart: 'Meldwijzer' };
  await page.getByRole('group', { name: words.where }).getByLabel(summary(id).setting![lang]).check();
  await page.getByRole('button', { name: words.next, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: p.title }).waitFor();

  // The role, when the beroepsgroep has roles: the last one, so it is not the default.
  const role = p.roles.at(-1);
  if (role) {
    await page.getByRole('group', { name: words.role }).getByLabel(`${role.name}: ${role.description}`).check();
    await page.getByRole('button', { name: words.save }).click();
    const step = ([1, 2, 3, 4, 5] as const).find((n) => p.steps[n].roles[role.id]);
    if (step) {
      await page.getByRole('link', { name: p.steps[step].title, exact: true }).click();
      const mine = page.getByRole('region', { name: `${words.forYou} ${role.name}` });
      await mine.waitFor();
      expect(await mine.textContent()).toContain(p.steps[step].roles[role.id]);
    }
  }

  // Every special route the pack offers, in the step, at the pack's own address.
  await page.getByRole('link', { name: p.title, exact: true }).first().click();
  await page.getByRole('link', { name: p.steps[p.kaderStep].title, exact: true }).click();
  const routes = page.getByRole('navigation', { name: words.routes });
  expect(await routes.getByRole('link').allTextContents()).toEqual(p.routes.map((r) => r.title));

  // Its own wording of the afwegingskader, from its own kader step.
  await page.getByRole('link', { name: words.start }).click();
  const a1 = p.kader.nodes[p.kader.start]!;
  if (a1.type !== 'question') throw new Error('the kader starts with a question');
  await page.getByRole('heading', { level: 1, name: a1.text.question }).waitFor();

  // One route, its title as the pack lists it.
  await page.goBack();
  await routes.getByRole('link', { name: p.routes[0]!.title }).click();
  await page.getByRole('heading', { level: 1, name: p.routes[0]!.title }).waitFor();
  expect(new URL(page.url()).pathname).toBe(`/${id}/route/${p.routes[0]!.id}/`);
}

const branches = ['onderwijs', 'kinderopvang', 'artsen', 'sociaal-domein'];

test('offline, in Dutch: each branch worker reaches their own pack, role, steps, special routes and afwegingskader wording', async () => {
  const { context, page, errors, url } = await visitThenGoOffline(browser);
  for (const id of branches) {
    await page.goto(url);
    // Next time the pack chosen last is shown first; this test chooses again for each worker.
    const change = page.getByRole('button', { name: 'Andere beroepsgroep kiezen' });
    if (await change.count()) await change.click();
    await walkPack(page, id, 'nl');
  }
  expect(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(e))).toEqual([]);
  await context.close();
}, 120_000);

test('offline, in English: the same for each branch worker', async () => {
  const { context, page, url } = await visitThenGoOffline(browser);
  await page.getByRole('button', { name: /English/ }).click();
  for (const id of branches) {
    await page.goto(url);
    const change = page.getByRole('button', { name: 'Choose another professional group' });
    if (await change.count()) await change.click();
    await walkPack(page, id, 'en');
  }
  await context.close();
}, 120_000);

test('a teacher who suspects a colleague reaches the meldplicht route, not the Veilig Thuis questions, in two taps from the start screen', async () => {
  const { context, page } = await newPage(browser);
  await page.goto(inject('baseURL'));
  // The teacher chose "Op een school" before: the start screen shows Onderwijs first.
  await page.getByRole('group', { name: 'Waar werk je?' }).getByLabel(summary('onderwijs').setting!.nl).check();
  await page.getByRole('button', { name: 'Verder', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Onderwijs' }).waitFor();
  await page.goto(inject('baseURL'));

  await page.getByRole('list', { name: 'Jouw beroepsgroep' }).getByRole('link').click(); // tap 1
  await page.getByRole('link', { name: 'Dan geldt een andere route' }).click(); // tap 2
  const collega = content.routes.find((r) => r.id === 'collega')!;
  await page.getByRole('heading', { level: 1, name: collega.text.nl.title }).waitFor();
  expect(new URL(page.url()).pathname).toBe('/onderwijs/route/collega/');
  // The school's own legal route first: the board, the vertrouwensinspecteur, the police.
  const first = page.locator('main h2').first();
  expect(await first.textContent()).toBe(collega.text.nl.sections.onderwijs!.title);
  expect(await page.locator('.route-section').first().textContent()).toContain('vertrouwensinspecteur');
  expect(await page.locator('main a[href*="/afweging/"]').count()).toBe(0);
  await context.close();
});

test('a route\'s walk in an open case: answered offline, kept in the case after a reload', async () => {
  const { context, page, url } = await visitThenGoOffline(browser, 'artsen/');
  await page.getByLabel('Korte naam voor de casus').fill('VGV-1');
  await page.getByRole('button', { name: 'Casus aanmaken' }).click();
  await page.getByRole('heading', { level: 1, name: 'Overzicht van de casus' }).waitFor();
  await page.goto(`${url}artsen/route/vgv/`);
  const vgv = content.routes.find((r) => r.id === 'vgv')!;
  const question = (vgv.text.nl.walk![vgv.walk!.start] as { question: string }).question;
  await page.getByRole('group', { name: question }).getByLabel('Ja', { exact: true }).check();
  const outcome = (vgv.text.nl.walk!['binnen-het-uur'] as { title: string }).title;
  await page.getByRole('heading', { level: 3, name: outcome }).waitFor();
  // Acute: 112 in the outcome itself.
  expect(await page.locator('.route-outcome a[href="tel:112"]').count()).toBe(1);
  // Stored in the case, not only on screen: once saved (the answer set it pending at once), a
  // reload (still offline) shows it.
  await page.getByText('Opgeslagen op dit apparaat').waitFor();
  await page.reload();
  await page.getByRole('heading', { level: 3, name: outcome }).waitFor();
  expect(await page.getByRole('group', { name: question }).getByLabel('Ja', { exact: true }).isChecked()).toBe(true);
  await context.close();
});
