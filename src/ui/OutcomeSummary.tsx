import type { LocalizedPack, Locale } from '../content/schema';
import { outcomeOnPath } from '../content/wording';
import type { Position } from '../meldcode/types';
import { t } from '../i18n';
import { href } from '../routes';
import { positionHref } from './kader-href';

/** On step 5: the decision the afwegingskader led to, or a pointer to it when not yet walked. */
export function OutcomeSummary({ pack, lang, walk }: { pack: LocalizedPack; lang: Locale; walk: Position }) {
  if (!walk.finished) {
    return (
      <p class="callout">
        {t('outcome.notYet')}{' '}
        <a href={positionHref(pack, walk)}>{t('outcome.toKader')}</a>
      </p>
    );
  }
  const text = outcomeOnPath(pack.kader, walk.path, walk.path.length - 1);
  return (
    <p class="callout">
      {t('outcome.yourOutcome')} <strong>{text.title}</strong>.{' '}
      <a href={href({ name: 'outcome', pack: pack.id })}>{t('outcome.view')}</a>
    </p>
  );
}
