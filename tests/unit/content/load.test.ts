import { afterEach, expect, test, vi } from 'vitest';
import { loadPack } from '../../../src/content/load';
import { compiledContent } from '../../helpers/packs';

afterEach(() => vi.unstubAllGlobals());

// The files as the build writes them: packs/base.<locale>.json and each pack's changes to it.
const files = new Map([...compiledContent().files].map(([path, text]) => [`/${path}`, JSON.parse(text) as unknown]));
const whole = (id: string, locale: string) => compiledContent().packs.localized.find((p) => p.id === id && p.locale === locale)!;

function serve(overrides: Record<string, unknown> = {}) {
  const fetch = vi.fn(async (url: string) => {
    const body = url in overrides ? overrides[url] : files.get(url);
    return body === undefined ? new Response('', { status: 404 }) : new Response(JSON.stringify(body));
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

test('a pack file holds only its changes: laid over the base file, it is the whole pack again', async () => {
  const fetch = serve();
  for (const id of ['algemeen', 'onderwijs', 'artsen']) expect(await loadPack(id, 'nl'), id).toEqual(whole(id, 'nl'));
  expect(fetch.mock.calls.slice(0, 2).map(([url]) => url)).toEqual(['/packs/algemeen.nl.json', '/packs/base.nl.json']);
  // Much smaller than the whole pack: the national meldcode is precached once.
  expect(JSON.stringify(files.get('/packs/onderwijs.nl.json')).length).toBeLessThan(JSON.stringify(whole('onderwijs', 'nl')).length * 0.75);
});

test('a pack in English gets its sources, review points and changes from its Dutch version', async () => {
  serve();
  const en = await loadPack('onderwijs', 'en');
  const nl = whole('onderwijs', 'nl');
  expect(en.title).toBe(whole('onderwijs', 'en').title);
  expect([en.sources, en.review, en.changelog]).toEqual([nl.sources, nl.review, nl.changelog]);
  expect(en.sources.length).toBeGreaterThan(0);
  expect({ ...en, sources: [], review: [], changelog: [] }).toEqual({ ...whole('onderwijs', 'en'), sources: [], review: [], changelog: [] });
});

test('a changed file that breaks the afwegingskader, or names another pack, is refused', async () => {
  const file = files.get('/packs/artsen.nl.json') as Record<string, unknown>;
  serve({ '/packs/artsen.nl.json': { ...file, kader: { start: 'nergens' } } });
  await expect(loadPack('artsen', 'nl')).rejects.toThrow('not a valid pack');
  serve({ '/packs/artsen.nl.json': { ...file, id: 'onderwijs' } });
  await expect(loadPack('artsen', 'nl')).rejects.toThrow('not a valid pack');
});

test('an English pack whose Dutch version has lost its sources fails to load, not shows an empty list', async () => {
  const base = files.get('/packs/base.nl.json') as Record<string, unknown>;
  const nl = files.get('/packs/algemeen.nl.json') as Record<string, unknown>;
  serve({ '/packs/base.nl.json': { ...base, sources: undefined }, '/packs/algemeen.nl.json': { ...nl, sources: null } });
  await expect(loadPack('algemeen', 'en')).rejects.toThrow('its sources are missing');
});
