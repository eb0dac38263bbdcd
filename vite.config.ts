/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { compileAll } from './src/content/collections';
import { verantwoording } from './src/content/verantwoording';
import { writeJsonSchemas } from './src/content/json-schema';
import { prerender } from './src/prerender/plugin';
import { RESERVED_SEGMENTS } from './src/routes';
import { pruneUtrecht } from './src/prerender/prune-css';

// MELDWIJZER_CONTENT lets the tests prove that a broken pack stops the build.
const contentDir = process.env.MELDWIJZER_CONTENT ?? fileURLToPath(new URL('./content', import.meta.url));

/** Validates content/ (every collection in src/content/collections.ts) and serves its output:
 * packs/<id>.<locale>.json, packs/index.json, packs/routes/<id>.json. A bad pack stops the
 * build with file, line, field and fix. Kept here, not as a package: it is glue. */
type Compiled = ReturnType<typeof compileAll>;
// One compile per build, shared by the pack files and the prerendered pages. The dev server
// compiles on every request instead, so an edited pack shows at once.
let built: Compiled | undefined;

function contentPacks(): Plugin {
  let serving = false;
  return {
    name: 'meldwijzer-content-packs',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    buildStart() {
      if (serving) return;
      // The editor's schemas follow the zod schemas: written here, checked by a test.
      writeJsonSchemas(fileURLToPath(new URL('./content/schema', import.meta.url)));
      built = compileAll(contentDir);
      for (const [fileName, source] of built.files) this.emitFile({ type: 'asset', fileName, source });
    },
    configureServer(server) {
      server.middlewares.use((req, res, nextMiddleware) => {
        const match = /\/(packs\/(?:[a-z]+\/)?[a-z0-9-]+(?:\.[a-z]{2})?\.json)$/.exec(req.url?.split('?')[0] ?? '');
        const body = match && compileAll(contentDir).files.get(match[1]!);
        if (!body) return nextMiddleware();
        res.setHeader('Content-Type', 'application/json');
        res.end(body);
      });
    },
  };
}

/** The prerendered pages are Dutch, like the app's first view for a new visitor. */
function prerenderData() {
  const { packs, routes, regions, practice } = built ?? compileAll(contentDir);
  const nl = packs.localized.filter((p) => p.locale === 'nl');
  const ids = { regions: regions.map((r) => r.id), practice: practice.cases.map((c) => c.id), explainers: practice.index.explainers.map((e) => e.id), conversations: practice.index.conversations.map((c) => c.id) };
  return { index: packs.index, packs: nl, routes, ids, practice: practice.cases, verantwoording: verantwoording(packs.index, nl, routes) };
}

