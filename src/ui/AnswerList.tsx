import type { LocalizedPack, Locale } from '../content/schema';
import { moveWording } from '../content/wording';
import { position } from '../meldcode/engine';
import type { KaderState } from '../meldcode/types';
import { t } from '../i18n';
import { href } from '../routes';

/** Every answer so far, in order, each with a way to change it. */
export function AnswerList({ pack, lang, state }: { pack: LocalizedPack; lang: Locale; state: KaderState }) {
  if (state.moves.length === 0) return <p>{t('answers.none')}</p>;
  const { path } = position(pack.kader, state);
  return (
    <ol class="answers">
      {state.moves.map((move, i) => {
        const w = moveWording(pack.kader, path, i, move);
        if (w.kind === 'waypoint') return <li key={move.node} class="answers-waypoint">{t('answers.outcome')}: {w.title}</li>;
        const name = w.label || w.question;
        return (
          <li key={move.node}>
            <span class="answers-question">{w.label ? `${w.label}: ${w.question}` : w.question}</span>
            <span class="answers-answer">{w.kind === 'answer' ? w.answer : `${t('kader.exitTitle')} ${w.exit}`}</span>
            <a href={href({ name: 'kader', pack: pack.id, node: move.node })}>
              {t('answers.change')}<span class="visually-hidden"> ({name})</span>
            </a>
          </li>
        );
      })}
    </ol>
  );
}
