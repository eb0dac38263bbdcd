import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, expect, inject, test } from 'vitest';
import { CHROMIUM, FLAGS, visit } from './browser';

// Typing must survive a crash: steady typing is saved at least about every second, so killing
// the browser (SIGKILL, nothing gets to run) loses at most the last second of typing.
const CHAR_MS = 160; // about 6 characters a second
const PASS = 'een lange wachtwoordzin';
const profiles: string[] = [];
afterAll(() => { for (const p of profiles) rmSync(p, { recursive: true, force: true }); });

/** A random number generator with a fixed seed: the same 'random' moments on every run. */
function seeded(seed: number) {
  return () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

async function startChromium(profile: string): Promise<{ child: ChildProcess; browser: Browser; page: Page }> {
  const portFile = join(profile, 'DevToolsActivePort');
  rmSync(portFile, { force: true });
  const child = spawn(CHROMIUM, [...FLAGS, `--user-data-dir=${profile}`, '--remote-debugging-port=0', 'about:blank'], { stdio: 'ignore', detached: true });
  const deadline = Date.now() + 20_000;
  while (!existsSync(portFile) || readFileSync(portFile, 'utf8').split('\n').length < 2) {
    if (Date.now() > deadline) throw new Error('Chromium did not start');
    await new Promise((ok) => setTimeout(ok, 50));
  }
  const port = readFileSync(portFile, 'utf8').split('\n')[0];
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  const context = browser.contexts()[0]!;
  const page = context.pages()[0] ?? (await context.newPage());
  return { child, browser, page };
}

async function killHard(child: ChildProcess) {
  const exited = new Promise((ok) => child.once('exit', ok));
  process.kill(-child.pid!, 'SIGKILL'); // the whole process group: nothing of the browser runs on
  await exited;
}

const notes = (page: Page) => page.getByLabel('Aantekeningen bij deze stap');

/** Opens step 1 of the case, unlocking first when a lock is set. Which case was open is kept in
 * localStorage, which a killed browser may not have written yet: then open it from the list. */
async function openStep1(page: Page, locked: boolean) {
  await page.goto(inject('baseURL'));
  if (locked) {
    await page.getByLabel('Wachtwoordzin', { exact: true }).fill(PASS);
    await page.getByRole('button', { name: 'Ontgrendelen' }).click();
  }
  const fromList = page.getByRole('button', { name: /^CRASH\s*,/ });
  await fromList.waitFor();
  if (await page.getByRole('region', { name: 'Open casus' }).count()) await visit(page, '/algemeen/stap/1/');
  else {
    await fromList.click();
    // A case opens on its overview.
    await page.getByRole('heading', { level: 1, name: 'Overzicht van de casus' }).waitFor();
    await page.getByRole('link', { name: /^Stap 1:/ }).click();
  }
  await page.getByRole('heading', { level: 1, name: 'Signalen in kaart brengen' }).waitFor();
  await notes(page).waitFor();
}

/** Types at a steady pace until `ms` have passed; returns when each character was typed. */
async function typeFor(page: Page, ms: number, round: number): Promise<number[]> {
  const times: number[] = [];
  const end = Date.now() + ms;
  for (let i = 0; Date.now() < end; i++) {
    await page.keyboard.type(String.fromCharCode(97 + ((i + round) % 26)));
    times.push(Date.now());
    await page.waitForTimeout(CHAR_MS);
  }
  return times;
}

async function setUp(profile: string, locked: boolean) {
  const { child, browser, page } = await startChromium(profile);
  await page.goto(`${inject('baseURL')}algemeen/`);
  await page.getByLabel('Korte naam voor de casus').fill('CRASH');
  await page.getByRole('button', { name: 'Casus aanmaken' }).click();
  await page.getByRole('heading', { level: 1, name: 'Overzicht van de casus' }).waitFor();
  await page.getByRole('link', { name: /^Stap 1:/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Signalen in kaart brengen' }).waitFor();
  if (locked) {
    await page.getByRole('link', { name: 'Beveiligen met een wachtwoordzin' }).click();
    await page.getByLabel('Nieuwe wachtwoordzin (minstens 10 tekens)').fill(PASS);
    await page.getByLabel('Herhaal de wachtwoordzin').fill(PASS);
    await page.getByRole('button', { name: 'Vergrendeling instellen' }).click();
    await page.getByText('Je casussen zijn nu versleuteld.').waitFor();
  }
  await browser.close().catch(() => undefined);
  await killHard(child);
}

test.each([['without a lock', false], ['with the lock set', true]] as const)(
  'killing the browser at 8 random moments while typing loses at most the last second each time (%s)',
  async (_name, locked) => {
    const profile = mkdtempSync(join(tmpdir(), 'meldwijzer-crash-'));
    profiles.push(profile);
    await setUp(profile, locked);
    const random = seeded(locked ? 7 : 3);
    let expected = '';
    let typedAt: number[] = [];
    let killedAt = 0;
    const losses: number[] = [];
    for (let round = 0; round <= 8; round++) {
      const { child, browser, page } = await startChromium(profile);
      await openStep1(page, locked);
      const stored = await notes(page).inputValue();
      if (round > 0) {
        // What reopened is what was typed, minus at most the characters of the last second.
        expect(expected.startsWith(stored), `round ${round}: "${stored}" is not what was typed`).toBe(true);
        const lost = expected.length - stored.length;
        const allowed = typedAt.filter((t) => t > killedAt - 1000).length;
        losses.push(lost);
        expect(lost, `round ${round}: lost ${lost} characters, the last second held ${allowed}`).toBeLessThanOrEqual(allowed);
      }
      if (round === 8) {
        await browser.close().catch(() => undefined);
        await killHard(child);
        break;
      }
      await notes(page).click();
      await page.keyboard.press('End');
      typedAt = await typeFor(page, 1200 + random() * 2300, round);
      expected = await notes(page).inputValue();
      killedAt = Date.now();
      await killHard(child);
    }
    expect(losses).toHaveLength(8);
  },
  240_000,
);

test('closing the tab at 8 random moments while typing loses at most the last second each time', async () => {
  const profile = mkdtempSync(join(tmpdir(), 'meldwijzer-close-'));
  profiles.push(profile);
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: FLAGS });
  let page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${inject('baseURL')}algemeen/`);
  await page.getByLabel('Korte naam voor de casus').fill('CRASH');
  await page.getByRole('button', { name: 'Casus aanmaken' }).click();
  await page.getByRole('heading', { level: 1, name: 'Overzicht van de casus' }).waitFor();
  await page.getByRole('link', { name: /^Stap 1:/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Signalen in kaart brengen' }).waitFor();
  const random = seeded(11);
  for (let round = 0; round < 8; round++) {
    await notes(page).click();
    await page.keyboard.press('End');
    const typedAt = await typeFor(page, 1200 + random() * 2300, round);
    const expected = await notes(page).inputValue();
    const closedAt = Date.now();
    await page.close(); // fires pagehide, as closing a tab does
    page = await context.newPage();
    await openStep1(page, false);
    const stored = await notes(page).inputValue();
    expect(expected.startsWith(stored), `round ${round}: "${stored}" is not what was typed`).toBe(true);
    const allowed = typedAt.filter((t) => t > closedAt - 1000).length;
    expect(expected.length - stored.length, `round ${round}`).toBeLessThanOrEqual(allowed);
  }
  await context.close();
}, 120_000);
