import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { answer, launch, newPage, visit } from './browser';
import { practiceFixture } from '../helpers/practice';

// Oefenmodus never touches the real database: with a real case open and saved, a whole practice
// case is walked and left, and every store of every Meldwijzer IndexedDB database (in the page's
// own IndexedDB and in every storage bucket, src/storage/place.ts) reads the same, byte for byte.

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

// Algemeen has no step-1 signal lists, so the fixture's expert ticks none.
const fixture = practiceFixture([]);
const ID = fixture.cases[0]!.id;

/** Until the real practice content is built, the test serves a fixture in its place. The service
 * worker is blocked (see newPage), so every fetch of the page passes these routes. */
async function servePractice(context: BrowserContext) {
  await context.route('**/packs/practice.json', (r) => r.fulfill({ json: fixture.index }));
  await context.route('**/packs/practice/*.json', (r) => {
    const id = /practice\/([^/]+)\.json$/.exec(r.request().url())?.[1];
    const c = fixture.cases.find((x) => x.id === id);
    return c ? r.fulfill({ json: c }) : r.fulfill({ status: 404, body: 'not found' });
  });
}

/** Every database, store, key and value, with binary values (encrypted cases) as their bytes,
 * plus the pointer to the open case: what the app keeps on the device. */
function snapshot(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const encode = (v: unknown): unknown => {
      if (v instanceof ArrayBuffer) return { bytes: [...new Uint8Array(v)] };
      if (ArrayBuffer.isView(v)) return { view: v.constructor.name, bytes: [...new Uint8Array(v.buffer, v.byteOffset, v.byteLength)] };
      if (v instanceof Date) return { date: v.toISOString() };
      if (Array.isArray(v)) return v.map(encode);
      if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, x]) => [k, encode(x)]));
      return v;
    };
    const request = <T>(r: IDBRequest<T>) => new Promise<T>((resolve, reject) => { r.onsuccess = () => resolve(r.result); r.onerror = () => reject(r.error); });
    async function dump(factory: IDBFactory) {
      const out: Record<string, unknown> = {};
      for (const { name, version } of (await factory.databases()).sort((a, b) => (a.name! < b.name! ? -1 : 1))) {
        const db = await request(factory.open(name!));
        const stores: Record<string, unknown> = {};
        for (const store of [...db.objectStoreNames].sort()) {
          const s = db.transaction(store, 'readonly').objectStore(store);
          stores[store] = { keyPath: s.keyPath, indexes: [...s.indexNames], keys: encode(await request(s.getAllKeys())), values: encode(await request(s.getAll())) };
        }
        db.close();
        out[name!] = { version, stores };
      }
      return out;
    }
    const buckets = (navigator as Navigator & { storageBuckets?: { keys(): Promise<string[]>; open(name: string): Promise<{ indexedDB: IDBFactory }> } }).storageBuckets;
    const inBuckets: Record<string, unknown> = {};
    for (const name of (await buckets?.keys()) ?? []) inBuckets[name] = await dump((await buckets!.open(name)).indexedDB);
    return JSON.stringify({ site: await dump(indexedDB), buckets: inBuckets, pointer: localStorage.getItem('meldwijzer.activeCase') });
  });
}

/** Saved: on this device, or in oefenmodus in memory only (the case bar never claims the device then). */
async function saved(page: Page) {
  await page.getByText(/^(Opgeslagen op dit apparaat|Oefenmodus: alleen in het geheugen, niets blijft bewaard)$/).waitFor();
}

async function notes(page: Page, step: number, text: string) {
  await visit(page, `/algemeen/stap/${step}/`);
  await page.getByLabel('Aantekeningen bij deze stap').fill(text);
  await saved(page);
}

