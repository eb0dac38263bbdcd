import { t } from '../i18n';
import { href } from '../routes';
import { REVIEW_ID } from './ContentStatus';

/** GOV.UK's phase banner, for content that still has open review points: said at the top of
 * every screen of the pack, not only in the list at the bottom of its page. One line on a phone,
 * so the screen's title stays high: who checks it is said from 36em up and always to screen
 * readers (the sentence is the link; so is the number of points, said to screen readers). */
export function PhaseBanner({ packId, open, end = false }: { packId: string; open: number; end?: boolean }) {
  if (open === 0) return null;
  return (
    <p class={end ? 'phase-banner phase-banner--end' : 'phase-banner'}>
      <strong class="phase-tag">{t('phase.tag')}</strong><span class="phase-more"> —</span>{' '}
      <a href={`${href({ name: 'pack', pack: packId })}#${REVIEW_ID}`}>
        {t('phase.text')}
        <span class="phase-more">{t('phase.textMore')}</span>
        <span class="visually-hidden">{t('phase.link', { count: open })}</span>
      </a>
    </p>
  );
}
