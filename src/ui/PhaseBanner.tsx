import { t } from '../i18n';
import { href } from '../routes';
import { REVIEW_ID } from './ContentStatus';

/** GOV.UK's phase banner, for content that still has open review points: said at the top of
 * every screen of the pack, not only in the list at the bottom of its page. Kept to two short
 * lines on a phone (the sentence is the link; the number of points is said to screen readers),
 * so the screen's title stays high. */
export function PhaseBanner({ packId, open }: { packId: string; open: number }) {
  if (open === 0) return null;
  return (
    <p class="phase-banner">
      <strong class="phase-tag">{t('phase.tag')}</strong>{' — '}
      <a href={`${href({ name: 'pack', pack: packId })}#${REVIEW_ID}`}>
        {t('phase.text')}
        <span class="visually-hidden">{t('phase.link', { count: open })}</span>
      </a>
    </p>
  );
}
