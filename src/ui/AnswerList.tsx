import type { CompiledPack, Locale, OutcomeText, QuestionText } from '../content/schema';
import type { KaderState } from '../meldcode/types';
import { t } from '../i18n';
import { href } from '../app/routes';

/** Every answer so far, in order, each with a way to change it. */
export function AnswerList({ pack, lang, state }: { pack: CompiledPack; lang: Locale; state: KaderState }) {
  const nodes = pack.text[lang].kader.nodes;
  if (state.moves.length === 0) return <p>{t('answers.none')}</p>;
  return (
    <ol class="answers">
      {state.moves.map((move) => {
        const text = nodes[move.node];
        if (!move.answer) {
          return <li key={move.node} class="answers-waypoint">{t('answers.outcome')}: {(text as OutcomeText).title}</li>;
        }
        const q = text as QuestionText;
        return (
          <li key={move.node}>
            <span class="answers-question">{q.label}: {q.question}</span>
            <span class="answers-answer">{q.answers[move.answer]}</span>
            <a href={href({ name: 'kader', pack: pack.id, node: move.node })}>
              {t('answers.change')}<span class="visually-hidden"> ({q.label})</span>
            </a>
          </li>
        );
      })}
    </ol>
  );
}
