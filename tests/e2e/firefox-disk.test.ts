import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { button, click, fill, follow, open, text, value } from './actions';
import { startEngine, type Browser, type Engine } from './engines';
import { markers, scanProfile } from './profile-scan';

// What Firefox ESR leaves in its profile, like tests/e2e/disk.test.ts does for Chromium. Firefox
// keeps the state of form fields in its session files (sessionstore-backups/*.jsonlz4, LZ4
// compressed; profile-scan.ts reads through that).
const PASS = 'firefox wachtwoordzin';

let firefox: Engine;
let running: Browser | undefined;
beforeAll(async () => { firefox = await startEngine('firefox'); }, 60_000);
afterAll(async () => { await firefox?.close(); });

/** Starts Firefox on the profile, and quits it the way a user does (its files written); `remove`
 * ends it if a failed step left it running. */
async function launch(profile: string) {
  running = await firefox.newSession({
    'moz:firefoxOptions': {
      args: ['-profile', profile],
      // WebDriver turns off writing the session for crash recovery; a user's Firefox writes it
      // every 15 seconds. Back to the user's setting, and every second, so the test sees what they would.
      prefs: { 'browser.sessionstore.resume_from_crash': true, 'browser.sessionstore.interval': 1000 },
    },
  });
  return running;
}

async function quit(b: Browser) {
  await b.deleteSession();
  running = undefined;
}

async function remove(dir: string) {
  await running?.deleteSession().catch(() => {});
  running = undefined;
  rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
}

const visit = follow;
const saved = (page: Browser) => text(page, 'Opgeslagen op dit apparaat');

async function setLock(page: Browser) {
  await fill(page, '#new-passphrase', PASS);
  await fill(page, '#repeat-passphrase', PASS);
  await button(page, 'Vergrendeling instellen');
  await text(page, 'Je casussen zijn nu versleuteld.', 30_000);
}

/** `here`: the page is already on the pack screen; a link followed right after a page load can
 * beat the app's start, and then the browser loads the page instead. */
async function createCase(page: Browser, label: string, { here = false } = {}) {
  if (!here) await visit(page, '/algemeen/');
  await fill(page, '#case-label', label);
  await button(page, 'Casus aanmaken');
  await click(page, '//a[starts-with(normalize-space(), "Stap 1:")]');
  await page.$('#notes-1').waitForExist();
}

const FIELDS = ['label', 'notes1', 'advice', 'talk', 'skip', 'help', 'reason'] as const;

async function fillTextFields(page: Browser, m: Record<(typeof FIELDS)[number], string>) {
  await fill(page, '#notes-1', m.notes1);
  await saved(page);
  await visit(page, '/algemeen/stap/2/');
  await button(page, 'Overleg toevoegen');
  await fill(page, 'textarea[id^="advice-"]', m.advice);
  await saved(page);
  await visit(page, '/algemeen/stap/3/');
  await click(page, 'input[name="conversation-held"][value="ja"]');
  await fill(page, '#conversation-notes', m.talk);
  await saved(page);
  await click(page, 'input[name="conversation-held"][value="overgeslagen"]');
  await fill(page, '#conversation-skip', m.skip);
  await saved(page);
  await visit(page, '/algemeen/stap/5/');
  await click(page, 'input[name="hulp"][value="ja"]');
  await fill(page, '#hulp-what', m.help);
  await saved(page);
  for (const [node, answer] of [['a1', 'ja'], ['a2', 'nee'], ['a3', 'nee']]) {
    await visit(page, `/algemeen/afweging/${node}/`);
    await click(page, `input[name="answer-${node}"][value="${answer}"]`);
    await button(page, 'Volgende');
  }
  await fill(page, '#reason-text', m.reason);
  await saved(page);
}

test('Firefox: with the lock set before the first case, no text typed into a case reaches the disk in plaintext', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'meldwijzer-firefox-'));
  try {
    const m = markers(FIELDS);
    const page = await launch(dir);
    await open(page, `${inject('baseURL')}gegevens/`);
    // The control: a field outside the app, without autocomplete="off", which the browser does
    // save. Finding it on disk proves the scan reads the files where form state goes. It stays on
    // the page through every screen, as the app changes screens without loading a page.
    const { control } = markers(['control']);
    await page.execute(() => document.body.append(Object.assign(document.createElement('textarea'), { id: 'control' })));
    await fill(page, '#control', control);
    await setLock(page);
    await createCase(page, m.label);
    await fillTextFields(page, m);
    // Past one session-store interval, so the running session is on disk too, then a clean quit.
    await new Promise((resolve) => setTimeout(resolve, 2500));
    await quit(page);
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
    let page = await launch(dir);
    await open(page, `${inject('baseURL')}algemeen/`);
    await createCase(page, m.label, { here: true });
    await fill(page, '#notes-1', m.notes);
    await saved(page);
    await quit(page);
    // The control: without a lock the notes are on disk, where the scan can see them.
    expect(scanProfile(dir, m).join()).toMatch(/in storage\/default\/[^,]*\/idb\//);

    page = await launch(dir);
    await open(page, `${inject('baseURL')}gegevens/`);
    await setLock(page);
    await quit(page);
    expect(scanProfile(dir, m)).toEqual([]);

    // Nothing was lost: the next start asks for the passphrase and opens the case.
    page = await launch(dir);
    await open(page, `${inject('baseURL')}algemeen/stap/1/`);
    await fill(page, '#unlock-passphrase', PASS);
    await button(page, 'Ontgrendelen');
    expect(await value(page, '#notes-1')).toBe(m.notes);
    await quit(page);
  } finally {
    await remove(dir);
  }
}, 180_000);
