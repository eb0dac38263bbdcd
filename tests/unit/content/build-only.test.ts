import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { expect, test } from 'vitest';

// zod and the YAML parser are for the build: the schemas cost nothing in the app's bundle only
// while no module the app loads imports them as values (`import type` is erased).
const src = resolve(import.meta.dirname, '../../../src');
const BUILD_ONLY = /^(content\/(schemas\/|collections|resolve-|resolved|source-file|node-text|graph-errors|fill|localize|json-schema|lint-content|lines\.)|directory\/(derive|compile)|search\/build-index|prerender\/plugin)/;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(join(dir, d.name)) : /\.tsx?$/.test(d.name) ? [join(dir, d.name)] : []));
}

test('no module of the app imports zod, yaml or the zod schemas, except as types', () => {
  const offenders = files(src)
    .map((f) => relative(src, f).replaceAll('\\', '/'))
    .filter((f) => !BUILD_ONLY.test(f))
    .filter((f) => /^import (?!type )[^;]*from '(zod|yaml|[./]*\/?(content\/)?(schemas\/[^']*|collections|resolve-[^']*|source-file|localize))';/m.test(readFileSync(join(src, f), 'utf8')));
  expect(offenders).toEqual([]);
});
