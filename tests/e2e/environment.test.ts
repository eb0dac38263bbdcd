import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { answer, CHROMIUM, launch, newPage, waitUntilOfflineReady } from './browser';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

test('without service worker and storage the walk-through works online, with one line for each', async () => {
  const { page, context, errors } = await newPage(browser);
  await page.addInitScript(() => {
    // An old browser or a locked-down private window: no service worker, storage refuses.
    delete (Navigator.prototype as unknown as { serviceWorker?: unknown }).serviceWorker;
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError'); } });
    Object.defineProperty(window, 'indexedDB', { get: () => undefined });
  });
  await page.goto(`${inject('baseURL')}algemeen/afweging/a1/`);
  await page.getByText('De app werkt hier alleen online.').waitFor();
  await page.getByText('Je taalkeuze wordt niet onthouden.').waitFor();
  await answer(page, 1, /^Nee/);
  await page.getByRole('heading', { name: 'Wat doe je nu?' }).waitFor();
  await page.getByRole('button', { name: /English/ }).click();
  await page.getByRole('heading', { name: 'What do you do now?' }).waitFor();
  expect(errors).toEqual([]);
  await context.close();
});

test('wrong URLs show the not-found page with the way back, never a blank page', async () => {
  const { page, context } = await newPage(browser);
  for (const hash of ['bestaat-niet/', 'algemeen/stap/6/', 'algemeen/afweging/a7/', '%3Cscript%3E/']) {
    await page.goto(inject('baseURL') + hash);
    await page.getByRole('heading', { level: 1, name: 'Deze pagina bestaat niet' }).waitFor();
    await page.getByRole('link', { name: 'Naar het begin' }).click();
    await page.getByRole('heading', { name: 'Kies je beroepsgroep', exact: true }).waitFor();
  }
  await context.close();
});

test('the built page carries the Content-Security-Policy', async () => {
  const html = readFileSync(join(inject('outDir'), 'index.html'), 'utf8');
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
});

test('a full walk-through talks only to the app’s own origin, trips no CSP rule and puts no answers in the URL', async () => {
  const { page, context, errors } = await newPage(browser);
  const base = inject('baseURL');
  const origins = new Set<string>();
  const urls: string[] = [];
  context.on('request', (r) => origins.add(new URL(r.url()).origin));
  page.on('framenavigated', (f) => urls.push(f.url()));
  await page.goto(base);
  await waitUntilOfflineReady(page);
  await page.getByRole('link', { name: /Algemeen/ }).click();
  await page.getByRole('link', { name: 'Direct naar het afwegingskader' }).click();
  await answer(page, 1, /^Ja/);
  await answer(page, 2, /structureel/);
  await page.getByRole('button', { name: /Veilig Thuis/ }).click();
  await answer(page, 3, /^Nee/);
  await page.getByRole('heading', { name: 'Wat doe je nu?' }).waitFor();
  expect([...origins]).toEqual([new URL(base).origin]);
  expect(errors).toEqual([]);
  expect(urls.join(' ')).not.toMatch(/ja|nee|structureel|acuut/);
  await context.close();
});

test('the manifest makes the app installable (persistent profile, as a real user has)', async () => {
  const profile = mkdtempSync(join(tmpdir(), 'meldwijzer-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = await context.newPage();
  await page.goto(inject('baseURL'));
  await waitUntilOfflineReady(page);
  const cdp = await context.newCDPSession(page);
  const manifest = await cdp.send('Page.getAppManifest');
  expect(manifest.errors).toEqual([]);
  const parsed = JSON.parse(manifest.data!);
  expect(parsed).toMatchObject({ lang: 'nl', short_name: 'Meldwijzer', display: 'standalone', theme_color: '#1d3d6b' });
  expect(parsed.icons.map((i: { sizes: string; purpose: string }) => `${i.sizes} ${i.purpose}`)).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  expect(installabilityErrors).toEqual([]);

  // As Chromium read it: addresses resolved against the manifest, inside the app's scope.
  const base = inject('baseURL');
  const read = manifest.manifest;
  expect({ id: read.id, scope: read.scope, startUrl: read.startUrl, launch: chromeEnum(read.launchHandler?.clientMode) }).toEqual({ id: base, scope: base, startUrl: base, launch: 'navigate-existing' });
  expect(parsed.categories).toEqual(['productivity', 'utilities']);
  expect(read.description).toMatch(/meldcode/);
  expect(read.shortcuts?.map((s) => [s.name, s.url])).toEqual([
    ['Nieuwe casus', `${base}algemeen/`],
    ['Afwegingskader', `${base}algemeen/afweging/a1/`],
    ['Gegevens en back-up', `${base}gegevens/`],
  ]);
  expect(read.screenshots?.map((s) => [chromeEnum(s.formFactor), Boolean(s.label)])).toEqual([['narrow', true], ['wide', true]]);
  // Every file the install dialog and the shortcut menu show loads, at the size the manifest
  // states (CDP leaves the shortcuts' icons out, so those come from the file).
  const shortcutIcons = parsed.shortcuts.flatMap((s: { icons: { src: string; sizes: string }[] }) => s.icons.map((i) => ({ url: new URL(i.src, manifest.url).href, sizes: i.sizes })));
  const images = [...(read.screenshots ?? []).map((s) => s.image), ...shortcutIcons];
  expect(images).toHaveLength(5);
  for (const image of images) {
    const response = await context.request.get(image.url);
    expect(response.status(), image.url).toBe(200);
    expect(response.headers()['content-type'], image.url).toBe('image/png');
    expect(pngSize(await response.body()), image.url).toBe(image.sizes);
  }

  // The title bar follows the page in dark mode; the manifest holds the light colour.
  const themeColor = () => page.evaluate(() => [...document.querySelectorAll<HTMLMetaElement>('meta[name="theme-color"]')].find((m) => !m.media || matchMedia(m.media).matches)?.content);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await themeColor()).toBe('#121417');
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await themeColor()).toBe('#1d3d6b');
  await context.close();
  rmSync(profile, { recursive: true, force: true });
});

/** A value as the manifest writes it from Chromium's enum name: kNavigateExisting → navigate-existing. */
function chromeEnum(value: string | undefined): string | undefined {
  return value?.replace(/^k(?=[A-Z])/, '').replace(/(?<=[a-z])(?=[A-Z])/g, '-').toLowerCase();
}

/** Width×height from a PNG's header (IHDR), as a manifest writes sizes. */
function pngSize(png: Buffer): string {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return `${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`;
}
