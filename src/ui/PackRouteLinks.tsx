import type { LocalizedPack } from '../content/schema';
import { t } from '../i18n';
import { href } from '../routes';

/** "Bijzondere situaties": special routes as a list of links, on the start screen (every route)
 * and on a pack's screen and steps (the routes it offers, at its own addresses). */
export function RouteLinks({ id, links }: { id: string; links: { id: string; title: string; href: string }[] }) {
  if (links.length === 0) return null;
  return (
    <nav class="pack-routes" aria-labelledby={id}>
      <h2 id={id}>{t('route.others')}</h2>
      <p class="small">{t('route.othersIntro')}</p>
      <ul class="utrecht-link-list utrecht-link-list--html-ul">
        {links.map((r) => (
          <li key={r.id} class="utrecht-link-list__item">
            <a class="utrecht-link-list__link utrecht-link" href={r.href}>{r.title}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The special routes a pack offers (acute danger, a colleague suspected, meisjesbesnijdenis …),
 * on the pack screen and in every step: a situation can turn out to need one at any point. */
export function PackRouteLinks({ pack }: { pack: LocalizedPack }) {
  return <RouteLinks id="routes" links={pack.routes.map((r) => ({ ...r, href: href({ name: 'packRoute', pack: pack.id, route: r.id }) }))} />;
}
