import type { LocalizedPack, Locale, StepNumber } from '../content/schema';
import { STEP_NUMBERS } from '../content/schema';
import { t } from '../i18n';
import { href } from '../routes';

/** Progress through the five steps; each is a link so a trainer can jump anywhere. A step is
 * done, begun ("bezig": notes, ticks or answers, not yet done) or not started; each state is
 * said in words and drawn with its own mark, never by colour alone. */
export function Stepper({ pack, lang, current, done, started = [] }: { pack: LocalizedPack; lang: Locale; current: StepNumber; done: StepNumber[]; started?: StepNumber[] }) {
  const busy = started.filter((n) => !done.includes(n));
  return (
    <nav class="stepper" aria-label={t('stepper.label')}>
      <ol>
        {STEP_NUMBERS.map((n) => {
          const state = done.includes(n) ? 'done' : busy.includes(n) ? 'busy' : undefined;
          return (
            <li key={n} class={n === current ? 'current' : state}>
              <a href={href({ name: 'step', pack: pack.id, step: n })} aria-current={n === current ? 'step' : undefined}>
                <span class="stepper-number" aria-hidden="true">{state === 'done' ? '✓' : n}</span>
                <span class="stepper-title">
                  <span class="visually-hidden">{t('step.number', { n })}: </span>
                  {pack.steps[n].title}
                  {state && <span class="visually-hidden"> ({state === 'done' ? t('stepper.done') : t('stepper.busy')})</span>}
                </span>
              </a>
            </li>
          );
        })}
      </ol>
      <p class="stepper-progress">
        {t('stepper.progress', { done: done.length, total: STEP_NUMBERS.length })}
        {busy.length > 0 && `, ${t('stepper.progressBusy', { count: busy.length })}`}
      </p>
    </nav>
  );
}
