import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
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

async function setLock(page: Page) {
  await visit(page, '/gegevens/');
  await page.getByLabel('Nieuwe wachtwoordzin (minstens 10 tekens)').fill(PASS);
  await page.getByLabel('Herhaal de wachtwoordzin').fill(PASS);
  await page.getByRole('button', { name: 'Vergrendeling instellen' }).click();
  await page.getByText('Je casussen zijn nu versleuteld.').waitFor({ timeout: 30_000 });
}

async function createCase(page: Page, label: string) {
  await visit(page, '/algemeen/');
  await page.getByLabel('Korte naam voor de casus').fill(label);
  await page.getByRole('button', { name: 'Casus aanmaken' }).click();
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
  await page.getByLabel('Nee, ik heb het gesprek overgeslagen').check();
  await page.getByLabel('Waarom heb je het gesprek overgeslagen?').fill(m.skip);
  await notes(3);
  await saved(page);
  await visit(page, '/algemeen/stap/4/');
  await notes(4);
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

test('with the lock set before the first case, no text typed into a case reaches the disk in plaintext', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'meldwijzer-profile-'));
  try {
    const m = caseMarkers();
    const context = await launchWithProfile(dir);
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${inject('baseURL')}gegevens/`);
    // The control: a field outside the app, without autocomplete="off", which the browser does
    // save. Finding it on disk proves the scan reads the files where form state goes. It stays on
    // the page through every screen, as the app changes screens without loading a page.
    const control = `Q${m.label.slice(1, 9)}controlZ`;
    await page.evaluate(() => document.body.append(Object.assign(document.createElement('textarea'), { id: 'control' })));
    await page.locator('#control').fill(control);
    await setLock(page);
    await createCase(page, m.label);
    await fillEveryField(page, m);
    // A clean close: the browser writes its session files (tabs, their history and form state).
    await context.close();
    const hits = scanProfile(dir, { ...m, control });
    expect(hits.filter((h) => !h.startsWith('control'))).toEqual([]);
    expect(hits.join()).toMatch(/control \(utf16le\) in Default\/Sessions\//);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 180_000);
