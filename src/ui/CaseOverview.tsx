import type { LocalizedPack, StepNumber } from '../content/schema';
import { STEP_NUMBERS } from '../content/schema';
import type { CaseTasks, TaskStatus } from '../cases/overview';
import type { Case } from '../cases/types';
import { t } from '../i18n';
import { href } from '../routes';
import { CallLinkLazy } from './CallLinkLazy';
import { Heading } from './Heading';
import { SwitchPack, type PackSwitchControl } from './SwitchPack';

const statusText = (s: TaskStatus) => (s === 'done' ? t('overview.done') : s === 'busy' ? t('overview.busy') : t('overview.todo'));

interface Props {
  pack: LocalizedPack;
  c: Case | null;
  tasks: CaseTasks | null;
  /** Where the afwegingskader goes on (the next question, or the outcome). */
  kaderHref: string;
  /** Answers of a walk without a case that the new case took over: said once, after creating it. */
  carried: number;
  /** The session has read the stored cases: before that (the prerendered page, the first paint)
   * whether a case is open is not known yet, so only the title and the intro show. */
  listed: boolean;
  /** Moving the case to another pack; absent when there is no other pack. */
  switchPack?: PackSwitchControl;
}

/** The open case as a GOV.UK task list: the five steps and the afwegingskader, each not
 * started, in progress or done (said in words, never by colour alone), then the summary. */
export function CaseOverview({ pack, c, tasks, kaderHref, carried, listed, switchPack }: Props) {
  if (!c || !tasks || c.packId !== pack.id) {
    return (
      <>
        <Heading>{t('overview.title')}</Heading>
        <p class="lead">{t('overview.intro')}</p>
        {listed && <p>{t('overview.noCase')}</p>}
        {listed && <a class="utrecht-button utrecht-button--primary-action" href={href({ name: 'start' })}>{t('notFound.toStart')}</a>}
      </>
    );
  }
  const all = [...STEP_NUMBERS.map((n) => tasks.steps[n]), tasks.kader];
  const task = (id: string, name: string, link: string, status: TaskStatus) => (
    <li key={id} class="task-list-item">
      <a class="task-list-name" href={link} aria-describedby={`task-${id}-status`}>{name}</a>
      <span id={`task-${id}-status`} class={`task-list-status task-list-status--${status}`}>{statusText(status)}</span>
    </li>
  );
  return (
    <>
      <Heading>{t('overview.title')}</Heading>
      {carried > 0 && <p class="callout" role="status">{t('overview.carried', { count: carried })}</p>}
      <p class="lead">{t('overview.intro')}</p>
      <p>{t('overview.progress', { done: all.filter((s) => s === 'done').length, total: all.length })}</p>
      <h2 id="tasks">{t('overview.tasks')}</h2>
      <ul class="task-list" aria-labelledby="tasks">
        {STEP_NUMBERS.flatMap((n: StepNumber) => [
          task(`step-${n}`, `${t('step.number', { n })}: ${pack.steps[n].title}`, href({ name: 'step', pack: pack.id, step: n }), tasks.steps[n]),
          // The afwegingskader right after the step it belongs to.
          ...(n === pack.kaderStep ? [task('kader', t('overview.kader'), kaderHref, tasks.kader)] : []),
        ])}
        <li class="task-list-item">
          <a class="task-list-name" href={href({ name: 'summary', pack: pack.id })} aria-describedby="task-check-hint">{t('overview.check')}</a>
          <span id="task-check-hint" class="task-list-hint small">{t('overview.checkHint')}</span>
        </li>
      </ul>
      <CallLinkLazy packId={pack.id} />
      {switchPack && switchPack.packs.length > 0 && <SwitchPack key={c.id} control={switchPack} />}
    </>
  );
}
