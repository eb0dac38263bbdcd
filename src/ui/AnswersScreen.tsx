import type { LocalizedPack, Locale } from '../content/schema';
import type { KaderState, Position } from '../meldcode/types';
import { t } from '../i18n';
import { href } from '../routes';
import { positionHref } from './kader-href';
import { AnswerList } from './AnswerList';
import { Heading } from './Heading';

export function AnswersScreen({ pack, lang, state, walk }: { pack: LocalizedPack; lang: Locale; state: KaderState; walk: Position }) {
  const continueHref = walk.finished ? href({ name: 'outcome', pack: pack.id }) : positionHref(pack, walk);
  return (
    <>
      <Heading>{t('answers.title')}</Heading>
      <AnswerList pack={pack} lang={lang} state={state} />
      <ul class="actions">
        <li><a class="utrecht-button utrecht-button--primary-action" href={continueHref}>{walk.finished ? t('answers.toOutcome') : t('answers.continue')}</a></li>
      </ul>
    </>
  );
}
