import type { LocalizedPack, Locale, StepNumber } from '../content/schema';
import type { Position } from '../meldcode/types';
import { t } from '../i18n';
import { href } from '../routes';
import { positionHref } from './kader-href';
import { Heading } from './Heading';
import { TextList } from './List';
import { Stepper } from './Stepper';
import { OutcomeSummary } from './OutcomeSummary';
import type { Case } from '../cases/types';
import { startedSteps } from '../cases/progress';
import type { CaseSession } from '../cases/session';
import { lazyComponent } from './lazy';
import { GroupList } from './GroupList';
import { PackRouteLinks } from './PackRouteLinks';
import { RoleText } from './RoleText';

const CaseStepFields = lazyComponent(() => import('./CaseStepFields').then((m) => m.CaseStepFields));
// Below the step's own content, so its late arrival moves nothing above it.
export const LocalHelp = lazyComponent(() => import('./LocalHelp').then((m) => m.LocalHelp), { strings: ['local'], quiet: true });

interface Props {
  pack: LocalizedPack;
  /** The role chosen in this pack, or null (then the pack's first role). */
  role: string | null;
  lang: Locale;
  step: StepNumber;
  done: StepNumber[];
  walk: Position;
  onDone: (step: StepNumber) => void;
  caseHere: Case | null;
  edit: CaseSession['edit'];
}

export function StepScreen({ pack, lang, role, step, done, walk, onDone, caseHere, edit }: Props) {
  const text = pack.steps[step];
  const isKaderStep = step === pack.kaderStep;
  // The end of the steps: with a case, its summary (to check, print and back up); without, the pack.
  const last = caseHere ? href({ name: 'summary', pack: pack.id }) : href({ name: 'pack', pack: pack.id });
  const nextHref = step < 5 ? href({ name: 'step', pack: pack.id, step: (step + 1) as StepNumber }) : last;
  return (
    <>
      <p class="eyebrow">{t('step.number', { n: step })}</p>
      <Heading>{text.title}</Heading>
      {/* Below the title, so on a phone the title is the first thing under the help row. */}
      <Stepper pack={pack} lang={lang} current={step} done={done} started={startedSteps(pack, caseHere, done, walk)} />
      <p class="lead">{text.summary}</p>
      <RoleText pack={pack} step={step} role={role} />
      {isKaderStep && (
        <p class="callout">
          {pack.kader.intro}{' '}
          <a class="utrecht-button utrecht-button--primary-action" href={positionHref(pack, walk)}>
            {walk.path.length > 1 ? t('step.kaderContinue') : t('step.kaderStart')}
          </a>
        </p>
      )}
      {step === 5 && <OutcomeSummary pack={pack} lang={lang} walk={walk} />}
      {caseHere ? (
        <CaseStepFields c={caseHere} pack={pack} lang={lang} step={step} edit={edit} />
      ) : (
        <>
          <TextList id="todo" title={t('step.todo')} items={text.todo} />
          <TextList id="record" title={t('step.record')} items={text.record} />
          {text.groups.filter((g) => g.kind !== 'guide').map((g) => <GroupList key={g.id} group={g} />)}
          <p class="callout">{t('caseStep.noCase')} <a href={href({ name: 'pack', pack: pack.id })}>{t('caseStep.startCase')}</a></p>
        </>
      )}
      {text.groups.filter((g) => g.kind === 'guide').map((g) => <GroupList key={g.id} group={g} />)}
      <TextList id="tips" title={t('step.tips')} items={text.tips} />
      <TextList id="pitfalls" title={t('step.pitfalls')} items={text.pitfalls} />
      {(step === 2 || step === 5) && <LocalHelp step={step} lang={lang} />}
      <PackRouteLinks pack={pack} />
      <ul class="actions">
        <li>
          <a class="utrecht-button utrecht-button--primary-action" href={nextHref} onClick={() => onDone(step)}>
            {step < 5 ? t('step.doneNext') : t('step.doneLast')}
          </a>
        </li>
        {step > 1 && (
          <li><a class="utrecht-button utrecht-button--secondary-action" href={href({ name: 'step', pack: pack.id, step: (step - 1) as StepNumber })}>{t('step.previous')}</a></li>
        )}
      </ul>
    </>
  );
}
