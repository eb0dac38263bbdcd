import { expect, test } from 'vitest';
import { href, parseRoute, type Route } from '../../../src/app/routes';

test.each<[string, Route]>([
  ['', { name: 'start' }],
  ['#/', { name: 'start' }],
  ['#/algemeen', { name: 'pack', pack: 'algemeen' }],
  ['#/algemeen/', { name: 'pack', pack: 'algemeen' }],
  ['#/algemeen/stap/3', { name: 'step', pack: 'algemeen', step: 3 }],
  ['#/algemeen/afweging/a2', { name: 'kader', pack: 'algemeen', node: 'a2' }],
  ['#/algemeen/afweging', { name: 'answers', pack: 'algemeen' }],
  ['#/algemeen/uitkomst', { name: 'outcome', pack: 'algemeen' }],
  ['#/algemeen/samenvatting', { name: 'summary', pack: 'algemeen' }],
  ['#/gegevens', { name: 'data' }],
])('parses %s', (hash, route) => {
  expect(parseRoute(hash)).toEqual(route);
});

test.each(['#/algemeen/stap/6', '#/algemeen/stap/0', '#/algemeen/stap/x', '#/Algemeen', '#/algemeen/iets', '#/algemeen/stap/1/extra', '#/<script>', '#/algemeen/afweging/A2!', '#/algemeen/uitkomst/melden'])(
  'sends %s to not-found',
  (hash) => {
    expect(parseRoute(hash)).toEqual({ name: 'notFound' });
  },
);

test('href and parseRoute are each other’s inverse', () => {
  const routes: Route[] = [
    { name: 'start' },
    { name: 'pack', pack: 'onderwijs' },
    { name: 'step', pack: 'algemeen', step: 5 },
    { name: 'kader', pack: 'algemeen', node: 'melden-veiligheid' },
    { name: 'answers', pack: 'algemeen' },
    { name: 'outcome', pack: 'algemeen' },
    { name: 'summary', pack: 'algemeen' },
    { name: 'data' },
  ];
  for (const route of routes) expect(parseRoute(href(route))).toEqual(route);
});
