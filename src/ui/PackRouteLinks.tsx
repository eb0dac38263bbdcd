import type { LocalizedPack } from '../content/schema';
import { t } from '../i18n';
import { href } from '../routes';

/** The special routes a pack offers (acute danger, a colleague suspected, meisjesbesnijdenis …),
 * on the pack screen and in every step: a situation can turn out to need one at any point. */
export function PackRouteLinks({ pack, id = 'routes', level = 2 }: { pack: LocalizedPack; id?: string; level?: 2 | 3 }) {
  if (pack.routes.length === 0) return null;
  const H = level === 2 ? 'h2' : 'h3';
  return (
    <nav class="pack-routes" aria-labelledby={id}>
      <H id={id}>{t('route.others')}</H>
      <p class="small">{t('route.othersIntro')}</p>
      <ul class="utrecht-link-list utrecht-link-list--html-ul">
        {pack.routes.map((r) => (
          <li key={r.id} class="utrecht-link-list__item">
            <a class="utrecht-link-list__link utrecht-link" href={href({ name: 'packRoute', pack: pack.id, route: r.id })}>{r.title}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
