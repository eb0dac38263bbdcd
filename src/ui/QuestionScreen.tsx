import { useState } from 'preact/hooks';
import type { CompiledPack, Locale, QuestionText } from '../content/schema';
import type { QuestionNode } from '../meldcode/types';
import { t } from '../i18n';
import { ExitOffer } from './ExitOffer';
import { Heading } from './Heading';

interface Props {
  pack: CompiledPack;
  lang: Locale;
  nodeId: string;
  /** The answer given earlier, when the user came back to change it. */
  chosen: string | undefined;
  /** False when the question is not on the current path (opened from a shared link). */
  onPath: boolean;
  backHref: string;
  answersHref: string;
  /** Also for an exit: it is recorded as an answer. */
  onAnswer: (answer: string) => void;
}

export function QuestionScreen({ pack, lang, nodeId, chosen, onPath, backHref, answersHref, onAnswer }: Props) {
  const node = pack.kader.nodes[nodeId] as QuestionNode;
  const text = pack.text[lang].kader.nodes[nodeId] as QuestionText;
  const [selected, setSelected] = useState(chosen);
  const [missing, setMissing] = useState(false);
  const name = `answer-${nodeId}`;

  const submit = (e: Event) => {
    e.preventDefault();
    if (selected) onAnswer(selected);
    else setMissing(true);
  };

  return (
    <form onSubmit={submit} noValidate autocomplete="off">
      <p class="eyebrow">{t('kader.progress', { n: node.afweging, total: 5, label: text.label })}</p>
      {!onPath && <p class="callout">{t('kader.loose')}</p>}
      <fieldset aria-describedby={`${name}-explain${missing ? ` ${name}-error` : ''}`}>
        <legend><Heading>{text.question}</Heading></legend>
        <div id={`${name}-explain`} class="explanation">
          {text.explanation.map((p, i) => <p key={i}>{p}</p>)}
        </div>
        <div class="choices">
          {node.answers.map((a) => (
            <label key={a.id} class={a.acute ? 'choice choice--acute' : 'choice'}>
              <input
                type="radio"
                name={name}
                value={a.id}
                checked={selected === a.id}
                onChange={() => { setSelected(a.id); setMissing(false); }}
              />
              <span>{text.answers[a.id]}</span>
            </label>
          ))}
        </div>
        <p id={`${name}-error`} class="error" role="alert">{missing ? t('kader.chooseAnswer') : ''}</p>
      </fieldset>
      <div class="actions">
        <button type="submit">{t('kader.next')}</button>
        <a class="button secondary" href={backHref}>{t('kader.back')}</a>
        <a href={answersHref}>{t('kader.allAnswers')}</a>
      </div>
      <ExitOffer pack={pack} lang={lang} nodeId={nodeId} onExit={onAnswer} />
    </form>
  );
}
