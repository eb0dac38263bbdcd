import { useEffect, useState } from 'preact/hooks';
import { currentRoute, onNavigation } from './navigation';
import type { Route } from '../routes';

/** The screen to show. `initial` is the route the page was loaded (or prerendered) for. */
export function useRoute(initial: Route): Route {
  const [route, setRoute] = useState(initial);
  useEffect(() => onNavigation(() => setRoute(currentRoute())), []);
  return route;
}
