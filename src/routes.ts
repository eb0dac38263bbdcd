import { WAYPOINT_SEGMENT, type StepNumber } from './content/schema';

/** The URL scheme (documented in README). Only navigation lives in the URL: never answers,
 * notes or anything else about a case, because URLs end up in history and shared links. */
export type Route =
  | { name: 'start' }
  | { name: 'pack'; pack: string }
  | { name: 'step'; pack: string; step: StepNumber }
  | { name: 'kader'; pack: string; node: string }
  | { name: 'answers'; pack: string }
  | { name: 'outcome'; pack: string }
  | { name: 'summary'; pack: string }
  | { name: 'data' }
  | { name: 'route'; route: string }
  | { name: 'notFound' };

const SEGMENT = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The one address of every outcome the walk passes on its way (e.g. 'melden', then on with
 * Veilig Thuis): a node's own name there would tell anyone reading the history what was answered.
 * Which one is meant travels in the history entry's state (see `navigate`). */
export const WAYPOINT = WAYPOINT_SEGMENT;

/** Where the app is hosted: '/' or a folder like '/meldwijzer/' (set at build time). */
export const BASE = import.meta.env.BASE_URL;

/** A path inside the app, without the base: '', 'algemeen/', 'algemeen/stap/3/'. Each screen
 * is a folder, so every static host can serve its prerendered page as `index.html`. */
export function parseRoute(path: string): Route {
  const clean = path.replace(/^\/+/, '').replace(/\/$/, '');
  if (clean === '') return { name: 'start' };
  if (clean === 'gegevens') return { name: 'data' };
  const [pack, kind, arg, ...rest] = clean.split('/');
  if (!pack || !SEGMENT.test(pack) || rest.length > 0) return { name: 'notFound' };
  // A special route (e.g. a concern about a colleague); 'route' can never be a pack's id.
  if (pack === 'route') return kind && SEGMENT.test(kind) && arg === undefined ? { name: 'route', route: kind } : { name: 'notFound' };
  if (kind === undefined) return { name: 'pack', pack };
  if (kind === 'stap' && arg && /^[1-5]$/.test(arg)) return { name: 'step', pack, step: Number(arg) as StepNumber };
  if (kind === 'afweging' && arg === undefined) return { name: 'answers', pack };
  if (kind === 'afweging' && arg && SEGMENT.test(arg)) return { name: 'kader', pack, node: arg };
  if (kind === 'uitkomst' && arg === undefined) return { name: 'outcome', pack };
  if (kind === 'samenvatting' && arg === undefined) return { name: 'summary', pack };
  return { name: 'notFound' };
}

/** The route of a page address. Addresses from before path URLs (`#/algemeen/stap/2`) still work. */
export function routeOf({ pathname, hash }: { pathname: string; hash: string }): Route {
  if (hash.startsWith('#/')) return parseRoute(hash.slice(1));
  if (!pathname.startsWith(BASE)) return { name: 'notFound' };
  return parseRoute(pathname.slice(BASE.length));
}

export function routePath(route: Route): string {
  switch (route.name) {
    case 'start': return '';
    case 'pack': return `${route.pack}/`;
    case 'step': return `${route.pack}/stap/${route.step}/`;
    case 'kader': return `${route.pack}/afweging/${route.node}/`;
    case 'answers': return `${route.pack}/afweging/`;
    case 'outcome': return `${route.pack}/uitkomst/`;
    case 'summary': return `${route.pack}/samenvatting/`;
    case 'data': return 'gegevens/';
    case 'route': return `route/${route.route}/`;
    case 'notFound': return 'niet-gevonden/';
  }
}

export function href(route: Route): string {
  return BASE + routePath(route);
}
