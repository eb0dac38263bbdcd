import { expect, test } from 'vitest';
import { href, parseRoute, routeOf, type Route } from '../../../src/routes';

test.each<[string, Route]>([
  ['', { name: 'start' }],
  ['/', { name: 'start' }],
  ['algemeen', { name: 'pack', pack: 'algemeen' }],
  ['algemeen/', { name: 'pack', pack: 'algemeen' }],
  ['algemeen/stap/3/', { name: 'step', pack: 'algemeen', step: 3 }],
  ['algemeen/stap/3', { name: 'step', pack: 'algemeen', step: 3 }],
  ['algemeen/afweging/a2/', { name: 'kader', pack: 'algemeen', node: 'a2' }],
  ['algemeen/afweging/', { name: 'answers', pack: 'algemeen' }],
  ['algemeen/uitkomst/', { name: 'outcome', pack: 'algemeen' }],
  ['algemeen/samenvatting/', { name: 'summary', pack: 'algemeen' }],
  ['algemeen/casus/', { name: 'case', pack: 'algemeen' }],
  ['gegevens/', { name: 'data' }],
  ['route/collega/', { name: 'route', route: 'collega' }],
])('parses %s', (path, route) => {
  expect(parseRoute(path)).toEqual(route);
});

test.each(['algemeen/stap/6/', 'algemeen/stap/0/', 'algemeen/stap/x/', 'Algemeen/', 'algemeen/iets/', 'algemeen/stap/1/extra/', '<script>/', 'algemeen/afweging/A2!/', 'algemeen/uitkomst/melden/', 'algemeen//stap/1/', 'route/', 'route/collega/extra/', 'route/Collega/', 'algemeen/casus/x/'])(
  'sends %s to not-found',
  (path) => {
    expect(parseRoute(path)).toEqual({ name: 'notFound' });
  },
);

test('a page address gives its route; old #/ addresses still work', () => {
  expect(routeOf({ pathname: '/algemeen/stap/2/', hash: '' })).toEqual({ name: 'step', pack: 'algemeen', step: 2 });
  expect(routeOf({ pathname: '/algemeen/stap/2/', hash: '#main' })).toEqual({ name: 'step', pack: 'algemeen', step: 2 });
  expect(routeOf({ pathname: '/', hash: '#/algemeen/uitkomst' })).toEqual({ name: 'outcome', pack: 'algemeen' });
  expect(routeOf({ pathname: '/index.html', hash: '' })).toEqual({ name: 'notFound' });
});

test('href and parseRoute are each other’s inverse', () => {
  const routes: Route[] = [
    { name: 'start' },
    { name: 'pack', pack: 'onderwijs' },
    { name: 'step', pack: 'algemeen', step: 5 },
    { name: 'kader', pack: 'algemeen', node: 'melden-veiligheid' },
    { name: 'answers', pack: 'algemeen' },
    { name: 'outcome', pack: 'algemeen' },
    { name: 'summary', pack: 'algemeen' },
    { name: 'case', pack: 'algemeen' },
    { name: 'data' },
    { name: 'route', route: 'collega' },
  ];
  for (const route of routes) expect(routeOf({ pathname: href(route), hash: '' })).toEqual(route);
});
