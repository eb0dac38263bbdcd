import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileAll } from '../../src/content/collections';
import type { Item, Locale, LocalizedPack } from '../../src/content/schema';

// String paths, not URL objects: happy-dom replaces the global URL, which node:url refuses.
const here = dirname(fileURLToPath(import.meta.url));
export const contentDir = resolve(here, '../../content');
/** Content that must fail, one content folder (base/, packs/) per kind of mistake. */
export const brokenDir = resolve(here, '../fixtures/broken');
/** Valid content that is not shipped: a test pack extending the real base. */
export const fixturePacksDir = resolve(here, '../fixtures/content/packs');

let compiled: ReturnType<typeof compileAll> | undefined;

/** The real content, compiled the way the build does it. */
export function compiledContent() {
  compiled ??= compileAll(contentDir);
  return compiled;
}

/** The real Algemeen pack in one language, as the app receives it. */
export function compiledAlgemeen(locale: Locale = 'nl'): LocalizedPack {
  return compiledContent().packs.localized.find((p) => p.id === 'algemeen' && p.locale === locale)!;
}

/** The texts of a list, joined, for matching wording. */
export const texts = (items: Item[]) => items.map((i) => i.text).join(' ');
