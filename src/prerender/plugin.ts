import { createServer, type Plugin, type Rollup } from 'vite';
import type { Route } from '../routes';
import { WAYPOINT_SEGMENT as WAYPOINT, type LocalizedPack, type CompiledRoute, type PackSummary, type StepNumber } from '../content/schema';
import type * as Render from './render';

const STEPS: StepNumber[] = [1, 2, 3, 4, 5];

/** Every address of the app, each with whether a new visitor's first view of it is known at build
 * time. Questions are (a trainer's link may start anywhere); screens that show the user's own
 * walk, outcome or case are not: they get the shell page. */
export function pages(index: PackSummary[], packs: LocalizedPack[], routes: CompiledRoute[] = []): { route: Route; prerender: boolean }[] {
  const all: { route: Route; prerender: boolean }[] = [{ route: { name: 'start' }, prerender: true }, { route: { name: 'data' }, prerender: true }];
  for (const special of routes) all.push({ route: { name: 'route', route: special.id }, prerender: true });
  for (const summary of index) {
    const pack = packs.find((p) => p.id === summary.id);
    if (!pack) continue;
    all.push({ route: { name: 'pack', pack: pack.id }, prerender: true });
    for (const step of STEPS) all.push({ route: { name: 'step', pack: pack.id, step }, prerender: true });
    for (const node of Object.keys(pack.kader.nodes)) {
      if (pack.kader.nodes[node]?.type === 'question') all.push({ route: { name: 'kader', pack: pack.id, node }, prerender: true });
    }
    // Every waypoint shares one address, and shows the user's own walk: the shell page.
    all.push({ route: { name: 'kader', pack: pack.id, node: WAYPOINT }, prerender: false });
    for (const name of ['answers', 'outcome', 'summary'] as const) all.push({ route: { name, pack: pack.id }, prerender: false });
  }
  return all;
}

const APP = /(<div id="app">)[\s\S]*(<\/div>\s*<script|<\/div>\s*<\/body>)/;

/** Fills the built index.html with a rendered screen: its markup and its title. */
export function fillTemplate(template: string, body: string, title: string): string {
  if (!APP.test(template)) throw new Error('prerender: index.html has no <div id="app">…</div> before </body>');
  return template.replace(APP, (_, open: string, close: string) => `${open}${body}${close}`).replace(/<title>[^<]*<\/title>/, `<title>${title}</title>`);
}

/**
 * Writes one page per screen, so a static host serves every address with its content already in
 * the HTML: a new visitor reads the screen before any JavaScript has loaded, and the app then
 * takes over the same markup. The service worker precaches only `shell.html` (the page with just
 * the help links) and serves it for every address, so offline nothing changes.
 */
export function prerender(data: () => { index: PackSummary[]; packs: LocalizedPack[]; routes: CompiledRoute[] }): Plugin {
  let root = process.cwd();
  let base = '/';
  return {
    name: 'meldwijzer-prerender',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      root = config.root;
      base = config.base;
    },
    generateBundle: {
      order: 'post',
      async handler(_options, bundle) {
        const html = bundle['index.html'] as Rollup.OutputAsset | undefined;
        if (!html) return;
        const template = String(html.source);
        const { index, packs, routes } = data();
        // A module server rather than a one-off import: screens load their code lazily, as in the browser.
        const server = await createServer({
          root,
          base,
          configFile: false,
          logLevel: 'error',
          appType: 'custom',
          server: { middlewareMode: true, hmr: false, ws: false },
          oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
        });
        try {
          const module = (await server.ssrLoadModule('/src/prerender/render.tsx')) as typeof Render;
          this.emitFile({ type: 'asset', fileName: 'shell.html', source: template });
          this.emitFile({ type: 'asset', fileName: '404.html', source: template });
          for (const { route, prerender: known } of pages(index, packs, routes)) {
            const pack = 'pack' in route ? packs.find((p) => p.id === route.pack) : undefined;
            const special = route.name === 'route' ? routes.find((r) => r.id === route.route) : undefined;
            const page = known ? await module.renderScreen(route, index, pack, special) : undefined;
            const source = page ? fillTemplate(template, page.body, page.title) : template;
            if (route.name === 'start') html.source = source;
            else this.emitFile({ type: 'asset', fileName: `${module.routePath(route)}index.html`, source });
          }
        } finally {
          await server.close();
        }
      },
    },
  };
}
