import type { CompiledRoute, RouteText } from '../content/schema';
import { answerOf, graphPosition } from '../meldcode/engine';
import type { KaderEvent, KaderState } from '../meldcode/types';
import { t } from '../i18n';
import { Choices } from './Choices';

type Walk = NonNullable<CompiledRoute['walk']>;
type Words = NonNullable<RouteText['walk']>;

/**
 * A route's short walk on the route's own screen: each question a radio group that takes effect
 * at once (a changed answer drops the answers after it, as in the afwegingskader), and the
 * outcome, said politely to screen readers when it appears. `saved`: the answers go into the
 * open case; without one they are forgotten when the screen closes, and the screen says so.
 * `pending`: whether a case is open is not known yet (the session is still reading it after a
 * page load): an answer given now would be lost when the case's own walk replaces this one.
 */
export function RouteWalk({ walk, words, state, saved, pending = false, onEvent }: { walk: Walk; words: Words; state: KaderState; saved: boolean; pending?: boolean; onEvent: (e: KaderEvent) => void }) {
  // `state` fits the walk: whoever stores it reconciles it (cases/route-walk.ts).
  const pos = graphPosition(walk, state);
  const outcome = pos.finished ? walk.nodes[pos.current] : undefined;
  const outcomeWords = outcome ? (words[pos.current] as { title: string; text: string }) : undefined;
  return (
    <section class="route-walk" aria-labelledby="route-walk">
      <h2 id="route-walk">{t('route.walkTitle')}</h2>
      <p class="small">{saved ? t('route.walkSaved') : t('route.walkNotSaved')}</p>
      {pos.path.filter((id) => walk.nodes[id]!.type === 'question').map((id) => {
        const node = walk.nodes[id]!;
        const q = words[id] as { question: string; hint?: string; answers: Record<string, string> };
        return (
          <fieldset key={id} disabled={pending} class="utrecht-form-fieldset__fieldset utrecht-form-fieldset__fieldset--html-fieldset" aria-describedby={q.hint ? `walk-${id}-hint` : undefined}>
            <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{q.question}</legend>
            {q.hint && <p id={`walk-${id}-hint`} class="utrecht-form-field-description">{q.hint}</p>}
            <Choices
              name={`walk-${id}`}
              choices={(node.type === 'question' ? node.answers : []).map((a) => ({ id: a.id, label: q.answers[a.id] ?? a.id, acute: a.acute }))}
              selected={answerOf(state, id)}
              onSelect={(answer) => { if (!pending) onEvent({ type: 'answer', node: id, answer }); }}
            />
          </fieldset>
        );
      })}
      <div aria-live="polite">
        {outcomeWords && (
          <div class={pos.acute ? 'callout route-outcome utrecht-alert utrecht-alert--error' : 'callout route-outcome'}>
            <h3>{outcomeWords.title}</h3>
            <p>{outcomeWords.text}</p>
            {pos.acute && <p><a class="help-112" href="tel:112">{t('help.call112')}</a></p>}
            <button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={() => onEvent({ type: 'restart' })}>{t('route.walkRestart')}</button>
          </div>
        )}
      </div>
    </section>
  );
}