/** The Content-Security-Policy of the built app: only its own origin, no inline script or
 * style, no eval. Not in development, where Vite injects styles inline. public/_headers sends
 * the same policy as a header (plus what a meta tag cannot carry, like frame-ancestors). */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'meldwijzer-csp',
    apply: 'build',
    transformIndexHtml: (html) => html.replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`),
  };
}

/** Shortcuts show the app's own icon (Chromium wants one of at least 96×96 in the menu). */
const SHORTCUT_ICON = { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' };

export default defineConfig({
  // Absolute, because every screen is a page in its own folder. Hosting in a folder: MELDWIJZER_BASE=/folder/.
  base: process.env.MELDWIJZER_BASE ?? '/',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  // workbox-window's "module" is its ES5 build; the app targets ES2022, and the modern build of
  // the same code is 2.5 KB smaller in every install.
  resolve: { alias: [{ find: /^workbox-window$/, replacement: fileURLToPath(new URL('./node_modules/workbox-window/build/workbox-window.prod.mjs', import.meta.url)) }] },
  build: {
    target: 'es2022',
    // Every supported engine reads <link rel="modulepreload"> itself (Chromium, Firefox 115+,
    // Safari 17+); an older one only loads those modules a little later. The polyfill cost the
    // start screen about 0.6 KB gzipped.
    modulePreload: { polyfill: false },
    sourcemap: false,
    rolldownOptions: {
      output: {
        // Everything the start screen needs in one chunk beside the entry: many small shared
        // chunks would each cost a request and compress worse. The pack checker (meldcode/check)
        // is not in it: it loads beside the first pack (content/load.ts).
        codeSplitting: {
          groups: [{ name: 'shell', test: /node_modules[\\/](preact|i18next)[\\/]|src[\\/](i18n[\\/](index|locales[\\/]nl\.json)|cases[\\/]errors|routes|ui[\\/](Heading|lazy|NotFound)|storage[\\/]load)/ }],
        },
      },
    },
  },
  plugins: [
    contentPacks(),
    contentSecurityPolicy(),
    // Only the Utrecht rules for classes the markup uses: the precache stays within budget.
    pruneUtrecht([fileURLToPath(new URL('./src', import.meta.url))]),
    prerender(prerenderData),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      devOptions: { enabled: false },
      // The glob below already finds the icons, and the plugin adds the manifest itself: added
      // twice, each was precached twice (about 26 KB of every install).
      includeManifestIcons: false,
      manifest: {
        name: 'Meldwijzer — meldcode huiselijk geweld en kindermishandeling',
        short_name: 'Meldwijzer',
        description: 'Volg de vijf stappen van de meldcode huiselijk geweld en kindermishandeling, ook zonder internet. Je notities blijven op dit apparaat.',
        lang: 'nl',
        dir: 'ltr',
        // Every address is relative to the manifest, so a build for a folder stays in that folder.
        // The id is the start address, as browsers assumed before there was one: installed apps keep their identity.
        id: './',
        start_url: './',
        scope: './',
        categories: ['productivity', 'utilities'],
        // One window: a shortcut or link opens in the window that is already open, so two windows
        // never edit the same case. The page it leaves saves its notes on pagehide, like any navigation.
        // (focus-existing would need launch-queue code in the first JavaScript to follow the shortcut.)
        launch_handler: { client_mode: 'navigate-existing' },
        display: 'standalone',
        theme_color: '#1d3d6b',
        background_color: '#ffffff',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
        shortcuts: [
          { name: 'Nieuwe casus', short_name: 'Nieuwe casus', description: 'Maak een casus aan en volg de stappen van de meldcode.', url: 'algemeen/', icons: [SHORTCUT_ICON] },
          { name: 'Afwegingskader', short_name: 'Afweging', description: 'Beantwoord de vijf vragen van het afwegingskader.', url: 'algemeen/afweging/a1/', icons: [SHORTCUT_ICON] },
          { name: 'Gegevens en back-up', short_name: 'Gegevens', description: 'Maak een back-up of zet er een terug.', url: 'gegevens/', icons: [SHORTCUT_ICON] },
        ],
        // Made by tests/bench/screenshots.mjs; not precached (globIgnores below).
        screenshots: [
          { src: 'screenshots/phone-start.png', sizes: '390x844', type: 'image/png', form_factor: 'narrow', label: 'Kies je beroepsgroep en volg de meldcode op je telefoon' },
          { src: 'screenshots/wide-step.png', sizes: '1280x800', type: 'image/png', form_factor: 'wide', label: 'Stap 1 van de meldcode: signalen in kaart brengen' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,json,svg,png}'],
        // The prerendered pages are for first visits; once installed, every address gets the shell,
        // except a pack's own page (/<pack>/): precached, so a pack opens offline with its title at
        // once (issue 14: within 100 ms). Deeper pages, and the app's own top-level pages, are not.
        // Screenshots are for the install dialog and the README, not for the app offline. So are
        // the 512 px icons (install dialog, splash, home screen: the browser fetches them online,
        // when it installs) and the maskable source drawing; no page shows them. The pages use
        // icon.svg and icon-192.png (apple-touch-icon), which stay precached.
        globIgnores: ['*/*/**/index.html', ...RESERVED_SEGMENTS.map((f) => `${f}/index.html`), '404.html', 'screenshots/**', 'icons/*-512.png', 'icons/icon-maskable.svg'],
        navigateFallback: 'shell.html',
        cleanupOutdatedCaches: true,
        // The first install takes control at once, so the page that installed it works offline
        // without a reload. Updates still wait for the user (registerType 'prompt').
        clientsClaim: true,
        // Only the app shell and packs are cached: no runtime caching, so nothing a user
        // types or fetches at run time can end up in a service-worker cache.
        runtimeCaching: [],
      },
    }),
  ],
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'] },
      },
      {
        extends: true,
        test: { name: 'component', environment: 'happy-dom', include: ['tests/component/**/*.test.tsx'], setupFiles: ['tests/setup.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
