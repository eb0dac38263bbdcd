import { expect, test } from 'vitest';
import { fillTemplate, pages } from '../../../src/prerender/plugin';
import { compiledContent } from '../../helpers/packs';

test('every address gets a page; only what a new visitor sees the same everywhere is prerendered', () => {
  const { packs, routes, regions, practice } = compiledContent();
  const all = pages(packs.index, packs.localized.filter((p) => p.locale === 'nl'), routes, { regions: regions.map((r) => r.id), practice: practice.cases.map((c) => c.id), explainers: practice.index.explainers.map((e) => e.id), conversations: practice.index.conversations.map((c) => c.id) });
  const named = (prerender: boolean) => all.filter((p) => p.prerender === prerender).map((p) => p.route);
  expect(named(true)).toEqual(expect.arrayContaining([
    { name: 'start' }, { name: 'data' }, { name: 'verantwoording' }, { name: 'pack', pack: 'algemeen' }, { name: 'route', route: 'collega' },
    { name: 'step', pack: 'algemeen', step: 5 }, { name: 'kader', pack: 'algemeen', node: 'a1' }, { name: 'kader', pack: 'algemeen', node: 'a5' },
    // Only its frame: the case and its tasks come with the session (the component test checks that).
    { name: 'case', pack: 'algemeen' },
    // Whom to call: the frame of each screen (title, intro, 0800-2000); the data loads after.
    { name: 'veiligThuis' }, { name: 'lines' }, { name: 'organisation' },
  ]));
  // The user's own walk and case are never baked into a page.
  expect(named(false)).toEqual(expect.arrayContaining([
    { name: 'outcome', pack: 'algemeen' }, { name: 'answers', pack: 'algemeen' }, { name: 'summary', pack: 'algemeen' },
    { name: 'kader', pack: 'algemeen', node: 'tussenstap' },
    // A region's kaart and the call sheet come with their data; the address still has its page.
    { name: 'region', region: 'hollands-midden' }, { name: 'call', pack: 'algemeen' },
  ]));
  expect(named(true).some((r) => r.name === 'outcome' || r.name === 'summary')).toBe(false);
});

test('a screen replaces what the template shows inside #app, and its title', () => {
  const template = '<html><head><title>Meldwijzer</title></head><body>\n<div id="app">\n<p>laden</p>\n</div>\n</body></html>';
  expect(fillTemplate(template, '<h1>Stap 2</h1>', 'Stap 2 — Meldwijzer')).toBe('<html><head><title>Stap 2 — Meldwijzer</title></head><body>\n<div id="app"><h1>Stap 2</h1></div>\n</body></html>');
  expect(() => fillTemplate('<html><body></body></html>', '<h1>x</h1>', 'x')).toThrow('no <div id="app">');
});
