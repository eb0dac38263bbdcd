import { loadIndex, loadPack, loadRoute } from '../content/load';
import { currentLanguage } from '../i18n';
import type { LocalizedPack, CompiledRoute, PackSummary, Verantwoording } from '../content/schema';
import { ROUTES, type Route } from '../routes';
import { SCREEN_GROUPS, SearchEntry } from './screens';
import { preloadStart } from '../ui/StartScreen';
import { FooterHelp } from '../ui/PageHeader';

/** What the first screen needs before it can show itself. */
export interface FirstScreen {
  route: Route;
  index?: PackSummary[];
  pack?: LocalizedPack;
  /** A special route's content (e.g. /route/collega/). */
  special?: CompiledRoute;
  /** Every pack's and route's sources and changes (/verantwoording/). */
  verantwoording?: Verantwoording;
}

/** The code (and strings) of the screen a route shows. */
export function preloadScreen(route: Route): Promise<void> | undefined {
  const group = ROUTES[route.name].screen;
  return group && SCREEN_GROUPS[group].preload();
}

/** Loads the pack list, the route's pack and the screen's code in parallel, so the first render
 * is the finished screen: it then replaces the prerendered page without a flash of 'loading'.
 * Whatever fails or is slow is left out; the app then shows its own loading or error state. */
export async function loadFirstScreen(route: Route, patienceMs = 3000): Promise<FirstScreen> {
  const first: FirstScreen = { route };
  const packId = 'pack' in route ? route.pack : undefined;
  const work = Promise.allSettled([
    loadIndex().then((index) => { first.index = index; return route.name === 'start' ? preloadStart(index) : undefined; }),
    packId ? loadPack(packId, currentLanguage()).then((pack) => { first.pack = pack; }) : undefined,
    route.name === 'route' || route.name === 'packRoute' ? loadRoute(route.route).then((special) => { first.special = special; }) : undefined,
    // With the screen's code (the same chunk), not in the shell.
    route.name === 'verantwoording' ? import('./VerantwoordingRoute').then((m) => m.loadVerantwoording(currentLanguage())).then((all) => { first.verantwoording = all; }) : undefined,
    preloadScreen(route),
    FooterHelp.preload(),
    SearchEntry.preload(),
    // The projector's first slide with the page, as prerendered (the presenter view's data).
    route.name === 'presenter' ? import('../practice/presenter-cache').then((m) => m.preloadPresenter(route.practice, currentLanguage())) : undefined,
  ]);
  await Promise.race([work, new Promise((ok) => setTimeout(ok, patienceMs))]);
  return { ...first };
}