test('a whole practice case walked and left: the real database is byte-for-byte unchanged, and the real case is open again', async () => {
  const { page, context, errors } = await newPage(browser, { serviceWorkers: 'block' });
  await servePractice(context);
  const base = inject('baseURL');
  // A real case, open, with text typed and saved.
  await page.goto(`${base}algemeen/`);
  await page.getByLabel('Korte naam voor de casus').fill('ECHT-7');
  await page.getByRole('button', { name: 'Casus aanmaken' }).click();
  await page.getByRole('heading', { level: 1, name: 'Overzicht van de casus' }).waitFor();
  await notes(page, 1, 'Echte aantekening die moet blijven.');
  const before = await snapshot(page);
  expect(before).toContain('ECHT-7');

  // A trainer's deep link: a page load straight into oefenmodus on step 2.
  await page.goto(`${base}oefenen/${ID}/stap/2/`);
  await page.waitForURL(`${base}algemeen/stap/2/`);
  const banner = page.getByRole('region', { name: 'Oefenmodus' });
  await banner.getByText('Niets wordt bewaard').waitFor();
  expect(await page.evaluate(() => document.documentElement.dataset.practice)).toBe('');
  await page.getByLabel('Aantekeningen bij deze stap').fill('Oefen: overleg met de aandachtsfunctionaris.');
  await page.getByText('Oefenmodus: alleen in het geheugen, niets blijft bewaard').waitFor();
  expect(await page.getByText('Opgeslagen op dit apparaat').count()).toBe(0);
  for (const step of [1, 3, 4, 5]) await notes(page, step, `Oefen: stap ${step}.`);
  await banner.waitFor();

  // The afwegingskader as the expert walks it: a1 ja, a2 ja-structureel, on past melden, a3 ja, a4 ja → hulp.
  await visit(page, '/algemeen/afweging/a1/');
  await answer(page, 1, /^Ja, ik heb nog een vermoeden/);
  await answer(page, 2, /^Ja, structureel/);
  await page.getByRole('button', { name: /^Verder (naar|met) afweging 3/ }).click();
  await answer(page, 3, /^Ja, ik kan passende hulp/);
  await answer(page, 4, /^Ja, ze aanvaarden de hulp/);
  await page.getByRole('heading', { level: 1, name: /Hulp bieden of organiseren/ }).waitFor();
  await visit(page, '/algemeen/samenvatting/');
  await page.getByRole('heading', { level: 1, name: 'Samenvatting voor het dossier' }).waitFor();
  await banner.waitFor();
  expect(await page.getByText('Oefen: stap 1.').count()).toBeGreaterThan(0);

  // The worked answer shows the user's own answers beside the expert's.
  await visit(page, `/oefenen/${ID}/`);
  await page.getByText('Toon de uitwerking').click();
  expect(await page.getByText(/^Jij: Ja, structureel/).count()).toBe(1);

  await banner.getByRole('button', { name: 'Oefenmodus verlaten' }).click();
  await page.waitForURL(`${base}algemeen/casus/`);
  await banner.waitFor({ state: 'detached' });
  expect(await page.evaluate(() => document.documentElement.dataset.practice)).toBeUndefined();
  await page.getByText('ECHT-7').first().waitFor();
  await visit(page, '/algemeen/stap/1/');
  expect(await page.getByLabel('Aantekeningen bij deze stap').inputValue()).toBe('Echte aantekening die moet blijven.');

  const after = await snapshot(page);
  expect(after).toBe(before);
  // The deep link's page comes from 404.html (its prerender is 'none'), which the console reports.
  expect(errors.filter((e) => !/status of 404/.test(e))).toEqual([]);
  await context.close();
}, 120_000);

test('a deep link to an unknown practice case is not found, with the way to the case list', async () => {
  const { page, context } = await newPage(browser, { serviceWorkers: 'block' });
  await servePractice(context);
  await page.goto(`${inject('baseURL')}oefenen/bestaat-niet/stap/2/`);
  await page.getByRole('heading', { level: 1, name: 'Deze pagina bestaat niet' }).waitFor();
  await page.getByRole('link', { name: 'Naar de oefencasussen' }).click();
  await page.getByRole('link', { name: fixture.index.cases[0]!.title.nl }).waitFor();
  await context.close();
}, 60_000);
