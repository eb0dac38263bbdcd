import { t } from '../i18n';
import { href } from '../routes';

/** Asked before anything else on the start and pack screens: a concern about someone who works
 * for the organisation follows its own legal route, never the Veilig Thuis questions. */
export function ColleagueAsk() {
  return (
    <p class="route-ask">
      <strong>{t('route.ask')}</strong>{' '}
      <a href={href({ name: 'route', route: 'collega' })}>{t('route.askLink')}</a>
    </p>
  );
}
