import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import { answer, launchWithProfile, visit } from './browser';
import { markers, scanProfile } from './profile-scan';

// What Chromium leaves on disk, read the way a thief with the disk would: every file of the
// profile, after a clean close, searched for text that was typed into a case.
const PASS = 'paars huis aan zee';

const FIELDS = ['label', 'notes1', 'advice', 'adviceDate', 'notes2', 'talkDate', 'talk', 'skip', 'notes3', 'notes4', 'meldDate', 'help', 'followUp', 'notes5', 'reason'] as const;

async function saved(page: Page) {
  await page.getByText('Opgeslagen op dit apparaat').waitFor();
}

/** `here`: the page is already on the data screen (see createCase). */
async function setLock(page: Page, { here = false } = {}) {
  if (!here) await visit(page, '/gegevens/');
  await page.getByLabel('Nieuwe wachtwoordzin (minstens 10 tekens)').fill(PASS);
  await page.getByLabel('Herhaal de wachtwoordzin').fill(PASS);
  await page.getByRole('button', { name: 'Vergrendeling instellen' }).click();
  await page.getByText('Je casussen zijn nu versleuteld.').waitFor({ timeout: 30_000 });
}

/** `here`: the page is already on the pack screen. Following a link right after a page load can
 * beat the app's start, and then the browser loads the page instead. */
