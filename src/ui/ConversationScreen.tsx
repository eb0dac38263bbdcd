import { useEffect, useRef, useState } from 'preact/hooks';
import type { Locale } from '../content/schema';
import { t } from '../i18n';
import { loadConversation } from '../practice/load-explainers';
import type { Conversation } from '../practice/types';
import { href } from '../routes';
import { Heading } from './Heading';
import { SourceLink } from './ExplainerScreen';
import { useLoaded } from './ExplainerLoad';
import { NotFound } from './NotFound';

/** /oefenen/gesprek/<id>/: the conversation exercise for step 3. The other person says a line;
 * the user picks a sentence and sees its likely effect; Next goes on to the line it leads to.
 * At the end: the expert's reasoning and "Try again". Nothing is stored: it lives in this
 * component's state only. */
export function ConversationScreen({ conversation: id, lang }: { conversation: string; lang: Locale }) {
  const conversation = useLoaded(id, loadConversation);
  if (conversation === 'missing') return <NotFound />;
  if (conversation === 'error' || conversation === undefined) {
    return (
      <>
        <p class="eyebrow">{t('conversation.title')}</p>
        <Heading>{t('conversation.title')}</Heading>
        <p role={conversation === 'error' ? 'alert' : 'status'}>{conversation === 'error' ? t('conversation.loadError') : t('conversation.loading')}</p>
      </>
    );
  }
  return <ConversationExercise conversation={conversation} lang={lang} />;
}

interface Turn { node: string; choice: string }

const WHO: Record<Conversation['with'], () => string> = {
  ouder: () => t('conversation.withOuder'),
  kind: () => t('conversation.withKind'),
  volwassene: () => t('conversation.withVolwassene'),
};

export function ConversationExercise({ conversation, lang }: { conversation: Conversation; lang: Locale }) {
  const text = conversation.text[lang];
  const who = WHO[conversation.with]();
  /** The turns taken; the last one's effect is shown until Next. */
  const [turns, setTurns] = useState<Turn[]>([]);
  /** The node whose line is shown; null once the conversation has ended and Next was pressed. */
  const [node, setNode] = useState<string | null>(conversation.start);
  const [chosen, setChosen] = useState<string | null>(null);
  const lineRef = useRef<HTMLParagraphElement>(null);
  const nextRef = useRef<HTMLButtonElement>(null);
  const endRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  // Focus follows the conversation: to Next after a choice, to the new line after Next, to the
  // reasoning at the end. Not on first render: the page title has focus then.
  useEffect(() => {
    if (!moved.current) return;
    if (chosen) nextRef.current?.focus();
    else if (node) lineRef.current?.focus();
    else endRef.current?.focus();
  }, [chosen, node]);

  const choose = (id: string) => {
    moved.current = true;
    setChosen(id);
  };
  const next = () => {
    const choice = conversation.nodes[node!]!.choices.find((c) => c.id === chosen)!;
    setTurns([...turns, { node: node!, choice: choice.id }]);
    setChosen(null);
    setNode(choice.next);
  };
  const again = () => {
    setTurns([]);
    setChosen(null);
    setNode(conversation.start);
  };

  const current = node ? conversation.nodes[node]! : null;
  const currentText = node ? text.nodes[node]! : null;
  const picked = current && chosen ? current.choices.find((c) => c.id === chosen)! : null;
  return (
    <>
      <p class="eyebrow">{t('conversation.title')}</p>
      <Heading>{text.title}</Heading>
      <p class="lead">{text.intro}</p>
      {turns.length > 0 && (
        <section aria-labelledby="conversation-log">
          <h2 id="conversation-log" class="visually-hidden">{t('conversation.log')}</h2>
          <ol class="conversation-log">
            {turns.map((turn, i) => (
              <li key={i}>
                <p><strong>{who}:</strong> {text.nodes[turn.node]!.says}</p>
                <p><strong>{t('conversation.you')}:</strong> {text.nodes[turn.node]!.choices[turn.choice]!.sentence}</p>
              </li>
            ))}
          </ol>
        </section>
      )}
      {current && currentText && (
        <section class="callout" aria-labelledby="conversation-line">
          <h2 id="conversation-line" class="visually-hidden">{who}</h2>
          <p ref={lineRef} tabIndex={-1} class="conversation-line"><strong>{who}:</strong> {currentText.says}</p>
          {!picked && (
            <fieldset class="conversation-choices">
              <legend>{t('conversation.choose')}</legend>
              <div class="choices">
                {current.choices.map((c) => (
                  <button key={c.id} type="button" class="utrecht-button utrecht-button--secondary-action" onClick={() => choose(c.id)}>
                    {currentText.choices[c.id]!.sentence}
                  </button>
                ))}
              </div>
            </fieldset>
          )}
          {picked && <p><strong>{t('conversation.you')}:</strong> {currentText.choices[picked.id]!.sentence}</p>}
        </section>
      )}
      {/* Always in the page, so screen readers announce the effect when it appears. */}
      <div aria-live="polite" class="conversation-effect">
        {picked && currentText && (
          <>
            <h2>{t('conversation.effect')}</h2>
            <p>{currentText.choices[picked.id]!.effect}</p>
            <p class="small">{picked.good ? t('conversation.good') : t('conversation.other')}</p>
            {picked.next === null && <p>{t('conversation.ended')}</p>}
          </>
        )}
      </div>
      {picked && (
        <p>
          <button ref={nextRef} type="button" class="utrecht-button utrecht-button--primary-action" onClick={next}>
            {picked.next === null ? t('conversation.toReasoning') : t('conversation.next')}
          </button>
        </p>
      )}
      {node === null && (
        <section aria-labelledby="conversation-reasoning">
          <h2 id="conversation-reasoning" ref={endRef} tabIndex={-1}>{t('conversation.reasoningTitle')}</h2>
          <ul>{text.reasoning.map((r, i) => <li key={i}>{r}</li>)}</ul>
          <p class="small">
            {t('conversation.sources')}:{' '}
            {conversation.sources.map((s, i) => <span key={s.id}>{i > 0 && '; '}<SourceLink source={s} lang={lang} /></span>)}
          </p>
          <ul class="actions">
            <li><button type="button" class="utrecht-button utrecht-button--primary-action" onClick={again}>{t('conversation.tryAgain')}</button></li>
            <li><a href={href({ name: 'practiceList' })}>{t('conversation.toList')}</a></li>
          </ul>
        </section>
      )}
    </>
  );
}
