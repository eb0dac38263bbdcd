import { expect, test } from 'vitest';
import { withAbout } from '../../src/content/assemble';
import { verantwoording } from '../../src/content/verantwoording';
import { compiledContent } from '../helpers/packs';

test('the build lists every special route in packs/routes.json with its titles, for the start screen and the Verantwoording', () => {
  const { files, routes } = compiledContent();
  expect(JSON.parse(files.get('packs/routes.json')!)).toEqual(routes.map((r) => ({ id: r.id, title: { nl: r.text.nl.title, en: r.text.en.title } })));
});

test('the Verantwoording lists every pack and route from their own files, with titles in every language', () => {
  const { packs, routes } = compiledContent();
  for (const locale of ['nl', 'en'] as const) {
    // As loadPack gives them: another language's file takes sources, review points and changes from the default language's.
    const loaded = packs.localized.filter((p) => p.locale === locale).map((p) => (p.aboutIn ? withAbout(p, packs.localized.find((d) => d.id === p.id && d.locale === p.aboutIn)!) : p));
    const all = verantwoording(packs.index, loaded, routes);
    expect(all.packs.map((p) => p.id)).toEqual(packs.index.map((p) => p.id));
    expect(all.routes.map((r) => r.id)).toEqual(routes.map((r) => r.id));
    for (const item of [...all.packs, ...all.routes]) {
      expect(item.title.nl && item.title.en, item.id).toBeTruthy();
      expect(item.sources.length, item.id).toBeGreaterThan(0);
    }
    const collega = all.routes.find((r) => r.id === 'collega')!;
    const source = routes.find((r) => r.id === 'collega')!;
    expect(collega).toMatchObject({ version: source.version, reviewed: source.reviewed, review: source.review, changelog: source.changelog, title: { nl: source.text.nl.title, en: source.text.en.title } });
  }
});

test('every pack and route has a changelog entry for its own version', () => {
  const { packs, routes } = compiledContent();
  for (const item of [...packs.localized.filter((p) => !p.aboutIn), ...routes]) expect(item.changelog[0]?.version, item.id).toBe(item.version);
});

test('sources, review points and changes are precached once per pack: in the default language\'s file, which the others point to', () => {
  const { packs } = compiledContent();
  for (const p of packs.localized) {
    if (p.locale === p.defaultLocale) expect(p.aboutIn, p.id).toBeUndefined();
    else expect([p.aboutIn, p.sources, p.review, p.changelog], `${p.id}.${p.locale}`).toEqual([p.defaultLocale, [], [], []]);
  }
});
