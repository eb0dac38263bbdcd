import type { LocalizedPack, Locale, StepNumber } from '../content/schema';
import { STEP_NUMBERS } from '../content/schema';
import { t } from '../i18n';
import { href } from '../routes';

/** Progress through the five steps; each is a link so a trainer can jump anywhere. */
export function Stepper({ pack, lang, current, done }: { pack: LocalizedPack; lang: Locale; current: StepNumber; done: StepNumber[] }) {
  return (
    <nav class="stepper" aria-label={t('stepper.label')}>
      <ol>
        {STEP_NUMBERS.map((n) => {
          const isDone = done.includes(n);
          return (
            <li key={n} class={n === current ? 'current' : isDone ? 'done' : undefined}>
              <a href={href({ name: 'step', pack: pack.id, step: n })} aria-current={n === current ? 'step' : undefined}>
                <span class="stepper-number" aria-hidden="true">{isDone ? '✓' : n}</span>
                <span class="stepper-title">
                  <span class="visually-hidden">{t('step.number', { n })}: </span>
                  {pack.steps[n].title}
                  {isDone && <span class="visually-hidden"> ({t('stepper.done')})</span>}
                </span>
              </a>
            </li>
          );
        })}
      </ol>
      <p class="stepper-progress">{t('stepper.progress', { done: done.length, total: STEP_NUMBERS.length })}</p>
    </nav>
  );
}
