// The performance limit for a screen: the same markup and CSS as the app renders it, with no
// JavaScript at all. The app can never paint sooner than this copy, so the ratio of their LCP
// says how much the app's own code costs the user.
import { cpSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Renders each screen in the browser, keeps the finished DOM without scripts and writes it next
 * to a copy of the build, so that both load the same stylesheets, icons and fonts.
 * @param {import('playwright-core').Browser} browser
 * @param {string} dist the production build
 * @param {string} outDir written anew
 * @param {{ slug: string, url: string }[]} screens
 * @returns {Promise<Record<string, string>>} slug → file name in outDir
 */
export async function writeStaticCopies(browser, dist, outDir, screens) {
  rmSync(outDir, { recursive: true, force: true });
  cpSync(dist, outDir, { recursive: true });
  // A service worker from the build would only ever serve the app, never the copies.
  rmSync(join(outDir, 'sw.js'), { force: true });
  const files = {};
  // Without a service worker there is no 'ready for offline use' notice in the copy.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  for (const { slug, url } of screens) {
    await page.goto(url);
    await page.locator('h1').waitFor();
    await page.waitForLoadState('networkidle');
    const html = await page.evaluate(() => {
      const root = /** @type {HTMLElement} */ (document.documentElement.cloneNode(true));
      // Script, module preloads and data preloads only serve JavaScript; styles, icons and the manifest stay.
      root.querySelectorAll('script, link[rel="modulepreload"], link[rel="preload"][as="fetch"]').forEach((e) => e.remove());
      return `<!doctype html>\n${root.outerHTML}`;
    });
    files[slug] = `static-${slug}.html`;
    writeFileSync(join(outDir, files[slug]), html);
  }
  await context.close();
  return files;
}
