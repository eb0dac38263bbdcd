import { afterEach, expect, test, vi } from 'vitest';
import { changesSince, isNewer, whatsNew } from '../../../src/app/whats-new';

afterEach(() => vi.unstubAllGlobals());

test('versions compare by number, not as text', () => {
  expect(isNewer('1.10.0', '1.9.0')).toBe(true);
  expect(isNewer('2.0.0', '1.99.99')).toBe(true);
  expect(isNewer('1.1.0', '1.1.0')).toBe(false);
  expect(isNewer('1.0.9', '1.1.0')).toBe(false);
});

const pack = (version: string) => ({
  id: 'algemeen', title: 'Algemeen', version, defaultLocale: 'nl' as const,
  changelog: [
    { version: '1.2.0', date: '2026-12-02', changes: ['Twee.'] },
    { version: '1.1.0', date: '2026-12-01', changes: ['Een.'] },
    { version: '1.0.0', date: '2026-11-23', changes: ['Eerste versie.'] },
  ].filter((e) => !isNewer(e.version, version)),
});

test('only the entries newer than the version the user had, newest first', () => {
  expect(changesSince(pack('1.2.0'), '1.0.0')).toEqual({ title: 'Algemeen', version: '1.2.0', lang: 'nl', changes: ['Twee.', 'Een.'] });
  expect(changesSince(pack('1.2.0'), '1.2.0')).toBeNull();
});

/** The precache as Workbox keeps it while a new version waits: old and new revision side by side. */
function stubCaches(files: Record<string, unknown>) {
  const requests = Object.keys(files).map((url) => new Request(url));
  const cache = { keys: async () => requests, match: async (r: Request) => new Response(JSON.stringify(files[r.url])) };
  vi.stubGlobal('caches', { keys: async () => ['workbox-precache-v2-https://x/', 'other'], open: async () => cache });
}

const INDEX = [{ id: 'algemeen', version: '1.1.0', beroepsgroep: 'algemeen', locales: ['nl', 'en'], title: { nl: 'Algemeen', en: 'General' }, description: { nl: '', en: '' } }] as never;

test('the waiting version\'s pack is found in the precache beside the running one; other languages and unchanged packs give nothing', async () => {
  stubCaches({
    'https://x/packs/algemeen.nl.json?__WB_REVISION__=old': pack('1.1.0'),
    'https://x/packs/algemeen.nl.json?__WB_REVISION__=new': pack('1.2.0'),
    // Another language's file has no changelog of its own (it is in the default language's file).
    'https://x/packs/algemeen.en.json?__WB_REVISION__=new': { ...pack('1.2.0'), title: 'General', changelog: [], aboutIn: 'nl' },
  });
  expect(await whatsNew(INDEX, 'nl')).toEqual([{ title: 'Algemeen', version: '1.2.0', lang: 'nl', changes: ['Twee.'] }]);
  // In English: the same changes (written in Dutch, said as Dutch), under the pack's English name.
  expect(await whatsNew(INDEX, 'en')).toEqual([{ title: 'General', version: '1.2.0', lang: 'nl', changes: ['Twee.'] }]);
  stubCaches({ 'https://x/packs/algemeen.nl.json?__WB_REVISION__=old': pack('1.1.0') });
  expect(await whatsNew(INDEX, 'nl')).toEqual([]);
});
