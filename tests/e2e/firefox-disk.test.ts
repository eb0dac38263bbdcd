import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { expect, inject, test } from 'vitest';
import { followLink } from './follow-link';
import { markers, scanProfile } from './profile-scan';

// What Firefox ESR leaves in its profile, like tests/e2e/disk.test.ts does for Chromium. Firefox
// keeps the state of form fields in its session files (sessionstore-backups/*.jsonlz4, LZ4
// compressed; profile-scan.ts reads through that).
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const PASS = 'firefox wachtwoordzin';

let running: Browser | undefined;

/** Starts Firefox on the profile; `remove` ends it if a failed step left it running. */
async function launch(userDataDir: string) {
  running = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    protocol: 'webDriverBiDi',
    userDataDir,
    // Puppeteer turns off writing the session for crash recovery; a user's Firefox writes it every
    // 15 seconds. Back to the user's setting, and every second, so the test sees what they would.
    extraPrefsFirefox: { 'browser.sessionstore.resume_from_crash': true, 'browser.sessionstore.interval': 1000 },
  });
  return running;
}

async function remove(dir: string) {
  await running?.close().catch(() => {});
  rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
}

const visit = (page: Page, path: string) => page.evaluate(followLink, path);
const saved = (page: Page) => page.locator('::-p-text(Opgeslagen op dit apparaat)').wait();

async function setLock(page: Page) {
  await page.locator('#new-passphrase').fill(PASS);
  await page.locator('#repeat-passphrase').fill(PASS);
  await page.locator('::-p-aria(Vergrendeling instellen)').click();
  await page.locator('::-p-text(Je casussen zijn nu versleuteld.)').setTimeout(30_000).wait();
}

/** `here`: the page is already on the pack screen; a link followed right after a page load can
 * beat the app's start, and then the browser loads the page instead. */
async function createCase(page: Page, label: string, { here = false } = {}) {
  if (!here) await visit(page, '/algemeen/');
  await page.locator('#case-label').fill(label);
  await page.locator('::-p-aria(Casus aanmaken)').click();
  await page.locator('#notes-1').wait();
}

const FIELDS = ['label', 'notes1', 'advice', 'talk', 'skip', 'help', 'reason'] as const;

async function fillTextFields(page: Page, m: Record<(typeof FIELDS)[number], string>) {
  await page.locator('#notes-1').fill(m.notes1);
  await saved(page);
  await visit(page, '/algemeen/stap/2/');
  await page.locator('::-p-aria(Overleg toevoegen)').click();
  await page.locator('textarea[id^="advice-"]').fill(m.advice);
  await saved(page);
  await visit(page, '/algemeen/stap/3/');
  await page.locator('input[name="conversation-held"][value="ja"]').click();
  await page.locator('#conversation-notes').fill(m.talk);
  await saved(page);
  await page.locator('input[name="conversation-held"][value="overgeslagen"]').click();
  await page.locator('#conversation-skip').fill(m.skip);
  await saved(page);
  await visit(page, '/algemeen/stap/5/');
  await page.locator('input[name="hulp"][value="ja"]').click();
  await page.locator('#hulp-what').fill(m.help);
  await saved(page);
  for (const [node, answer] of [['a1', 'ja'], ['a2', 'nee'], ['a3', 'nee']]) {
    await visit(page, `/algemeen/afweging/${node}/`);
    await page.locator(`input[name="answer-${node}"][value="${answer}"]`).click();
    await page.locator('::-p-aria(Volgende)').click();
  }
  await page.locator('#reason-text').fill(m.reason);
  await saved(page);
}

test('Firefox: with the lock set before the first case, no text typed into a case reaches the disk in plaintext', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'meldwijzer-firefox-'));
  try {
    const m = markers(FIELDS);
    const browser = await launch(dir);
    const page = await browser.newPage();
    await page.goto(`${inject('baseURL')}gegevens/`);
    // The control: a field outside the app, without autocomplete="off", which the browser does
    // save. Finding it on disk proves the scan reads the files where form state goes. It stays on
    // the page through every screen, as the app changes screens without loading a page.
    const { control } = markers(['control']);
    await page.evaluate(() => document.body.append(Object.assign(document.createElement('textarea'), { id: 'control' })));
    await page.locator('#control').fill(control);
    await setLock(page);
    await createCase(page, m.label);
    await fillTextFields(page, m);
    // Past one session-store interval, so the running session is on disk too, then a clean quit.
    await new Promise((resolve) => setTimeout(resolve, 2500));
    await browser.close();
    const hits = scanProfile(dir, { ...m, control });
    expect(hits.filter((h) => !h.startsWith('control'))).toEqual([]);
    expect(hits.join()).toMatch(/control \(utf8\) in sessionstore/);
  } finally {
    await remove(dir);
  }
}, 180_000);

// Firefox's IndexedDB (SQLite) already overwrote the old text when the cases were sealed in place,
// before the move existed (this test passed then too). It checks that the move works in Firefox,
// where it deletes and rebuilds the database, and loses nothing.
test('Firefox: cases written before the lock was set are on disk until it is set, and not after', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'meldwijzer-firefox-'));
  try {
    const m = markers(['label', 'notes'] as const);
    let browser = await launch(dir);
    let page = await browser.newPage();
    await page.goto(`${inject('baseURL')}algemeen/`);
    await createCase(page, m.label, { here: true });
    await page.locator('#notes-1').fill(m.notes);
    await saved(page);
    await browser.close();
    // The control: without a lock the notes are on disk, where the scan can see them.
    expect(scanProfile(dir, m).join()).toMatch(/in storage\/default\/[^,]*\/idb\//);

    browser = await launch(dir);
    page = await browser.newPage();
    await page.goto(`${inject('baseURL')}gegevens/`);
    await setLock(page);
    await browser.close();
    expect(scanProfile(dir, m)).toEqual([]);

    // Nothing was lost: the next start asks for the passphrase and opens the case.
    browser = await launch(dir);
    page = await browser.newPage();
    await page.goto(`${inject('baseURL')}algemeen/stap/1/`);
    await page.locator('#unlock-passphrase').fill(PASS);
    await page.locator('::-p-aria(Ontgrendelen)').click();
    await page.locator('#notes-1').wait();
    expect(await page.$eval('#notes-1', (e) => (e as HTMLTextAreaElement).value)).toBe(m.notes);
    await browser.close();
  } finally {
    await remove(dir);
  }
}, 180_000);
