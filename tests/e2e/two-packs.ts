import type { BrowserContext } from 'playwright-core';
import { compilePacks } from '../../src/content/collections';
import { compiledContent, fixturePacksDir } from '../helpers/packs';

/** The build ships one pack (Algemeen); the start screen's chooser needs two. This serves the test
 * pack (tests/fixtures/content/packs/oefenpakket) beside it, compiled as the build does, by
 * answering the app's requests for the pack index and the pack. The context must block service
 * workers: requests a service worker answers never reach these routes. */
export async function serveTwoPacks(context: BrowserContext) {
  const extra = compilePacks(fixturePacksDir, compiledContent().base, 'tests/fixtures/content/packs');
  await context.route('**/packs/index.json', async (route) => {
    const index = await (await route.fetch()).json();
    await route.fulfill({ json: [...extra.index, ...index] });
  });
  await context.route(/\/packs\/oefenpakket\.(nl|en)\.json$/, (route) => {
    const locale = /\.(nl|en)\.json$/.exec(route.request().url())![1];
    return route.fulfill({ json: extra.localized.find((p) => p.locale === locale) });
  });
}