async function createCase(page: Page, label: string, { here = false } = {}) {
  if (!here) await visit(page, '/algemeen/');
  await page.getByLabel('Korte naam voor de casus').fill(label);
  await page.getByRole('button', { name: 'Casus aanmaken' }).click();
  await page.getByRole('heading', { level: 1, name: 'Overzicht van de casus' }).waitFor();
  await page.getByRole('link', { name: /^Stap 1:/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Signalen in kaart brengen' }).waitFor();
}

/** Types a marker into every field of a case that can hold its text, a date included. */
async function fillEveryField(page: Page, m: Record<(typeof FIELDS)[number], string>) {
  const notes = (n: number) => page.getByLabel('Aantekeningen bij deze stap').fill(m[`notes${n}` as 'notes1']);
  // Dates are case data too; each marker's digits make a date no other field holds.
  const date = (key: 'adviceDate' | 'talkDate' | 'meldDate' | 'followUp') => m[key];
  await visit(page, '/algemeen/stap/1/');
  await notes(1);
  await saved(page);
  await visit(page, '/algemeen/stap/2/');
  await page.getByRole('button', { name: 'Overleg toevoegen' }).click();
  await page.getByLabel('Advies dat je kreeg').fill(m.advice);
  await page.getByLabel('Datum', { exact: true }).fill(date('adviceDate'));
  await notes(2);
  await saved(page);
  await visit(page, '/algemeen/stap/3/');
  await page.getByLabel('Ja, het gesprek is gevoerd').check();
  await page.getByLabel('Datum van het gesprek').fill(date('talkDate'));
  await page.getByLabel('Wat is er gezegd? Hoe reageerde de cliënt?').fill(m.talk);
  await saved(page);
  // Leaving the screen while the conversation notes are on it, as the browser saves a screen's
  // form state when it is left; back again for the other choice, which replaces those notes.
  await visit(page, '/algemeen/stap/4/');
  await notes(4);
  await saved(page);
  await visit(page, '/algemeen/stap/3/');
  await page.getByLabel('Nee, ik heb het gesprek overgeslagen').check();
  await page.getByLabel('Waarom heb je het gesprek overgeslagen?').fill(m.skip);
  await notes(3);
  await saved(page);
  await visit(page, '/algemeen/stap/5/');
  await page.getByRole('group', { name: /Beslissing 1/ }).getByLabel('Ja', { exact: true }).check();
  await page.getByLabel('Datum van de melding').fill(date('meldDate'));
  await page.getByRole('group', { name: /Beslissing 2/ }).getByLabel('Ja', { exact: true }).check();
  await page.getByLabel('Welke hulp, en wie biedt die?').fill(m.help);
  await page.getByLabel('Wanneer weeg je opnieuw?').fill(date('followUp'));
  await notes(5);
  await saved(page);
  await visit(page, '/algemeen/afweging/a1/');
  await answer(page, 1, /^Ja/);
  await answer(page, 2, /^Nee/);
  await answer(page, 3, /^Nee/);
  await page.getByLabel(/in je eigen woorden/).fill(m.reason);
  await saved(page);
}

/** Markers for text fields, and for date fields a date built from the run's random digits. */
function caseMarkers() {
  const m = markers(FIELDS);
  const digits = m.label.replace(/\D/g, '').padEnd(4, '7');
  const day = (n: number) => `2${digits.slice(0, 3)}-0${n}-1${n}`;
  return { ...m, adviceDate: day(1), talkDate: day(2), meldDate: day(3), followUp: day(4) };
}

/** A browser profile on disk for one test. `open` starts a browser on it; `remove` ends the
 * browser if a failed step left it running, then deletes the profile. */
function profile() {
  const dir = mkdtempSync(join(tmpdir(), 'meldwijzer-profile-'));
  let context: BrowserContext | undefined;
  return {
    dir,
    async open() {
      context = await launchWithProfile(dir);
      return { context, page: context.pages()[0] ?? (await context.newPage()) };
    },
    async remove() {
      await context?.close().catch(() => {});
      rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    },
  };
}

test('with the lock set before the first case, no text typed into a case reaches the disk in plaintext', async () => {
  const p = profile();
  try {
    const m = caseMarkers();
    const { context, page } = await p.open();
    await page.goto(`${inject('baseURL')}gegevens/`);
    // The control: a field outside the app, without autocomplete="off", which the browser does
    // save. Finding it on disk proves the scan reads the files where form state goes. It stays on
    // the page through every screen, as the app changes screens without loading a page.
    const { control } = markers(['control']);
    await page.evaluate(() => document.body.append(Object.assign(document.createElement('textarea'), { id: 'control' })));
    await page.locator('#control').fill(control);
    await setLock(page, { here: true });
    await createCase(page, m.label);
    await fillEveryField(page, m);
    // A clean close: the browser writes its session files (tabs, their history and form state).
    await context.close();
    const hits = scanProfile(p.dir, { ...m, control });
    expect(hits.filter((h) => !h.startsWith('control'))).toEqual([]);
    expect(hits.join()).toMatch(/control \(utf16le\) in Default\/Sessions\//);
  } finally {
    await p.remove();
  }
}, 180_000);

test('cases written before the lock was set are on disk until it is set, not after, and open with the passphrase', async () => {
  const p = profile();
  try {
    const m = markers(['label1', 'notes1', 'label2', 'notes2', 'advice2'] as const);
    let { context, page } = await p.open();
    await page.goto(`${inject('baseURL')}algemeen/`);
    await createCase(page, m.label1, { here: true });
    await page.getByLabel('Aantekeningen bij deze stap').fill(m.notes1);
    await saved(page);
    await page.getByRole('button', { name: 'Casus sluiten' }).click();
    await createCase(page, m.label2);
    await page.getByLabel('Aantekeningen bij deze stap').fill(m.notes2);
    await saved(page);
    await visit(page, '/algemeen/stap/2/');
    await page.getByRole('button', { name: 'Overleg toevoegen' }).click();
    await page.getByLabel('Advies dat je kreeg').fill(m.advice2);
    await saved(page);
    await context.close();
    // The control: without a lock the cases are on disk, where the scan can see them.
    expect(scanProfile(p.dir, m).join()).toMatch(/notes1 \(utf16le\) in Default\/[^,]*IndexedDB\//);

    ({ context, page } = await p.open());
    await page.goto(`${inject('baseURL')}gegevens/`);
    await setLock(page, { here: true });
    await context.close();
    expect(scanProfile(p.dir, m)).toEqual([]);

    // Nothing was lost on the way: the next start asks for the passphrase and shows both cases.
    ({ context, page } = await p.open());
    await page.goto(`${inject('baseURL')}`);
    await page.getByLabel('Wachtwoordzin', { exact: true }).fill(PASS);
    await page.getByRole('button', { name: 'Ontgrendelen' }).click();
    await page.getByText(m.label1).first().waitFor();
    await page.getByText(m.label2).first().waitFor();
    await visit(page, '/algemeen/stap/2/');
    expect(await page.getByLabel('Advies dat je kreeg').inputValue()).toBe(m.advice2);
    await context.close();
  } finally {
    await p.remove();
  }
}, 180_000);

test('a device from before storage buckets keeps its cases: they move into the bucket, and the old database goes', async () => {
  const p = profile();
  try {
    const { page } = await p.open();
    // The database as an earlier version left it in the site's IndexedDB, written from a page of the
    // site that runs no app code.
    await page.goto(`${inject('baseURL')}icons/icon.svg`, { waitUntil: 'domcontentloaded' });
    await page.evaluate(() => new Promise<void>((resolve, reject) => {
      const request = indexedDB.open('meldwijzer', 1);
      request.onupgradeneeded = () => {
        request.result.createObjectStore('cases', { keyPath: 'id' }).createIndex('by-updated', 'updatedAt');
        request.result.createObjectStore('settings');
      };
      request.onsuccess = () => {
        const tx = request.result.transaction(['cases', 'settings'], 'readwrite');
        tx.objectStore('cases').put({ id: 'old-1', label: 'OUD-1', packId: 'algemeen', packVersion: '1.0.0', createdAt: '2026-10-01T09:00:00.000Z', updatedAt: '2026-10-02T10:30:00.000Z', status: 'open', steps: { 1: { notes: 'Van voor de buckets.' } } });
        tx.objectStore('settings').put(30, 'idleMinutes');
        tx.oncomplete = () => { request.result.close(); resolve(); };
        tx.onerror = () => reject(tx.error);
      };
      request.onerror = () => reject(request.error);
    }));
    await page.goto(`${inject('baseURL')}`);
    await page.getByText('OUD-1').first().click();
    // The case opens on its overview; going on before it has would race that navigation.
    await page.getByRole('heading', { level: 1, name: 'Overzicht van de casus' }).waitFor();
    await visit(page, '/algemeen/stap/1/');
    expect(await page.getByLabel('Aantekeningen bij deze stap').inputValue()).toBe('Van voor de buckets.');
    const where = await page.evaluate(async () => ({
      site: (await indexedDB.databases()).map((d) => d.name),
      buckets: await (navigator as unknown as { storageBuckets: { keys(): Promise<string[]> } }).storageBuckets.keys(),
    }));
    expect(where).toEqual({ site: [], buckets: ['meldwijzer'] });
  } finally {
    await p.remove();
  }
}, 120_000);
