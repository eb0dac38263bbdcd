import { t } from '../i18n';
import { href } from '../routes';

/** The way to 'Bel voorbereiden' for the open case (steps 2 and 5, the overview, a melden outcome). */
export function CallLink({ packId }: { packId: string }) {
  return <p class="no-print call-link"><a href={href({ name: 'call', pack: packId })}>{t('call.link')}</a></p>;
}
