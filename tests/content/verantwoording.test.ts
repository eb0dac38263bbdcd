import { expect, test } from 'vitest';
import { compiledContent } from '../helpers/packs';

test('the build writes packs/verantwoording.json with every pack and route: what the screen shows, nothing more', () => {
  const { files, packs, routes, verantwoording } = compiledContent();
  expect(JSON.parse(files.get('packs/verantwoording.json')!)).toEqual(verantwoording);
  expect(verantwoording.packs.map((p) => p.id)).toEqual(packs.index.map((p) => p.id));
  expect(verantwoording.routes.map((r) => r.id)).toEqual(routes.map((r) => r.id));
  for (const item of [...verantwoording.packs, ...verantwoording.routes]) {
    expect(Object.keys(item).sort()).toEqual(['changelog', 'defaultLocale', 'id', 'review', 'reviewed', 'sources', 'title', 'version']);
    for (const s of item.sources) expect(Object.keys(s).sort()).toEqual(['date', 'title', 'url']);
    expect(item.title.nl && item.title.en, item.id).toBeTruthy();
  }
  const collega = verantwoording.routes.find((r) => r.id === 'collega')!;
  const source = routes.find((r) => r.id === 'collega')!;
  expect(collega).toMatchObject({ version: source.version, reviewed: source.reviewed, review: source.review, title: { nl: source.text.nl.title, en: source.text.en.title } });
  expect(collega.sources.map((s) => s.url)).toEqual(source.sources.map((s) => s.url));
});

test('every pack and route has a changelog entry for its own version', () => {
  for (const item of [...compiledContent().verantwoording.packs, ...compiledContent().verantwoording.routes]) {
    expect(item.changelog[0]?.version, item.id).toBe(item.version);
  }
});
