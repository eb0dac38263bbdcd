import { loadRouteList } from '../content/load';
import type { Locale, RouteSummary } from '../content/schema';
import { RouteLinks } from './PackRouteLinks';
import { href } from '../routes';

// Started when this module loads (after the start screen's first render); the lazy component
// waits for it, so the list is there when it first renders, or absent when it could not be read.
let list: RouteSummary[] | undefined;
const loading = loadRouteList().then((l) => { list = l; }, () => undefined);
export const situationsLoaded = () => loading;

/** Every special route from the start screen, before any pack is chosen: acute danger or a
 * suspected colleague cannot wait for the right pack. Inside a pack the pack lists its own. */
export function SituationLinks({ lang }: { lang: Locale }) {
  return <RouteLinks id="situations" links={(list ?? []).map((r) => ({ id: r.id, title: r.title[lang], href: href({ name: 'route', route: r.id }) }))} />;
}
