// Size measurements of a production build, shared by `npm run bench` and the budget test.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

// The precache had one budget (issue 3: 400 KB) while there was one pack. Content now has its own
// (issue 14: all packs and routes add at most 150 KB gzipped to the 25 KB of Algemeen and the
// colleague route before it; each pack's own page counts as content too), so the 400 KB holds for
// the app itself: code, styles, the shell page, icons.
// Issue 15 adds the Veilig Thuis directory (its own budget: at most 30 KB gzipped), the national
// lines and the five regional sociale kaarten (ours: at most 30 KB gzipped together), and the code
// and strings of five screens (finder, call sheet, lines, region, organisation: 83 KB, 26 KB
// gzipped), for which the app's own budget went from 400 to 450 KB.
// Issue 16 adds training mode's practice cases: at most 60 KB gzipped for all of them with their
// index (packs/practice.json, packs/practice/<id>.json), apart from the packs and routes; its
// explainers and conversation exercises at most 30 KB gzipped (ours); and the code and strings of
// oefenmodus, the presenter view, explainers and the conversation exercise, for which the app's
// own budget went from 450 to 500 KB.
// Issue 17 adds the search index (at most 60 KB gzipped per language, packs/search.<locale>.json)
// and the search screen with MiniSearch (30 KB), for which the app's own budget went to 540 KB.
export const BUDGET = { initialJsGzip: 35 * 1024, appPrecacheBytes: 540 * 1024, searchIndexGzip: 60 * 1024, contentPrecacheGzip: (25 + 150) * 1024, directoryGzip: 30 * 1024, localContentGzip: 30 * 1024, practiceGzip: 60 * 1024, trainingExtrasGzip: 30 * 1024 };

const isDirectory = (url) => url === 'packs/veilig-thuis.json';
const isLocalContent = (url) => url === 'packs/lines.json' || url === 'packs/regions.json' || url.startsWith('packs/regions/');
const isPractice = (url) => url === 'packs/practice.json' || url.startsWith('packs/practice/');
const isSearchIndex = (url) => /^packs\/search\.[a-z]{2}\.json$/.test(url);
const isTrainingExtra = (url) => /^packs\/(explainers|conversations)(\.json|\/)/.test(url);

/** Content the service worker keeps: every pack and route (packs/...), and each pack's own page
 * (<pack>/index.html: precached so a pack opens offline with its title at once). */
const contentOf = (dist) => {
  const packs = JSON.parse(readFileSync(join(dist, 'packs/index.json'), 'utf8')).map((p) => `${p.id}/index.html`);
  return (url) => (url.startsWith('packs/') && !isDirectory(url) && !isLocalContent(url) && !isPractice(url) && !isTrainingExtra(url) && !isSearchIndex(url)) || packs.includes(url);
};

const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

/** Entry script plus every modulepreload that index.html asks for before the app can run. */
export function initialScripts(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const srcs = [...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g), ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)].map((m) => m[1].replace(/^\.?\//, ''));
  return [...new Set(srcs)];
}

/** The URLs the service worker precaches, read from the generated sw.js. */
export function precacheEntries(dist) {
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  return [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => String(m[1]));
}

export function measureSizes(dist) {
  const scripts = initialScripts(dist);
  const precache = precacheEntries(dist);
  const isContent = contentOf(dist);
  return {
    initialScripts: scripts,
    initialJsGzip: scripts.reduce((sum, s) => sum + gz(join(dist, s)), 0),
    precacheCount: precache.length,
    precacheBytes: precache.reduce((sum, u) => sum + statSync(join(dist, u)).size, 0),
    precacheGzip: precache.reduce((sum, u) => sum + gz(join(dist, u)), 0),
    appPrecacheBytes: precache.filter((u) => !isContent(u) && !u.startsWith('packs/')).reduce((sum, u) => sum + statSync(join(dist, u)).size, 0),
    contentPrecacheGzip: precache.filter(isContent).reduce((sum, u) => sum + gz(join(dist, u)), 0),
    directoryGzip: precache.filter(isDirectory).reduce((sum, u) => sum + gz(join(dist, u)), 0),
    localContentGzip: precache.filter(isLocalContent).reduce((sum, u) => sum + gz(join(dist, u)), 0),
    /** The largest language's search index: each is loaded alone, in the user's language. */
    searchIndexGzip: Math.max(0, ...precache.filter(isSearchIndex).map((u) => gz(join(dist, u)))),
    trainingExtrasGzip: precache.filter(isTrainingExtra).reduce((sum, u) => sum + gz(join(dist, u)), 0),
    practiceGzip: precache.filter(isPractice).reduce((sum, u) => sum + gz(join(dist, u)), 0),
  };
}
