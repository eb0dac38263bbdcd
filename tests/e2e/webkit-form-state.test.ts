import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { fill } from './actions';
import { startEngine, type Browser, type Engine } from './engines';

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

let webkit: Engine;
let page: Browser | undefined;
beforeAll(async () => { webkit = await startEngine('webkit'); }, 60_000);
afterAll(async () => {
  await page?.deleteSession().catch(() => undefined);
  await webkit?.close();
});

test('WebKit: fields in a form with autocomplete="off", and inputs with it, stay out of the saved form state', async () => {
  // no-store, so "back" loads the page again instead of showing it from the back-forward cache.
  const server = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(req.url === '/away' ? '<!doctype html><title>away</title>' : PROBE);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const b = (page = await webkit.newSession());
    await b.url(`${url}/probe`);
    for (const id of ['plain', 'input-off', 'in-form']) await fill(b, `#${id}`, `typed ${id}`);
    await b.execute(() => {
      (document.getElementById('date-off') as HTMLInputElement).value = '2031-05-06';
      (document.getElementById('select-in-form') as HTMLSelectElement).value = 'b';
    });
    await b.url(`${url}/away`);
    await b.back();
    await b.waitUntil(() => b.execute(() => document.title === 'probe'), { timeoutMsg: 'the probe did not come back' });
    const values = await b.execute(() => Object.fromEntries([...document.querySelectorAll('textarea, input, select')].map((e) => [e.id, (e as HTMLInputElement).value])));
    // The control: a plain field comes back, so the probe sees saved form state.
    expect(values.plain).toBe('typed plain');
    expect(values).toMatchObject({ 'input-off': '', 'date-off': '', 'in-form': '', 'select-in-form': 'a' });
  } finally {
    server.close();
  }
}, 60_000);
