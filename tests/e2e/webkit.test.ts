import { afterAll, afterEach, beforeAll, expect, inject, test } from 'vitest';
import { startServer } from '../bench/static-server.mjs';
import { startWebKit, type Session, type WebKit } from './webkit-driver';

// The core flows in a third engine: Debian's WebKitGTK (MiniBrowser), over classic WebDriver.
let webkit: WebKit;
let page: Session | undefined;

beforeAll(async () => {
  webkit = await startWebKit();
}, 60_000);
afterEach(async () => {
  await page?.close();
  page = undefined;
});
afterAll(async () => { await webkit?.close(); });

/** A new MiniBrowser with empty storage, closed after the test. */
async function fresh(): Promise<Session> {
  page = await webkit.newSession();
  return page;
}

const heading = (page: Session) => page.exec(() => document.querySelector('h1')?.textContent ?? '');

async function answer(page: Session, n: number, label: string) {
  await page.text(`Afweging ${n} van 5`);
  await page.click(`//label[starts-with(normalize-space(), ${JSON.stringify(label)})]`);
  await page.button('Volgende');
}

test('WebKit: after one online visit, the afwegingskader works with the server gone', async () => {
  const server = await startServer(inject('outDir'));
  const page = await fresh();
  await page.go(`${server.url}algemeen/afweging/a1/`);
  await page.until('service worker control', () => page.exec(() => navigator.serviceWorker.controller !== null), 30_000);
  await server.close();
  await page.refresh();
  await answer(page, 1, 'Ja');
  await answer(page, 2, 'Nee');
  await answer(page, 3, 'Nee');
  await page.text('Meldnorm 2');
  expect(await page.url()).toContain('/algemeen/uitkomst/');
}, 60_000);

test('WebKit: case notes survive a reload', async () => {
  const page = await fresh();
  await page.go(`${inject('baseURL')}algemeen/`);
  await page.fill('#case-label', 'WK-1');
  await page.button('Casus aanmaken');
  await page.fill('#notes-1', 'Notitie in WebKit');
  await page.text('Opgeslagen op dit apparaat');
  await page.refresh();
  expect(await page.value('#notes-1')).toBe('Notitie in WebKit');
}, 60_000);

test('WebKit: the app lock seals the notes, and the passphrase opens them', async () => {
  const page = await fresh();
  const base = inject('baseURL');
  await page.go(`${base}algemeen/`);
  await page.fill('#case-label', 'WK-LOCK');
  await page.button('Casus aanmaken');
  await page.fill('#notes-1', 'Geheim in WebKit');
  await page.text('Opgeslagen op dit apparaat');
  await page.go(`${base}gegevens/`);
  await page.fill('#new-passphrase', 'webkit wachtwoordzin');
  await page.fill('#repeat-passphrase', 'webkit wachtwoordzin');
  await page.button('Vergrendeling instellen');
  await page.text('Je casussen zijn nu versleuteld.', 30_000);
  await page.refresh();
  await page.css('#unlock-passphrase');
  expect(await heading(page)).toBe('Meldwijzer is vergrendeld');
  await page.fill('#unlock-passphrase', 'webkit wachtwoordzin');
  await page.button('Ontgrendelen');
  await page.follow('/algemeen/stap/1/');
  expect(await page.value('#notes-1')).toBe('Geheim in WebKit');
}, 60_000);
