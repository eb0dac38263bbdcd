import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readPackFiles } from '../../src/content/compile-files';
import type { CompiledPack } from '../../src/content/schema';
import { compilePack } from '../../src/content/validate';

// String paths, not URL objects: happy-dom replaces the global URL, which node:url refuses.
const here = dirname(fileURLToPath(import.meta.url));
export const contentDir = resolve(here, '../../content');
export const fixtureDir = resolve(here, '../fixtures/packs');

let algemeen: CompiledPack | undefined;

/** The real Algemeen pack, compiled the way the build does it. */
export function compiledAlgemeen(): CompiledPack {
  algemeen ??= compilePack(readPackFiles(contentDir, 'algemeen'));
  return algemeen;
}
