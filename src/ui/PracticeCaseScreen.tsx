import type { LocalizedPack, Locale } from '../content/schema';
import type { Case } from '../cases/types';
import type { Move } from '../meldcode/types';
import type { PracticeCase } from '../practice/types';
import { graphPosition } from '../meldcode/engine';
import { t } from '../i18n';
import { href } from '../routes';
import { Heading } from './Heading';

interface Props {
  practice: PracticeCase;
  pack: LocalizedPack;
  lang: Locale;
  /** The memory case when this case is being practised now: the user's answers beside the expert's. */
  practised: Case | null;
  /** Set when the real case's last changes could not be saved, so oefenmodus was not entered. */
  unsaved: boolean;
  onStart: () => void;
}

/** Where a walk ends, or null when its moves do not fit the pack's graph (then no outcome is named). */
function endOf(pack: LocalizedPack, moves: Move[]): string | null {
  try {
    return graphPosition(pack.kader, { start: pack.kader.start, moves }).current;
  } catch {
    return null;
  }
}

/** /oefenen/<id>/: the situation, the way into oefenmodus and the presenter view, and the
 * worked answer behind a disclosure (with the user's own answers once they walked it). */
export function PracticeCaseScreen({ practice, pack, lang, practised, unsaved, onStart }: Props) {
  const text = practice.text[lang] ?? practice.text[practice.locales[0]!];
  const items = new Map(pack.steps[1].groups.flatMap((g) => g.items.map((i) => [i.id, i.text] as const)));
  const ticked = practised?.steps[1].checked ?? [];
  const yourMoves = practised?.kader.state.moves ?? [];
  const outcomeTitle = (id: string | null) => {
    const node = id ? pack.kader.nodes[id] : undefined;
    return node?.type === 'outcome' ? node.text.title : null;
  };
  const expertEnd = outcomeTitle(endOf(pack, practice.expert));
  const yourEnd = practised ? outcomeTitle(endOf(pack, yourMoves)) : null;
  return (
    <>
      <p class="eyebrow">{t('practice.eyebrow')}</p>
      <Heading>{text.title}</Heading>
      <p class="lead">{text.summary}</p>
      <h2>{t('practice.situation')}</h2>
      {text.situation.map((p, i) => <p key={i}>{p}</p>)}
      {unsaved && <p class="callout" role="alert">{t('practice.unsaved')}</p>}
      <ul class="actions">
        <li><button type="button" class="utrecht-button utrecht-button--primary-action" onClick={onStart}>{practised ? t('practice.continue') : t('practice.start')}</button></li>
        <li><a class="utrecht-button utrecht-button--secondary-action" href={href({ name: 'presenter', practice: practice.id })}>{t('practice.present')}</a></li>
      </ul>
      <details class="definition practice-answer">
        <summary>{t('practice.show')}</summary>
        <p>{t('practice.model')}</p>
        <h2>{t('practice.signals')}</h2>
        <ul>{practice.signals.map((id) => <li key={id}>{items.get(id) ?? id}</li>)}</ul>
        <p>{text.signals}</p>
        {practised && (
          <>
            <h3>{t('practice.yourSignals')}</h3>
            {ticked.length ? <ul>{ticked.map((id) => <li key={id}>{items.get(id) ?? id}</li>)}</ul> : <p>{t('practice.noneTicked')}</p>}
          </>
        )}
        <h2>{t('practice.step2')}</h2>
        {text.step2.map((p, i) => <p key={i}>{p}</p>)}
        <h2>{t('practice.step3')}</h2>
        {text.step3.map((p, i) => <p key={i}>{p}</p>)}
        <h2>{t('practice.kader')}</h2>
        <ol>
          {practice.expert.map((move) => {
            const node = pack.kader.nodes[move.node];
            if (node?.type !== 'question') return null;
            const mine = yourMoves.find((m) => m.node === move.node)?.answer;
            return (
              <li key={move.node}>
                <strong>{node.text.question}</strong>
                <p>{t('practice.expert', { answer: node.text.answers[move.answer ?? ''] ?? move.answer ?? '' })}</p>
                {practised && <p>{t('practice.yours', { answer: mine ? node.text.answers[mine] ?? mine : t('practice.notAnswered') })}</p>}
                {text.why[move.node] && <p>{text.why[move.node]}</p>}
              </li>
            );
          })}
        </ol>
        {expertEnd && <p>{t('practice.expert', { answer: t('practice.outcome', { title: expertEnd }) })}</p>}
        {yourEnd && <p>{t('practice.yours', { answer: t('practice.outcome', { title: yourEnd }) })}</p>}
        <h2>{t('practice.questions')}</h2>
        <ul>{text.questions.map((q, i) => <li key={i}>{q}</li>)}</ul>
        <h2>{t('practice.mistakes')}</h2>
        <ul>{text.mistakes.map((q, i) => <li key={i}>{q}</li>)}</ul>
        <h2>{t('practice.sources')}</h2>
        <ul>{practice.sources.map((s) => <li key={s.id}><a href={s.url} rel="noopener noreferrer">{s.title}</a> ({s.date})</li>)}</ul>
      </details>
    </>
  );
}
