import { t } from '../i18n';
import { href } from '../routes';

/** Asked before anything else on the start and pack screens: a concern about someone who works
 * for the organisation follows its own legal route, never the Veilig Thuis questions. In a pack
 * that offers the route, it opens with that beroepsgroep's own section first. */
export function ColleagueAsk({ pack }: { pack?: string }) {
  return (
    <p class="route-ask">
      <strong>{t('route.ask')}</strong>{' '}
      <a href={href(pack ? { name: 'packRoute', pack, route: 'collega' } : { name: 'route', route: 'collega' })}>{t('route.askLink')}</a>
    </p>
  );
}
