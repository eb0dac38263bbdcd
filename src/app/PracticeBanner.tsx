import { t } from '../i18n';
import { href } from '../routes';
import { navigate } from './navigation';
import { leavePractice } from '../practice/mode';

/** On every screen while oefenmodus is on (App shows it; html[data-practice] colours the page),
 * printed too: a practice summary on paper can never pass for a real one. Leaving drops
 * everything practised and goes back to the real case that was open, or to the case list. */
export function PracticeBanner() {
  const leave = () => {
    const real = leavePractice();
    navigate(real ? href({ name: 'case', pack: real.packId }) : href({ name: 'practiceList' }));
  };
  return (
    <section class="practice-banner" aria-label={t('practice.bannerLabel')}>
      <p><strong>{t('practice.banner')}</strong></p>
      <button type="button" class="utrecht-button utrecht-button--secondary-action no-print" onClick={leave}>{t('practice.leave')}</button>
    </section>
  );
}
