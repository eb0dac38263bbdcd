import { useEffect, useState } from 'preact/hooks';
import { loadRouteList } from '../content/load';
import type { Locale, RouteSummary } from '../content/schema';
import { t } from '../i18n';
import { href } from '../routes';

// Loaded with this module (the start screen preloads it), so its first render has the list.
let list: RouteSummary[] | undefined;
const loading = loadRouteList().then((l) => { list = l; }, () => undefined);
export const situationsLoaded = () => loading;

/** Every special route from the start screen, before any pack is chosen: acute danger or a
 * suspected colleague cannot wait for the right pack. Inside a pack the pack lists its own. */
export function SituationLinks({ lang }: { lang: Locale }) {
  const [routes, setRoutes] = useState(list);
  useEffect(() => { if (!routes) void loading.then(() => setRoutes(list)); }, []);
  if (!routes?.length) return null;
  return (
    <nav class="pack-routes" aria-labelledby="situations">
      <h2 id="situations">{t('route.others')}</h2>
      <p class="small">{t('route.othersIntro')}</p>
      <ul class="utrecht-link-list utrecht-link-list--html-ul">
        {routes.map((r) => (
          <li key={r.id} class="utrecht-link-list__item">
            <a class="utrecht-link-list__link utrecht-link" href={href({ name: 'route', route: r.id })}>{r.title[lang]}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
