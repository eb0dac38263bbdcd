import { afterEach, expect, test, vi } from 'vitest';
import { loadPack } from '../../../src/content/load';
import { compiledContent } from '../../helpers/packs';

afterEach(() => vi.unstubAllGlobals());

const files = new Map(compiledContent().packs.localized.map((p) => [`/packs/${p.id}.${p.locale}.json`, p]));

function serve(overrides: Record<string, unknown> = {}) {
  const fetch = vi.fn(async (url: string) => {
    const body = url in overrides ? overrides[url] : files.get(url);
    return body === undefined ? new Response('', { status: 404 }) : new Response(JSON.stringify(body));
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

test('a pack in English gets its sources, review points and changes from the Dutch file', async () => {
  const fetch = serve();
  const en = await loadPack('onderwijs', 'en');
  const nl = files.get('/packs/onderwijs.nl.json')!;
  expect(en.title).not.toBe(nl.title);
  expect([en.sources, en.review, en.changelog]).toEqual([nl.sources, nl.review, nl.changelog]);
  expect(en.sources.length).toBeGreaterThan(0);
  expect(fetch.mock.calls.map(([url]) => url)).toEqual(['/packs/onderwijs.en.json', '/packs/onderwijs.nl.json']);
});

test('the Dutch file alone is enough in Dutch', async () => {
  const fetch = serve();
  expect((await loadPack('onderwijs', 'nl')).sources.length).toBeGreaterThan(0);
  expect(fetch).toHaveBeenCalledTimes(1);
});

test('a default-language file without its sources makes the pack fail to load, not show an empty list', async () => {
  const nl = files.get('/packs/artsen.nl.json')!;
  serve({ '/packs/artsen.nl.json': { ...nl, sources: undefined } });
  await expect(loadPack('artsen', 'en')).rejects.toThrow('its sources are missing');
});
