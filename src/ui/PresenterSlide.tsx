import type { LocalizedPack } from '../content/schema';
import { t } from '../i18n';
import type { PresenterState, Slide, Vote } from '../practice/presenter';
import type { PracticeCase, PracticeCaseText } from '../practice/types';
import { PresenterOverview } from './PresenterOverview';
import { PresenterTally } from './PresenterTally';

export function slideTitle(slide: Slide, text: PracticeCaseText, pack: LocalizedPack): string {
  switch (slide.kind) {
    case 'situation': return text.title;
    case 'signals': return t('presenter.signals');
    case 'step2': return t('presenter.step2');
    case 'step3': return t('presenter.step3');
    case 'afweging': {
      const node = pack.kader.nodes[slide.node];
      return node?.type === 'question' ? t('presenter.afweging', { n: node.afweging, label: node.text.label }) : slide.node;
    }
    case 'overview': return t('presenter.overview');
    case 'questions': return t('presenter.questions');
    case 'mistakes': return t('presenter.mistakes');
  }
}

/** The signals an expert would tick, worded as the pack's own step-1 lists word them. */
function tickedSignals(practice: PracticeCase, pack: LocalizedPack): string[] {
  const items = new Map(pack.steps[1].groups.flatMap((g) => g.items.map((i) => [i.id, i.text] as const)));
  return practice.signals.map((id) => items.get(id)).filter((s): s is string => s !== undefined);
}

const Paragraphs = ({ list }: { list: string[] }) => <>{list.map((p) => <p>{p}</p>)}</>;
const Points = ({ list }: { list: string[] }) => <ul class="presenter-points">{list.map((p) => <li>{p}</li>)}</ul>;

export function PresenterSlide({ slide, practice, text, pack, state, onVote, onReveal }: {
  slide: Slide; practice: PracticeCase; text: PracticeCaseText; pack: LocalizedPack; state: PresenterState;
  onVote: (vote: Vote, by?: 1 | -1) => void; onReveal: () => void;
}) {
  switch (slide.kind) {
    case 'situation': return <div class="presenter-slide"><p class="lead">{text.summary}</p><Paragraphs list={text.situation} /></div>;
    case 'signals': {
      const ticked = tickedSignals(practice, pack);
      return (
        <div class="presenter-slide">
          {ticked.length > 0 && <><p>{t('presenter.signalsTicked')}</p><Points list={ticked} /></>}
          <p>{text.signals}</p>
        </div>
      );
    }
    case 'step2': return <div class="presenter-slide"><Points list={text.step2} /></div>;
    case 'step3': return <div class="presenter-slide"><Points list={text.step3} /></div>;
    case 'afweging': {
      const node = pack.kader.nodes[slide.node];
      if (node?.type !== 'question') return null;
      const revealed = state.revealed[slide.node] === true;
      const expertValue = node.answers.find((a) => a.id === slide.answer)?.value;
      return (
        <div class="presenter-slide">
          <p class="presenter-question">{node.text.question}</p>
          <PresenterTally node={slide.node} tally={state.tally} expert={revealed ? expertValue : undefined} onVote={onVote} />
          {/* The expert's answer is not in the page at all until it is revealed. */}
          <section class="presenter-expert" aria-live="polite" aria-labelledby="presenter-expert-title">
            <h2 id="presenter-expert-title">{t('presenter.expert')}</h2>
            {revealed ? (
              <>
                <p class="presenter-answer">{node.text.answers[slide.answer] ?? slide.answer}</p>
                {text.why[slide.node] && <><h3>{t('presenter.why')}</h3><p>{text.why[slide.node]}</p></>}
                <p class="presenter-model">{t('presenter.model')}</p>
              </>
            ) : (
              <>
                <p>{t('presenter.hidden')}</p>
                <button type="button" class="utrecht-button utrecht-button--primary-action" onClick={onReveal}>{t('presenter.reveal')}</button>
              </>
            )}
          </section>
        </div>
      );
    }
    case 'overview': return <PresenterOverview practice={practice} pack={pack} tally={state.tally} />;
    case 'questions': return <div class="presenter-slide"><Points list={text.questions} /></div>;
    case 'mistakes': return <div class="presenter-slide"><Points list={text.mistakes} /></div>;
  }
}
