import { useEffect, useState } from 'preact/hooks';
import { Choices, FieldError } from './Choices';
import type { LocalizedPack, Locale } from '../content/schema';
import { questionAt } from '../content/wording';
import { t } from '../i18n';
import { ErrorSummary } from './ErrorSummary';
import { ExitOffer } from './ExitOffer';
import { prerenderedValue } from './prerendered';
import { Heading, requestHeadingFocus } from './Heading';

interface Props {
  pack: LocalizedPack;
  lang: Locale;
  nodeId: string;
  /** The answer given earlier, when the user came back to change it. */
  chosen: string | undefined;
  /** False when the question is not on the current path (opened from a shared link). */
  onPath: boolean;
  backHref: string;
  /** The node 'back' leads to, when its address does not say (a waypoint). */
  backNode?: string;
  answersHref: string;
  /** Also for an exit: it is recorded as an answer. */
  onAnswer: (answer: string) => void;
  /** Off the path of an open case: how many of its answers starting here would erase, and where
   * the case's walk is now. A shared link must never wipe a case in silence. */
  openCase?: { answers: number; resumeHref: string };
  /** On the path: how many answers after this question the next 'Volgende' here drops (the
   * engine keeps only the moves before the node it answers). Said before it happens. */
  laterAnswers?: number;
}

export function QuestionScreen({ pack, lang, nodeId, chosen, onPath, backHref, backNode, answersHref, onAnswer, openCase, laterAnswers = 0 }: Props) {
  const node = questionAt(pack.kader, nodeId);
  const text = node.text;
  const name = `answer-${nodeId}`;
  const [selected, setSelected] = useState(() => chosen ?? prerenderedValue(`input[name="${name}"]:checked`));
  // How often 'Volgende' was pressed with nothing chosen (0: no error). Each press shows the error
  // summary anew, so it takes focus and is announced again, as GOV.UK's does.
  const [attempts, setAttempts] = useState(0);
  const missing = attempts > 0;
  const [confirming, setConfirming] = useState<string | null>(null);
  const guarded = !onPath && openCase !== undefined && openCase.answers > 0;
  const choose = (answer: string) => {
    if (!guarded) return onAnswer(answer);
    setConfirming(answer);
    requestHeadingFocus(); // the question gives way to the confirmation: start reading at its title
  };

  // After Heading's own effect (a child's runs first), on every render: it names the tab anew.
  useEffect(() => {
    const prefix = `${t('kader.errorPrefix')} `;
    if (missing && !document.title.startsWith(prefix)) document.title = prefix + document.title;
  });

  const submit = (e: Event) => {
    e.preventDefault();
    if (selected) choose(selected);
    else setAttempts((n) => n + 1);
  };

  if (confirming && guarded) {
    return (
      <section class="confirm-restart">
        <Heading>{t('kader.restartTitle')}</Heading>
        <p class="lead">{t('kader.restartText', { count: openCase.answers })}</p>
        <div class="actions">
          <a class="utrecht-button utrecht-button--primary-action" href={openCase.resumeHref}>{t('kader.restartNo')}</a>
          <button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={() => onAnswer(confirming)}>{t('kader.restartYes')}</button>
        </div>
      </section>
    );
  }

  const first = `${name}-${node.answers[0]!.id}`;
  const described = [text.hint && `${name}-hint`, missing && `${name}-error`].filter(Boolean).join(' ');
  return (
    <form onSubmit={submit} noValidate autocomplete="off">
      {missing && <ErrorSummary key={attempts} errors={[{ text: t('kader.chooseAnswer'), field: first, scrollTo: `${name}-legend` }]} />}
      <p class="eyebrow">{t('kader.progress', { n: node.afweging, total: 5, label: text.label })}</p>
      {guarded ? (
        <p class="callout">{t('kader.offCase')} <a href={openCase.resumeHref}>{t('kader.toCase')}</a></p>
      ) : !onPath && <p class="callout">{t('kader.loose')}</p>}
      <div class={missing ? 'question question--error' : 'question'}>
        <fieldset aria-describedby={described || undefined} aria-invalid={missing || undefined}>
          <legend id={`${name}-legend`}><Heading>{text.question}</Heading></legend>
          {text.hint && <p id={`${name}-hint`} class="hint">{text.hint}</p>}
          {missing && <FieldError id={`${name}-error`} text={t('kader.chooseAnswer')} />}
          <Choices
            name={name}
            choices={node.answers.map((a) => ({ id: a.id, label: text.answers[a.id]!, acute: a.acute }))}
            selected={selected}
            onSelect={(id) => { setSelected(id); setAttempts(0); }}
          />
        </fieldset>
      </div>
      {text.explanation && (
        <div class="explanation">
          {text.explanation.map((p, i) => <p key={i}>{p}</p>)}
        </div>
      )}
      {text.definitions?.map((d) => (
        <details key={d.title} class="definition">
          <summary>{d.title}</summary>
          {d.text.map((p, i) => <p key={i}>{p}</p>)}
        </details>
      ))}
      {laterAnswers > 0 && <p id={`${name}-later`} class="notice">{t('kader.laterAnswers', { count: laterAnswers })}</p>}
      <div class="actions">
        <button type="submit" class="utrecht-button utrecht-button--primary-action" aria-describedby={laterAnswers > 0 ? `${name}-later` : undefined}>{t('kader.next')}</button>
        <a class="utrecht-button utrecht-button--secondary-action" href={backHref} data-node={backNode}>{t('kader.back')}</a>
        <a href={answersHref}>{t('kader.allAnswers')}</a>
      </div>
      <ExitOffer pack={pack} lang={lang} nodeId={nodeId} onExit={choose} />
    </form>
  );
}
