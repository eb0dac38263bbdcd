import { t } from '../i18n';
import { href } from '../routes';
import { REVIEW_ID } from './ContentStatus';

/** GOV.UK's phase banner, for content that still has open review points: said at the top of
 * every screen of the pack, not only in the list at the bottom of its page. */
export function PhaseBanner({ packId, open }: { packId: string; open: number }) {
  if (open === 0) return null;
  return (
    <p class="phase-banner">
      <strong class="phase-tag">{t('phase.tag')}</strong> {t('phase.text')}{' '}
      <a href={`${href({ name: 'pack', pack: packId })}#${REVIEW_ID}`}>{t('phase.link', { count: open })}</a>
    </p>
  );
}
