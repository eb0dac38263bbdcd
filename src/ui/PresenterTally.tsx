import { t } from '../i18n';
import { countOf, majority, type Tally, type Vote } from '../practice/presenter';

/** The room's yes and no for one question, counted by the trainer (click, or J/N, 1/2). After
 * the reveal, the room's majority beside the expert's answer. */
export function PresenterTally({ node, tally, expert, onVote }: { node: string; tally: Tally; expert: Vote | undefined; onVote: (vote: Vote, by?: 1 | -1) => void }) {
  const count = countOf(tally, node);
  const room = majority(count);
  const word = (v: Vote | undefined) => (v === 'ja' ? t('presenter.yes') : v === 'nee' ? t('presenter.no') : t('presenter.noMajority'));
  return (
    <section class="presenter-tally" aria-labelledby="presenter-tally-title">
      <h2 id="presenter-tally-title">{t('presenter.tally')}</h2>
      <p class="presenter-hint">{t('presenter.tallyKeys')}</p>
      <p class="presenter-counts" role="status">{t('presenter.counts', { ja: count.ja, nee: count.nee })}</p>
      <ul class="actions">
        <li><button type="button" class="utrecht-button utrecht-button--primary-action" onClick={() => onVote('ja')}>{t('presenter.addYes')}</button></li>
        <li><button type="button" class="utrecht-button utrecht-button--primary-action" onClick={() => onVote('nee')}>{t('presenter.addNo')}</button></li>
        <li><button type="button" class="utrecht-button utrecht-button--subtle" onClick={() => onVote('ja', -1)} disabled={count.ja === 0}>{t('presenter.undoYes')}</button></li>
        <li><button type="button" class="utrecht-button utrecht-button--subtle" onClick={() => onVote('nee', -1)} disabled={count.nee === 0}>{t('presenter.undoNo')}</button></li>
      </ul>
      {expert && (
        <p class="presenter-compare">
          {t('presenter.compare', { room: word(room), expert: word(expert) })} {room && (room === expert ? t('presenter.same') : t('presenter.differ'))}
        </p>
      )}
    </section>
  );
}
