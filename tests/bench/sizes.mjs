// Size measurements of a production build, shared by `npm run bench` and the budget test.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const BUDGET = { initialJsGzip: 35 * 1024, precacheBytes: 400 * 1024 };

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
  return {
    initialScripts: scripts,
    initialJsGzip: scripts.reduce((sum, s) => sum + gz(join(dist, s)), 0),
    precacheCount: precache.length,
    precacheBytes: precache.reduce((sum, u) => sum + statSync(join(dist, u)).size, 0),
    precacheGzip: precache.reduce((sum, u) => sum + gz(join(dist, u)), 0),
  };
}
