import { createServer, type Plugin, type Rollup } from 'vite';
import { WAYPOINT, type Route, type RouteName } from '../routes';
import { STEP_NUMBERS, type LocalizedPack, type CompiledRoute, type PackSummary, type Verantwoording } from '../content/schema';
import type * as Render from './render';
import type { PracticeCase } from '../practice/types';

/** Which pages each route of the table (routes.ts) gets, and whether a new visitor's first view
 * of them is known at build time. Questions are (a trainer's link may start anywhere); screens
 * that show the user's own walk, outcome or case are not: they get the shell page. A route added
 * to the table without a line here fails to compile. Kept out of routes.ts: only the build reads it. */
export const PRERENDER: Record<RouteName, PrerenderKind> = {
  start: 'once',
  data: 'once',
  about: 'once',
  privacy: 'once',
  accessibility: 'once',
  verantwoording: 'once',
  route: 'perSpecialRoute',
  // Their frame (title and intro); the directory, lines and profile come with the screen's data.
  veiligThuis: 'once',
  lines: 'once',
  organisation: 'once',
  // Each region's address gets the shell page: its kaart comes with the screen's data.
  region: 'perRegionShell',
  practiceList: 'once',
  search: 'once',
  explainer: 'perExplainerShell',
  conversation: 'perConversationShell',
  practiceCase: 'perPracticeShell',
  // The first slide, rendered with its case and pack: a projector shows it before any script runs.
  presenter: 'perPractice',
  // A trainer's link to a case's step: the app enters oefenmodus and opens the pack's step.
  practiceStep: 'perPracticeStepShell',
  pack: 'perPack',
  step: 'perStep',
  packRoute: 'perPackRoute',
  // Every question its own page; every waypoint shares one address and shows the user's own walk.
  kader: 'perNode',
  answers: 'perPackShell',
  outcome: 'perPackShell',
  summary: 'perPackShell',
  call: 'perPackShell',
  // The overview's frame (title and intro): whether a case is open, and its tasks, come with the session.
  case: 'perPack',
  notFound: 'none', // 404.html
};
type PrerenderKind = 'once' | 'perRegionShell' | 'perPractice' | 'perPracticeShell' | 'perPracticeStepShell' | 'perExplainerShell' | 'perConversationShell' | 'perSpecialRoute' | 'perPackRoute' | 'perPack' | 'perStep' | 'perNode' | 'perPackShell' | 'none';

/** Every address of the app, each with whether it is prerendered (see PRERENDER). */
/** The ids of content that has an address of its own but no pack: regions and training content. */
export interface PageIds { regions?: string[]; practice?: string[]; explainers?: string[]; conversations?: string[] }

export function pages(index: PackSummary[], packs: LocalizedPack[], routes: CompiledRoute[] = [], ids: PageIds = {}): { route: Route; prerender: boolean }[] {
  const all: { route: Route; prerender: boolean }[] = [];
  const add = (route: Record<string, unknown>, prerender = true) => all.push({ route: route as Route, prerender });
  const ofPacks = index.flatMap((summary) => packs.filter((p) => p.id === summary.id));
  for (const name of Object.keys(PRERENDER) as RouteName[]) {
    const kind = PRERENDER[name];
    if (kind === 'once') add({ name });
    for (const special of kind === 'perSpecialRoute' ? routes : []) add({ name, route: special.id });
    for (const region of kind === 'perRegionShell' ? ids.regions ?? [] : []) add({ name, region }, false);
    for (const practice of kind === 'perPractice' || kind === 'perPracticeShell' ? ids.practice ?? [] : []) add({ name, practice }, kind === 'perPractice');
    for (const practice of kind === 'perPracticeStepShell' ? ids.practice ?? [] : []) for (const step of STEP_NUMBERS) add({ name, practice, step }, false);
    for (const explainer of kind === 'perExplainerShell' ? ids.explainers ?? [] : []) add({ name, explainer }, false);
    for (const conversation of kind === 'perConversationShell' ? ids.conversations ?? [] : []) add({ name, conversation }, false);
    for (const pack of ofPacks) {
      if (kind === 'perPack' || kind === 'perPackShell') add({ name, pack: pack.id }, kind === 'perPack');
      for (const step of kind === 'perStep' ? STEP_NUMBERS : []) add({ name, pack: pack.id, step });
      for (const offered of kind === 'perPackRoute' ? pack.routes : []) if (routes.some((r) => r.id === offered.id)) add({ name, pack: pack.id, route: offered.id });
      if (kind !== 'perNode') continue;
      for (const [node, { type }] of Object.entries(pack.kader.nodes)) if (type === 'question') add({ name, pack: pack.id, node });
      add({ name, pack: pack.id, node: WAYPOINT }, false);
    }
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
export function prerender(data: () => { index: PackSummary[]; packs: LocalizedPack[]; routes: CompiledRoute[]; ids?: PageIds; practice?: PracticeCase[]; verantwoording?: Verantwoording }): Plugin {
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
        const { index, packs, routes, ids, practice = [], verantwoording } = data();
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
          for (const { route, prerender: known } of pages(index, packs, routes, ids)) {
            const pack = 'pack' in route ? packs.find((p) => p.id === route.pack) : undefined;
            const special = route.name === 'route' || route.name === 'packRoute' ? routes.find((r) => r.id === route.route) : undefined;
            const shown = route.name === 'presenter' ? practice.find((p) => p.id === route.practice) : undefined;
            const presented = shown && { practice: shown, pack: packs.find((p) => p.id === shown.pack)! };
            const page = known ? await module.renderScreen(route, index, pack, special, verantwoording, presented) : undefined;
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
