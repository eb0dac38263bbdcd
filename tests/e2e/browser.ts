import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { startServer } from '../bench/static-server.mjs';
import { followLink } from './follow-link';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
}

/** A browser with a profile on disk that outlives it, like a user's, to see what it writes there. */
export async function launchWithProfile(userDataDir: string): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(userDataDir, { executablePath: CHROMIUM, args: FLAGS, viewport: { width: 390, height: 844 } });
  // As in newPage: a test acting on the prerendered page before the app starts would race it.
  context.pages().forEach(waitForAppOnGoto);
  context.on('page', waitForAppOnGoto);
  return context;
}

/** A fresh profile per test, like a new user on a new machine. */
export async function newPage(browser: Browser, options: Parameters<Browser['newContext']>[0] = {}): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, ...options });
  // The prerendered page is on screen before the app has taken it over; a test that acts at once
  // would race it (a click on a prerendered button does nothing yet). A user just clicks again.
  if (options.javaScriptEnabled !== false) context.on('page', waitForAppOnGoto);
  const page = await context.newPage();
  const errors: string[] = [];
  // Content-Security-Policy violations count as errors: the app must not trip its own policy.
  await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`)));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  return { context, page, errors };
}

/** After `goto` (a page load, as typing an address), waits until the app has started on it. */
function waitForAppOnGoto(page: Page) {
  const started = () => page.waitForFunction(() => document.documentElement.dataset.app === 'started', undefined, { timeout: 10_000 }).catch(() => undefined);
  const goto = page.goto.bind(page);
  page.goto = async (url, options) => {
    const response = await goto(url, options);
    if (!options?.waitUntil || options.waitUntil === 'load') await started();
    return response;
  };
  const reload = page.reload.bind(page);
  page.reload = async (options) => {
    const response = await reload(options);
    if (!options?.waitUntil || options.waitUntil === 'load') await started();
    return response;
  };
}

/** Waits until the service worker controls the page and says the app is ready offline. */
export async function waitUntilOfflineReady(page: Page) {
  await page.getByText(/werkt nu ook zonder internet|now works without internet/).waitFor();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** One online visit on its own server, then the server is shut down: from here on there is
 * no network for this origin at all, only what the service worker cached. */
export async function visitThenGoOffline(browser: Browser, path = '') {
  const server = await startServer(inject('outDir'));
  const { context, page, errors } = await newPage(browser);
  await page.goto(server.url + path);
  await waitUntilOfflineReady(page);
  await server.close();
  await context.setOffline(true);
  return { context, page, errors, url: server.url };
}

export async function answer(page: Page, n: number, label: RegExp) {
  await page.getByText(new RegExp(`(Afweging|Question) ${n} (van|of) 5`)).waitFor();
  await page.getByLabel(label).check();
  await page.getByRole('button', { name: /^(Volgende|Next)$/ }).click();
}

/** axe-core over the current screen: WCAG 2.0–2.2 A and AA rules. Returns a readable list. */
export async function axeViolations(page: Page): Promise<string[]> {
  // evaluate, not a script tag: the app's CSP (rightly) refuses inline scripts.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const result = await page.evaluate(async () => {
    // At the top of the page: axe takes the sticky help row for a static one (dequelabs/axe-core#3720)
    // and, scrolled, reports every control that passes under it as overlapped.
    const { scrollX, scrollY } = window;
    window.scrollTo(0, 0);
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const found = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
    window.scrollTo(scrollX, scrollY);
    return found;
  });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

export async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

/** Goes to another screen by following a link inside the app; `page.goto` is typing an address. */
export async function visit(page: Page, path: string) {
  await page.evaluate(followLink, new URL(path, page.url()).pathname);
}
