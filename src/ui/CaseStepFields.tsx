import type { CaseSession } from '../cases/session';
import { setStepNotes, toggleChecked } from '../cases/fields';
import type { Case } from '../cases/types';
import type { CompiledPack, Locale, StepNumber } from '../content/schema';
import { isolate, t } from '../i18n';
import { ConsultationsEditor } from './ConsultationsEditor';
import { ConversationEditor } from './ConversationEditor';
import { DecisionsEditor } from './DecisionsEditor';
import { PrivateFields } from './PrivateFields';

/** What the open case records for one step: the pack's checklist, the step's own fields, notes. */
export function CaseStepFields({ c, pack, lang, step, edit }: { c: Case; pack: CompiledPack; lang: Locale; step: StepNumber; edit: CaseSession['edit'] }) {
  const text = pack.text[lang].steps[step];
  const lists = [['todo', t('step.todo'), text.todo], ['record', t('step.record'), text.record]] as const;
  return (
    <section class="case-fields" aria-labelledby="case-fields">
      <h2 id="case-fields">{t('caseStep.title', { label: isolate(c.label) })}</h2>
      <PrivateFields>
        {lists.map(([list, legend, items]) => items.length > 0 && (
          <fieldset key={list} class="checklist">
            <legend>{legend}</legend>
            {items.map((label, i) => {
              const key = `${list}.${i}`;
              return (
                <label key={key} class="check">
                  <input type="checkbox" autocomplete="off" checked={c.steps[step].checked.includes(key)} onChange={() => edit((x) => toggleChecked(x, step, key))} />
                  <span>{label}</span>
                </label>
              );
            })}
          </fieldset>
        ))}
        {step === 2 && <ConsultationsEditor c={c} edit={edit} />}
        {step === 3 && <ConversationEditor c={c} edit={edit} />}
        {step === 5 && <DecisionsEditor c={c} edit={edit} />}
        <label for={`notes-${step}`} class="field-label">{t('caseStep.notes')}</label>
        <p id={`notes-${step}-hint`} class="small">{t('caseStep.notesHint')}</p>
        <textarea
          id={`notes-${step}`}
          rows={6}
          autocomplete="off"
          aria-describedby={`notes-${step}-hint`}
          value={c.steps[step].notes}
          onInput={(e) => { const v = e.currentTarget.value; edit((x) => setStepNotes(x, step, v)); }}
        />
      </PrivateFields>
    </section>
  );
}
