import type { CaseSession } from '../cases/session';
import { setStepNotes, toggleChecked } from '../cases/fields';
import type { Case } from '../cases/types';
import type { LocalizedPack, Locale, StepNumber } from '../content/schema';
import { isolate, t } from '../i18n';
import { CallLink } from './CallLink';
import { ConsultationsEditor } from './ConsultationsEditor';
import { ConversationEditor } from './ConversationEditor';
import { DecisionsEditor } from './DecisionsEditor';
import { PrivateFields } from './PrivateFields';

/** What the open case records for one step: the pack's checklist, the step's own fields, notes. */
export function CaseStepFields({ c, pack, lang, step, edit }: { c: Case; pack: LocalizedPack; lang: Locale; step: StepNumber; edit: CaseSession['edit'] }) {
  const text = pack.steps[step];
  // Signal lists and checklists are ticked like the to-dos: their ids are unique within the pack.
  const lists = [['todo', t('step.todo'), text.todo], ['record', t('step.record'), text.record],
    ...text.groups.filter((g) => g.kind !== 'guide').map((g) => [g.id, g.title, g.items] as const)] as const;
  return (
    <section class="case-fields" aria-labelledby="case-fields">
      <h2 id="case-fields">{t('caseStep.title', { label: isolate(c.label) })}</h2>
      <PrivateFields>
        {lists.map(([list, legend, items]) => items.length > 0 && (
          <fieldset key={list} class="utrecht-form-fieldset__fieldset utrecht-form-fieldset__fieldset--html-fieldset checklist">
            <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{legend}</legend>
            {/* A tick is stored by the item's id, so it stays with its item when a pack changes. */}
            {items.map((item) => (
              <label key={item.id} class="check">
                <input type="checkbox" class="utrecht-checkbox utrecht-checkbox--html-input" autocomplete="off" checked={c.steps[step].checked.includes(item.id)} onChange={() => edit((x) => toggleChecked(x, step, item.id))} />
                <span>{item.text}</span>
              </label>
            ))}
          </fieldset>
        ))}
        {(step === 2 || step === 5) && <CallLink packId={pack.id} />}
        {step === 2 && <ConsultationsEditor c={c} edit={edit} />}
        {step === 3 && <ConversationEditor c={c} edit={edit} />}
        {step === 5 && <DecisionsEditor c={c} edit={edit} />}
        <label for={`notes-${step}`} class="utrecht-form-label field-label">{t('caseStep.notes')}</label>
        <p id={`notes-${step}-hint`} class="utrecht-form-field-description">{t('caseStep.notesHint')}</p>
        <textarea class="utrecht-textarea utrecht-textarea--html-textarea"
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
