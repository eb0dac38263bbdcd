import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
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

// Safari and Epiphany write a tab's form state to disk for session restore, as Chromium and
// Firefox do (tests/e2e/disk.test.ts, firefox-disk.test.ts). The MiniBrowser keeps no profile
// under automation, so there is no disk to scan here; instead this shows which fields WebKit
// puts into its saved form state: a field is in it when a page load and "back" bring its value
// back. WebKit ignores autocomplete="off" on a <textarea> or <select> itself (seen with WebKitGTK
// 2.50), so the app puts every case field in a form that says it (src/ui/PrivateFields.tsx).
const PROBE = `<!doctype html><meta charset="utf-8"><title>probe</title>
<textarea id="plain"></textarea>
<input id="input-off" autocomplete="off">
<input id="date-off" type="date" autocomplete="off">
<form autocomplete="off"><textarea id="in-form"></textarea><select id="select-in-form"><option>a</option><option>b</option></select></form>`;

test('WebKit: fields in a form with autocomplete="off", and inputs with it, stay out of the saved form state', async () => {
  // no-store, so "back" loads the page again instead of showing it from the back-forward cache.
  const server = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(req.url === '/away' ? '<!doctype html><title>away</title>' : PROBE);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const page = await fresh();
    await page.go(`${url}/probe`);
    for (const id of ['plain', 'input-off', 'in-form']) await page.fill(`#${id}`, `typed ${id}`);
    await page.exec(() => {
      (document.getElementById('date-off') as HTMLInputElement).value = '2031-05-06';
      (document.getElementById('select-in-form') as HTMLSelectElement).value = 'b';
    });
    await page.go(`${url}/away`);
    await page.back();
    await page.until('the probe again', () => page.exec(() => document.title === 'probe'));
    const values = await page.exec(() => Object.fromEntries([...document.querySelectorAll('textarea, input, select')].map((e) => [e.id, (e as HTMLInputElement).value])));
    // The control: a plain field comes back, so the probe sees saved form state.
    expect(values.plain).toBe('typed plain');
    expect(values).toMatchObject({ 'input-off': '', 'date-off': '', 'in-form': '', 'select-in-form': 'a' });
  } finally {
    server.close();
  }
}, 60_000);
