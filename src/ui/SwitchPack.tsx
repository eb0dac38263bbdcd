import { useEffect, useRef, useState } from 'preact/hooks';
import { Choices, FieldError } from './Choices';
import type { PackSwitchLoss } from '../cases/switch-pack';
import { t } from '../i18n';
import { ErrorSummary } from './ErrorSummary';

export interface PackSwitchControl {
  /** The other packs this case could move to. */
  packs: { id: string; title: string }[];
  /** Loads the other pack and says what moving there leaves out; rejects when it cannot load. */
  preview: (id: string) => Promise<PackSwitchLoss>;
  /** Moves the case (after the user confirmed). */
  apply: (id: string) => void;
}

type Stage = { name: 'closed' } | { name: 'choose'; selected: string | null; attempts: number } | { name: 'confirm'; id: string; loss: PackSwitchLoss } | { name: 'failed' };

/**
 * 'Andere beroepsgroep voor deze casus': choose the pack, see what will be left out, then confirm.
 * Nothing changes until 'Ja, overzetten'; each stage puts focus on its own heading.
 */
export function SwitchPack({ control }: { control: PackSwitchControl }) {
  const [stage, setStage] = useState<Stage>({ name: 'closed' });
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => { if (stage.name !== 'closed') heading.current?.focus(); }, [stage.name]);
  const close = () => setStage({ name: 'closed' });

  if (stage.name === 'closed') {
    return <p><button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={() => setStage({ name: 'choose', selected: null, attempts: 0 })}>{t('switch.open')}</button></p>;
  }
  if (stage.name === 'failed') {
    return (
      <section class="callout utrecht-alert utrecht-alert--error" aria-labelledby="switch-title">
        <h2 id="switch-title" ref={heading} tabIndex={-1}>{t('switch.title')}</h2>
        <p>{t('switch.failed')}</p>
        <p><button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={close}>{t('switch.cancel')}</button></p>
      </section>
    );
  }
  if (stage.name === 'confirm') {
    const to = control.packs.find((p) => p.id === stage.id)?.title ?? stage.id;
    const { questions, items } = stage.loss;
    return (
      <section class="confirm-switch" aria-labelledby="switch-title">
        <h2 id="switch-title" ref={heading} tabIndex={-1}>{t('switch.confirmTitle', { pack: to })}</h2>
        <p>{t('switch.kept')}</p>
        {questions.length === 0 && items.length === 0 ? <p>{t('switch.nothingLost')}</p> : (
          <div class="notice utrecht-alert utrecht-alert--warning">
            <p>{t('switch.lost', { pack: to })}</p>
            {questions.length > 0 && (
              <>
                <h3 id="switch-questions">{t('switch.lostQuestions', { count: questions.length })}</h3>
                <ul aria-labelledby="switch-questions">{questions.map((q) => <li key={q}>{q}</li>)}</ul>
              </>
            )}
            {items.length > 0 && (
              <>
                <h3 id="switch-items">{t('switch.lostItems', { count: items.length })}</h3>
                <ul aria-labelledby="switch-items">{items.map((q, i) => <li key={i}>{q}</li>)}</ul>
              </>
            )}
          </div>
        )}
        <div class="actions">
          <button type="button" class="utrecht-button utrecht-button--primary-action" onClick={() => control.apply(stage.id)}>{t('switch.yes')}</button>
          <button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={close}>{t('switch.no')}</button>
        </div>
      </section>
    );
  }

  const { selected, attempts } = stage;
  const missing = attempts > 0 && !selected;
  const first = `switch-${control.packs[0]!.id}`;
  const submit = (e: Event) => {
    e.preventDefault();
    if (!selected) {
      setStage({ ...stage, attempts: attempts + 1 });
      return;
    }
    control.preview(selected).then((loss) => setStage({ name: 'confirm', id: selected, loss }), () => setStage({ name: 'failed' }));
  };
  return (
    <form class="switch-pack" onSubmit={submit} noValidate autocomplete="off">
      {missing && <ErrorSummary key={attempts} errors={[{ text: t('switch.choose'), field: first, scrollTo: 'switch-title' }]} />}
      <div class={missing ? 'question question--error' : 'question'}>
        <fieldset aria-describedby={missing ? 'switch-hint switch-error' : 'switch-hint'} aria-invalid={missing || undefined}>
          <legend><h2 id="switch-title" ref={heading} tabIndex={-1}>{t('switch.title')}</h2></legend>
          <p id="switch-hint" class="hint">{t('switch.hint')}</p>
          {missing && <FieldError id="switch-error" text={t('switch.choose')} />}
          <Choices
            name="switch"
            choices={control.packs.map((p) => ({ id: p.id, label: p.title }))}
            selected={selected}
            onSelect={(id) => setStage({ name: 'choose', selected: id, attempts: 0 })}
          />
        </fieldset>
      </div>
      <div class="actions">
        <button type="submit" class="utrecht-button utrecht-button--primary-action">{t('start.go')}</button>
        <button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={close}>{t('switch.cancel')}</button>
      </div>
    </form>
  );
}
