import { Key } from 'webdriverio';
import { afterAll, afterEach, beforeAll, describe, expect, inject, test } from 'vitest';
import { startServer } from '../bench/static-server.mjs';
import { button, choose, click, fill, follow, heading, open, reload, text, value } from './actions';
import { ENGINES, startEngine, type Browser, type Engine } from './engines';

// The core flows, written once, in each engine: Chromium, Firefox ESR and WebKitGTK. The deeper
// Chromium-only tests (crashes, disk, budgets, accessibility) stay on playwright-core.
describe.each(ENGINES)('%s', (name) => {
  let engine: Engine;
  let page: Browser | undefined;

  beforeAll(async () => { engine = await startEngine(name); }, 60_000);
  afterEach(async () => {
    await page?.deleteSession().catch(() => undefined);
    page = undefined;
  });
  afterAll(async () => { await engine?.close(); });

  /** A new browser with empty storage, closed after the test. */
  async function fresh() {
    page = await engine.newSession();
    return page;
  }

  async function answer(b: Browser, n: number, label: string) {
    await text(b, `Afweging ${n} van 5`);
    await choose(b, label);
    await button(b, 'Volgende');
  }

  test('after one online visit, the afwegingskader works with the server gone', async () => {
    const server = await startServer(inject('outDir'));
    const b = await fresh();
    await open(b, `${server.url}algemeen/afweging/a1/`);
    await b.waitUntil(() => b.execute(() => navigator.serviceWorker.controller !== null), { timeout: 30_000, timeoutMsg: 'no service worker control' });
    await server.close();
    await reload(b);
    await answer(b, 1, 'Ja');
    await answer(b, 2, 'Nee');
    await answer(b, 3, 'Nee');
    await text(b, 'Meldnorm 2');
    expect(await b.getUrl()).toContain('/algemeen/uitkomst/');
  }, 60_000);

  test('case notes survive a reload', async () => {
    const b = await fresh();
    await open(b, `${inject('baseURL')}algemeen/`);
    await fill(b, '#case-label', `${name}-1`);
    await button(b, 'Casus aanmaken');
    await click(b, '//a[starts-with(normalize-space(), "Stap 1:")]');
    await fill(b, '#notes-1', `Notitie in ${name}`);
    await text(b, 'Opgeslagen op dit apparaat');
    await reload(b);
    expect(await value(b, '#notes-1')).toBe(`Notitie in ${name}`);
  }, 60_000);

  test('the app lock seals the notes, and the passphrase opens them', async () => {
    const b = await fresh();
    const base = inject('baseURL');
    await open(b, `${base}algemeen/`);
    await fill(b, '#case-label', `${name}-LOCK`);
    await button(b, 'Casus aanmaken');
    await click(b, '//a[starts-with(normalize-space(), "Stap 1:")]');
    await fill(b, '#notes-1', `Geheim in ${name}`);
    await text(b, 'Opgeslagen op dit apparaat');
    await open(b, `${base}gegevens/`);
    await fill(b, '#new-passphrase', `${name} wachtwoordzin`);
    await fill(b, '#repeat-passphrase', `${name} wachtwoordzin`);
    await button(b, 'Vergrendeling instellen');
    await text(b, 'Je casussen zijn nu versleuteld.', 30_000);
    await reload(b);
    await b.$('#unlock-passphrase').waitForExist();
    expect(await heading(b)).toBe('Meldwijzer is vergrendeld');
    // Locked, search is not offered: its '/' key would change the screen behind the lock.
    expect(await b.$('.page-header-search').isExisting()).toBe(false);
    await fill(b, '#unlock-passphrase', `${name} wachtwoordzin`);
    await button(b, 'Ontgrendelen');
    // Through a link inside the app: typing the address would load the page and lock it again.
    await follow(b, '/algemeen/stap/1/');
    expect(await value(b, '#notes-1')).toBe(`Geheim in ${name}`);
  }, 60_000);

  test('quick hide works from every screen: Shift three times blanks it, Verder brings it back', async () => {
    const b = await fresh();
    const base = inject('baseURL');
    await open(b, `${base}algemeen/`);
    await fill(b, '#case-label', 'HIDE');
    await button(b, 'Casus aanmaken');
    await click(b, '//a[starts-with(normalize-space(), "Stap 1:")]');
    await fill(b, '#notes-1', 'Geheim');
    await text(b, 'Opgeslagen op dit apparaat');
    const screens = ['', 'algemeen/', 'algemeen/stap/1/', 'algemeen/stap/2/', 'algemeen/stap/3/', 'algemeen/stap/4/', 'algemeen/stap/5/',
      'algemeen/afweging/a1/', 'algemeen/afweging/', 'algemeen/uitkomst/', 'algemeen/samenvatting/', 'gegevens/', 'niet-bestaand/'];
    for (const path of screens) {
      await open(b, base + path);
      // The keys work once the app's first script has run; the prerendered page shows before that.
      await b.waitUntil(() => b.execute(() => document.documentElement.dataset.quickHide === 'armed'), { timeoutMsg: `${path}: keys not armed` });
      // Pressed and released each time, as a user does (keys() would hold Shift down).
      for (let i = 0; i < 3; i++) await b.action('key').down(Key.Shift).up(Key.Shift).perform();
      // The hidden screen's own button (the start screen's chooser has a "Verder" too).
      await b.$('//main[contains(@class, "hidden-screen")]//button[normalize-space()="Verder"]').waitForExist({ timeoutMsg: `${path}: not hidden` });
      const shown = await b.execute(() => document.body.innerText);
      expect(shown, path).not.toMatch(/Veilig Thuis|Meldwijzer|HIDE|Geheim/);
      expect(await b.getTitle(), path).toBe('Nieuw tabblad');
      await click(b, '//main[contains(@class, "hidden-screen")]//button');
      await b.$('h1').waitForExist();
    }
  }, 120_000);
});
