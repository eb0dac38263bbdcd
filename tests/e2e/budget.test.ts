import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject, expect, test } from 'vitest';
import { BUDGET, measureSizes, precacheEntries } from '../bench/sizes.mjs';

// Sizes are properties of the build, not timings: a blown budget fails CI.
test('initial JavaScript stays within 35 KB gzipped', () => {
  const sizes = measureSizes(inject('outDir'));
  expect(sizes.initialScripts.length).toBeGreaterThan(0);
  expect(sizes.initialJsGzip).toBeLessThanOrEqual(BUDGET.initialJsGzip);
});

// The start screen needs no walk: the afwegingskader engine (about 1.5 KB gzipped with the
// walk and case edits around it) loads with the pack screens.
test('the afwegingskader engine is not in the initial JavaScript', () => {
  const outDir = inject('outDir');
  const initial = measureSizes(outDir).initialScripts.map((s) => readFileSync(join(outDir, s), 'utf8')).join('\n');
  expect(initial).toContain('tel:112'); // the help bar: these are the scripts of the start screen
  expect(initial).not.toContain('does not fit the kader'); // engine.ts, position()
});

test('the app itself (code, styles, pages, icons) keeps the precache within 540 KB', () => {
  const sizes = measureSizes(inject('outDir'));
  expect(sizes.appPrecacheBytes).toBeGreaterThan(100 * 1024); // it did measure the app
  expect(sizes.appPrecacheBytes).toBeLessThanOrEqual(BUDGET.appPrecacheBytes);
});

test('all packs and routes together stay within their budget: 150 KB gzipped over what there was before the branch packs', () => {
  const sizes = measureSizes(inject('outDir'));
  expect(sizes.contentPrecacheGzip).toBeGreaterThan(10 * 1024); // Algemeen in two languages at least
  expect(sizes.contentPrecacheGzip).toBeLessThanOrEqual(BUDGET.contentPrecacheGzip);
});

test('the Veilig Thuis directory adds at most 30 KB gzipped; the national lines and regional sociale kaarten at most 30 KB together', () => {
  const sizes = measureSizes(inject('outDir'));
  expect(sizes.directoryGzip).toBeGreaterThan(1024); // 342 gemeenten and 25 regions
  expect(sizes.directoryGzip).toBeLessThanOrEqual(BUDGET.directoryGzip);
  expect(sizes.localContentGzip).toBeGreaterThan(1024);
  expect(sizes.localContentGzip).toBeLessThanOrEqual(BUDGET.localContentGzip);
});

test('the search index of each language is at most 60 KB gzipped', () => {
  const sizes = measureSizes(inject('outDir'));
  expect(precacheEntries(inject('outDir'))).toEqual(expect.arrayContaining(['packs/search.nl.json', 'packs/search.en.json']));
  expect(sizes.searchIndexGzip).toBeGreaterThan(10 * 1024); // every pack, route, line, region, gemeente and practice case
  expect(sizes.searchIndexGzip).toBeLessThanOrEqual(BUDGET.searchIndexGzip);
});

test('the explainers and conversation exercises add at most 30 KB gzipped to the precache', () => {
  const sizes = measureSizes(inject('outDir'));
  expect(sizes.trainingExtrasGzip).toBeGreaterThan(1024); // five explainers, three conversations
  expect(sizes.trainingExtrasGzip).toBeLessThanOrEqual(BUDGET.trainingExtrasGzip);
});

test('the practice cases with their index add at most 60 KB gzipped to the precache', () => {
  const outDir = inject('outDir');
  const sizes = measureSizes(outDir);
  expect(precacheEntries(outDir)).toContain('packs/practice.json'); // it did measure them (the index is there even without cases)
  expect(sizes.practiceGzip).toBeGreaterThan(0);
  expect(sizes.practiceGzip).toBeLessThanOrEqual(BUDGET.practiceGzip);
});

test('the precache holds the app shell, every content pack in every language and each pack\'s own page, and nothing else', () => {
  const outDir = inject('outDir');
  const entries = precacheEntries(outDir);
  expect(entries).toEqual(expect.arrayContaining(['index.html', 'shell.html', 'packs/index.json', 'packs/base.nl.json', 'packs/base.en.json', 'packs/algemeen.nl.json', 'packs/algemeen.en.json', 'packs/routes/collega.json', 'packs/routes.json', 'packs/veilig-thuis.json', 'packs/lines.json', 'packs/regions.json', 'packs/regions/hollands-midden.json', 'manifest.webmanifest']));
  // The prerendered pages are for first visits; offline every address gets the shell, except each
  // pack's own page, so a pack opens with its title at once.
  const packs = (JSON.parse(readFileSync(join(outDir, 'packs/index.json'), 'utf8')) as { id: string }[]).map((p) => `${p.id}/index.html`);
  expect(entries.filter((e) => e.endsWith('/index.html') || e === '404.html').sort()).toEqual(packs.sort());
  for (const page of packs) expect(readFileSync(join(outDir, page), 'utf8'), page).toContain('<h1');
  for (const entry of entries) expect(entry).toMatch(/^(index\.html|shell\.html|[a-z0-9-]+\/index\.html|manifest\.webmanifest|packs\/((routes|regions|practice|explainers|conversations)\/)?[a-z0-9-]+(\.[a-z]{2})?\.json|assets\/[\w.-]+\.(js|css)|icons\/[\w.-]+\.(png|svg)|workbox-[\w]+\.js|registerSW\.js)$/);
});

// The 512 px icons are left out of the precache (install dialog and home screen only), but the
// manifest still lists them and the build still ships them: installing still finds every icon.
test('every icon the manifest lists is in the build; the icons the pages use are precached', () => {
  const outDir = inject('outDir');
  const manifest = JSON.parse(readFileSync(join(outDir, 'manifest.webmanifest'), 'utf8')) as { icons: { src: string }[] };
  expect(manifest.icons.map((i) => i.src)).toEqual(expect.arrayContaining(['icons/icon-192.png', 'icons/icon-512.png', 'icons/icon-maskable-512.png']));
  for (const icon of manifest.icons) expect(existsSync(join(outDir, icon.src)), icon.src).toBe(true);
  expect(precacheEntries(outDir)).toEqual(expect.arrayContaining(['icons/icon.svg', 'icons/icon-192.png']));
});

// The plugin adds the manifest's icons and the manifest itself on top of the glob: each was in
// the precache twice, downloaded twice on install.
test('no address is precached twice', () => {
  const entries = precacheEntries(inject('outDir'));
  expect(entries.filter((e, i) => entries.indexOf(e) !== i)).toEqual([]);
});
