import { describe, expect, test } from 'vitest';
import { resolve } from 'node:path';
import { subfolders } from '../../src/content/collections';
import { PackValidationError } from '../../src/content/errors';
import { compileRoute, readRouteFiles } from '../../src/content/resolve-route';
import { compiledContent, contentDir } from '../helpers/packs';

const routesDir = resolve(contentDir, 'routes');

describe.each(subfolders(routesDir))('special route %s', (folder) => {
  const route = compileRoute(readRouteFiles(routesDir, folder));

  test('is complete in every language it declares', () => {
    for (const locale of route.locales) expect(route.fallback[locale], locale).toEqual([]);
  });

  test('names at least one listed source for every section, and every listed source is used', () => {
    const used = new Set(route.sections.flatMap((s) => s.sources));
    for (const s of route.sections) expect(s.sources.length, s.id).toBeGreaterThan(0);
    for (const s of route.sources) expect(used.has(s.id), `${s.id} is listed but no section uses it`).toBe(true);
  });

  test('contains no markup in its texts', () => {
    for (const locale of route.locales) expect(JSON.stringify(route.text[locale])).not.toMatch(/<[a-z/!]/i);
  });
});

test('the colleague route names the legal route of onderwijs, kinderopvang and zorg, and never sends the user into the Veilig Thuis questions', () => {
  const route = compiledContent().routes.find((r) => r.id === 'collega')!;
  const nl = route.text.nl;
  expect(route.sections.map((s) => s.id)).toEqual(expect.arrayContaining(['onderwijs', 'kinderopvang', 'zorg']));
  expect(nl.sections.onderwijs!.items.join(' ')).toMatch(/bevoegd gezag/);
  expect(nl.sections.onderwijs!.items.join(' ')).toMatch(/vertrouwensinspecteur/);
  expect(nl.sections.kinderopvang!.items.join(' ')).toMatch(/houder/);
  expect(nl.sections.zorg!.items.join(' ')).toMatch(/IGJ/);
  expect(JSON.stringify(nl)).not.toMatch(/afwegingskader|0800-2000/);
});

test('a route section that cites a source the route does not list stops the build', () => {
  const files = readRouteFiles(routesDir, 'collega');
  const route = files.structure.value as { sections: { id: string; sources: string[] }[] };
  files.structure.value = { ...route, sections: [{ id: 'onderwijs', sources: ['verzonnen'] }, ...route.sections.slice(1)] };
  const broken = files;
  const error = (() => { try { compileRoute(broken); } catch (e) { return e; } })();
  expect(error).toBeInstanceOf(PackValidationError);
  expect((error as PackValidationError).errors[0]).toMatchObject({ file: 'content/routes/collega/route.yaml', field: 'sections.0.sources.0', line: expect.any(Number) });
});
