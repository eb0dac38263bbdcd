import { WAYPOINT_SEGMENT, type StepNumber } from './content/schema';

/** Where a screen's code lives: in a lazily loaded group (see app/screens.ts), or in the shell
 * when the route has none. */
export type ScreenGroup = 'pack' | 'data' | 'route' | 'info' | 'verantwoording' | 'local' | 'practice' | 'search';

interface RouteDef {
  /** The address inside the app, without the base and the final '/': literal folders and `:param` folders. */
  path: string;
  screen?: ScreenGroup;
  /** Updating swaps the code, so it is offered only outside a walk-through. */
  safeForUpdate?: true;
}

/**
 * Every address of the app, in one place (the URL scheme the README documents). The parser,
 * `href`, the screens, preloading, the update banner, the prerendered pages (prerender/plugin.ts)
 * and the pack ids content may not take (content/validate-pack.ts) all read it.
 *
 * Only navigation lives in the URL: never answers, notes or anything else about a case, because
 * URLs end up in history and shared links. Each screen is a folder, so every static host can serve
 * its prerendered page as `index.html`. Bundle-size sensitive: this module is in the shell, so
 * what only the build needs (which pages to prerender) stays with the build.
 */
const TABLE = {
  start: { path: '', safeForUpdate: true },
  data: { path: 'gegevens', screen: 'data', safeForUpdate: true },
  // What the app is, and its privacy and accessibility statements: in the app, so offline too.
  about: { path: 'over', screen: 'info', safeForUpdate: true },
  privacy: { path: 'privacy', screen: 'info', safeForUpdate: true },
  accessibility: { path: 'toegankelijkheid', screen: 'info', safeForUpdate: true },
  // Every pack and route with its sources, check date, review points and changes.
  verantwoording: { path: 'verantwoording', screen: 'verantwoording', safeForUpdate: true },
  // A special route (e.g. a concern about a colleague); 'route' can never be a pack's id.
  route: { path: 'route/:route', screen: 'route', safeForUpdate: true },
  // Whom to call, outside any case: the Veilig Thuis of a gemeente, the national lines, a region's
  // sociale kaart, and the user's own organisation (its aandachtsfunctionaris).
  veiligThuis: { path: 'veilig-thuis', screen: 'local', safeForUpdate: true },
  lines: { path: 'lijnen', screen: 'local', safeForUpdate: true },
  region: { path: 'regio/:region', screen: 'local', safeForUpdate: true },
  organisation: { path: 'organisatie', screen: 'local', safeForUpdate: true },
  // Search over all content; what the user types stays on the screen, never in the address.
  search: { path: 'zoeken', screen: 'search', safeForUpdate: true },
  // Training ('Samen voor Veiligheid'): fictional cases walked in oefenmodus (memory only), the
  // presenter view, explainers and the conversation exercise. A trainer's slide links to a case's step.
  practiceList: { path: 'oefenen', screen: 'practice', safeForUpdate: true },
  explainer: { path: 'oefenen/uitleg/:explainer', screen: 'practice', safeForUpdate: true },
  conversation: { path: 'oefenen/gesprek/:conversation', screen: 'practice' },
  practiceCase: { path: 'oefenen/:practice', screen: 'practice', safeForUpdate: true },
  presenter: { path: 'oefenen/:practice/presentatie', screen: 'practice' },
  practiceStep: { path: 'oefenen/:practice/stap/:step', screen: 'practice' },
  pack: { path: ':pack', screen: 'pack', safeForUpdate: true },
  // The open case's overview: its task list (the case opens here).
  case: { path: ':pack/casus', screen: 'pack' },
  step: { path: ':pack/stap/:step', screen: 'pack' },
  // A special route as one pack offers it: its own sections first, its walk saved in the open case.
  packRoute: { path: ':pack/route/:route', screen: 'pack', safeForUpdate: true },
  answers: { path: ':pack/afweging', screen: 'pack' },
  kader: { path: ':pack/afweging/:node', screen: 'pack' },
  outcome: { path: ':pack/uitkomst', screen: 'pack' },
  summary: { path: ':pack/samenvatting', screen: 'pack' },
  // 'Bel voorbereiden': the open case's answers to read from while calling Veilig Thuis.
  call: { path: ':pack/bellen', screen: 'pack' },
  notFound: { path: 'niet-gevonden' },
} as const satisfies Record<string, RouteDef>;

export type RouteName = keyof typeof TABLE;
export const ROUTES: Readonly<Record<RouteName, RouteDef>> = TABLE;

// The Route union, read from the paths: `:step` is a step number, every other param a string.
type Params<P extends string> = P extends `${infer Folder}/${infer Rest}`
  ? Params<Folder> & Params<Rest>
  : P extends `:${infer K}` ? { [_ in K]: K extends 'step' ? StepNumber : string } : unknown;
type Flat<T> = { [K in keyof T]: T[K] };
export type Route = { [N in RouteName]: Flat<{ name: N } & Params<(typeof TABLE)[N]['path']>> }[RouteName];
/** The screens inside one pack (PackRoutes). */
export type PackRoute = Extract<Route, { pack: string }>;

const SEGMENT = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The first folders of the app's own addresses: no pack may be called like them. */
export const RESERVED_SEGMENTS = Object.values(ROUTES).map((r) => r.path.split('/')[0]!).filter((f) => f && f[0] !== ':');

/** The one address of every outcome the walk passes on its way (e.g. 'melden', then on with
 * Veilig Thuis): a node's own name there would tell anyone reading the history what was answered.
 * Which one is meant travels in the history entry's state (see `navigate`). */
export const WAYPOINT = WAYPOINT_SEGMENT;

/** Where the app is hosted: '/' or a folder like '/meldwijzer/' (set at build time). Read when
 * asked, not on load: the build's own code imports this module outside Vite. */
export const base = () => import.meta.env.BASE_URL;

/** Whether one folder of an address fits the pattern's; a `:param`'s value goes into `route`.
 * A step is a number from 1 to 5; any other param a lower-case name, and never one of the app's
 * own folders in front (so /route/ is not a pack). */
function fits(pattern: string, folder: string, front: boolean, route: Record<string, string | number>): boolean {
  if (pattern[0] !== ':') return pattern === folder;
  if (pattern === ':step') return /^[1-5]$/.test(folder) && (route.step = +folder) > 0;
  return SEGMENT.test(folder) && !(front && RESERVED_SEGMENTS.includes(folder)) && !!(route[pattern.slice(1)] = folder);
}

/** A path inside the app, without the base: '', 'algemeen/', 'algemeen/stap/3/'. */
export function parseRoute(path: string): Route {
  const given = path.replace(/^\/+/, '').replace(/\/$/, '').split('/');
  for (const name in ROUTES) {
    const route = { name };
    const pattern = ROUTES[name as RouteName].path.split('/');
    if (pattern.length === given.length && pattern.every((p, i) => fits(p, given[i]!, i === 0, route))) return route as Route;
  }
  return { name: 'notFound' };
}

/** The route of a page address. Addresses from before path URLs (`#/algemeen/stap/2`) still work. */
export function routeOf({ pathname, hash }: { pathname: string; hash: string }): Route {
  if (hash.startsWith('#/')) return parseRoute(hash.slice(1));
  return pathname.startsWith(base()) ? parseRoute(pathname.slice(base().length)) : { name: 'notFound' };
}

export function routePath(route: Route): string {
  return ROUTES[route.name].path.replace(/:(\w+)/g, (_, name: string) => (route as Record<string, string>)[name]!).replace(/.$/, '$&/');
}

export function href(route: Route): string {
  return base() + routePath(route);
}
