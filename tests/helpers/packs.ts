import { fileURLToPath } from 'node:url';
import { readPackFiles } from '../../src/content/compile-files';
import type { CompiledPack } from '../../src/content/schema';
import { compilePack } from '../../src/content/validate';

export const contentDir = fileURLToPath(new URL('../../content', import.meta.url));
export const fixtureDir = fileURLToPath(new URL('../fixtures/packs', import.meta.url));

let algemeen: CompiledPack | undefined;

/** The real Algemeen pack, compiled the way the build does it. */
export function compiledAlgemeen(): CompiledPack {
  algemeen ??= compilePack(readPackFiles(contentDir, 'algemeen'));
  return algemeen;
}
