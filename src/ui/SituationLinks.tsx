import { loadRouteList } from '../content/load';
import type { Locale, RouteSummary } from '../content/schema';
import { RouteLinks } from './PackRouteLinks';
import { href } from '../routes';
import { loadStrings, t } from '../i18n';

// Started when this module loads (after the start screen's first render); the lazy component
// waits for it, so the list is there when it first renders, or absent when it could not be read.
let list: RouteSummary[] | undefined;
const loading = Promise.all([loadRouteList().then((l) => { list = l; }, () => undefined), loadStrings('practice').catch(() => undefined)]);
export const situationsLoaded = () => loading;

/** Every special route from the start screen, before any pack is chosen: acute danger or a
 * suspected colleague cannot wait for the right pack. Inside a pack the pack lists its own. */
export function SituationLinks({ lang }: { lang: Locale }) {
  return (
    <>
      <RouteLinks id="situations" links={(list ?? []).map((r) => ({ id: r.id, title: r.title[lang], href: href({ name: 'route', route: r.id }) }))} />
      <WhomToCall />
    </>
  );
}

/** Before a case: which Veilig Thuis serves the family's gemeente, the national lines, and the
 * user's own aandachtsfunctionaris (the usual first consultation). */
function WhomToCall() {
  return (
    <section class="pack-routes" aria-labelledby="whom">
      <h2 id="whom">{t('footer.whom')}</h2>
      <ul class="utrecht-link-list utrecht-link-list--html-ul">
        <li class="utrecht-link-list__item"><a class="utrecht-link-list__link utrecht-link" href={href({ name: 'veiligThuis' })}>{t('start.finder')}</a></li>
        <li class="utrecht-link-list__item"><a class="utrecht-link-list__link utrecht-link" href={href({ name: 'organisation' })}>{t('start.organisation')}</a></li>
        <li class="utrecht-link-list__item"><a class="utrecht-link-list__link utrecht-link" href={href({ name: 'lines' })}>{t('footer.lines')}</a></li>
        {/* Training: a fictional case in oefenmodus, never touching the real cases. */}
        <li class="utrecht-link-list__item"><a class="utrecht-link-list__link utrecht-link" href={href({ name: 'practiceList' })}>{t('practice.entry')}</a></li>
      </ul>
    </section>
  );
}
