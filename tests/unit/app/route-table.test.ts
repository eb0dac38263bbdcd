import { expect, test } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compilePacks } from '../../../src/content/collections';
import { pages, PRERENDER } from '../../../src/prerender/plugin';
import { href, parseRoute, routeOf, routePath, ROUTES, type Route, type RouteName } from '../../../src/routes';
import type { StepNumber } from '../../../src/content/schema';
import { compiledContent } from '../../helpers/packs';

// The route table (src/routes.ts) is the one list of addresses. These tests are written against
// the table itself, so a route added there is checked here without touching this file, and a
// route added anywhere else but not there fails.

const names = Object.keys(ROUTES) as RouteName[];

// The Route union is derived from the table's paths; this pins what it derives (checked by tsgo).
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends (<T>() => T extends B ? 1 : 2) ? true : false;
const derived: Same<Route,
  | { name: 'start' } | { name: 'data' } | { name: 'about' } | { name: 'privacy' } | { name: 'accessibility' } | { name: 'verantwoording' } | { name: 'notFound' } | { name: 'route'; route: string }
  | { name: 'pack'; pack: string } | { name: 'step'; pack: string; step: StepNumber } | { name: 'kader'; pack: string; node: string }
  | { name: 'answers'; pack: string } | { name: 'outcome'; pack: string } | { name: 'summary'; pack: string }
  | { name: 'case'; pack: string } | { name: 'packRoute'; pack: string; route: string } | { name: 'call'; pack: string }
  | { name: 'veiligThuis' } | { name: 'lines' } | { name: 'organisation' } | { name: 'region'; region: string }
  | { name: 'search' } | { name: 'practiceList' } | { name: 'explainer'; explainer: string } | { name: 'conversation'; conversation: string }
  | { name: 'practiceCase'; practice: string } | { name: 'presenter'; practice: string } | { name: 'practiceStep'; practice: string; step: StepNumber }
> = true;
void derived;

/** Every route the table allows, with sample values for its params (each step number). */
function samples(name: RouteName): Route[] {
  let routes: Record<string, unknown>[] = [{ name }];
  for (const [, param] of ROUTES[name].path.matchAll(/:(\w+)/g)) {
    const values = param === 'step' ? [1, 2, 3, 4, 5] : param === 'pack' ? ['algemeen', 'onderwijs-po'] : ['melden-veiligheid'];
    routes = routes.flatMap((r) => values.map((v) => ({ ...r, [param!]: v })));
  }
  return routes as Route[];
}

test.each(names)('the route "%s" prints to an address that parses back to it, also as an old #/ address', (name) => {
  for (const route of samples(name)) {
    expect(parseRoute(routePath(route))).toEqual(route);
    expect(routeOf({ pathname: href(route), hash: '' })).toEqual(route);
    expect(routeOf({ pathname: '/', hash: `#/${routePath(route).replace(/\/$/, '')}` })).toEqual(route);
  }
});

test('no address matches two routes of the table', () => {
  for (const name of names) {
    for (const route of samples(name)) {
      const path = routePath(route);
      const matching = names.filter((other) => other !== name && samples(other).some((r) => routePath(r) === path));
      expect(matching, path).toEqual([]);
    }
  }
});

/** The first folders of the table's literal addresses, read here independently of routes.ts. */
const appFolders = [...new Set(Object.values(ROUTES).map((r) => r.path.split('/')[0]!).filter((f) => f !== '' && !f.startsWith(':')))];

test('the app’s own first folders are what the table says: today /gegevens/, /lijnen/, /oefenen/, /organisatie/, /over/, /privacy/, /regio/, /route/, /toegankelijkheid/, /veilig-thuis/, /verantwoording/, /zoeken/ and /niet-gevonden/', () => {
  expect(appFolders.sort()).toEqual(['gegevens', 'lijnen', 'niet-gevonden', 'oefenen', 'organisatie', 'over', 'privacy', 'regio', 'route', 'toegankelijkheid', 'veilig-thuis', 'verantwoording', 'zoeken']);
});

test.each(appFolders)('the first folder "%s" of an address in the table can never be a pack: content refuses it, the parser never reads it as one', (folder) => {
  // A pack of a few lines that extends the real base, with the folder's name as its id.
  const dir = mkdtempSync(join(tmpdir(), 'reserved-'));
  mkdirSync(join(dir, folder));
  writeFileSync(join(dir, folder, 'pack.yaml'), `id: ${folder}\nversion: 0.1.0\nberoepsgroep: onderwijs\nextends: base\n`);
  expect(() => compilePacks(dir, compiledContent().base)).toThrow(`"${folder}" is taken by the app (/${folder}/)`);
  for (const path of [`${folder}/`, `${folder}/stap/1/`, `${folder}/afweging/`, `${folder}/uitkomst/`]) expect(parseRoute(path)).not.toHaveProperty('pack');
});

test('every route of the table gets its pages from the prerender list, and each of them parses back to its route', () => {
  expect(Object.keys(PRERENDER).sort()).toEqual([...names].sort());
  const { packs, routes, regions, practice } = compiledContent();
  const all = pages(packs.index, packs.localized.filter((p) => p.locale === 'nl'), routes, { regions: regions.map((r) => r.id), practice: practice.cases.map((c) => c.id), explainers: practice.index.explainers.map((e) => e.id), conversations: practice.index.conversations.map((c) => c.id) });
  const withPages = new Set(all.map((p) => p.route.name));
  for (const name of names) expect(withPages.has(name), name).toBe(PRERENDER[name] !== 'none');
  for (const { route } of all) expect(parseRoute(routePath(route))).toEqual(route);
});

test('the waypoint address and the step pages are the ones the README documents', () => {
  const { packs, routes, regions, practice } = compiledContent();
  const all = pages(packs.index, packs.localized.filter((p) => p.locale === 'nl'), routes, { regions: regions.map((r) => r.id), practice: practice.cases.map((c) => c.id), explainers: practice.index.explainers.map((e) => e.id), conversations: practice.index.conversations.map((c) => c.id) }).map((p) => routePath(p.route));
  expect(all).toEqual(expect.arrayContaining(['', 'gegevens/', 'route/collega/', 'algemeen/', 'algemeen/stap/1/', 'algemeen/stap/5/', 'algemeen/afweging/a1/', 'algemeen/afweging/tussenstap/', 'algemeen/afweging/', 'algemeen/uitkomst/', 'algemeen/samenvatting/', 'algemeen/casus/']));
});
