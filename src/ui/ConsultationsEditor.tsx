import type { CaseSession } from '../cases/session';
import { localToday } from '../cases/dates';
import { addConsultation, removeConsultation, updateConsultation } from '../cases/fields';
import { CONSULT_KINDS, type Case, type ConsultKind } from '../cases/types';
import { t, type Key } from '../i18n';

export const CONSULT_KEY: Record<ConsultKind, Key> = {
  collega: 'consult.collega',
  aandachtsfunctionaris: 'consult.aandachtsfunctionaris',
  'veilig-thuis': 'consult.veiligThuis',
  letselduiding: 'consult.letselduiding',
};

/** Step 2: whom you consulted, when, and their advice. */
export function ConsultationsEditor({ c, edit }: { c: Case; edit: CaseSession['edit'] }) {
  return (
    <div class="consultations">
      <h3>{t('consult.title')}</h3>
      {c.consultations.map((k, i) => (
        <fieldset key={k.id} class="consultation">
          <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{t('consult.number', { n: i + 1 })}</legend>
          <label for={`kind-${k.id}`} class="utrecht-form-label field-label">{t('consult.with')}</label>
          <select id={`kind-${k.id}`} autocomplete="off" value={k.kind} onChange={(e) => { const kind = e.currentTarget.value as ConsultKind; edit((x) => updateConsultation(x, k.id, { kind })); }}>
            {CONSULT_KINDS.map((kind) => <option key={kind} value={kind}>{t(CONSULT_KEY[kind])}</option>)}
          </select>
          <label for={`date-${k.id}`} class="utrecht-form-label field-label">{t('consult.date')}</label>
          <input id={`date-${k.id}`} type="date" class="utrecht-textbox utrecht-textbox--html-input" autocomplete="off" value={k.date} onInput={(e) => { const date = e.currentTarget.value; edit((x) => updateConsultation(x, k.id, { date })); }} />
          <label for={`time-${k.id}`} class="utrecht-form-label field-label">{t('call.consultTime')}</label>
          <input id={`time-${k.id}`} type="time" class="utrecht-textbox utrecht-textbox--html-input" autocomplete="off" value={k.time} onInput={(e) => { const time = e.currentTarget.value; edit((x) => updateConsultation(x, k.id, { time })); }} />
          <label for={`advice-${k.id}`} class="utrecht-form-label field-label">{t('consult.advice')}</label>
          <textarea class="utrecht-textarea utrecht-textarea--html-textarea" id={`advice-${k.id}`} rows={3} autocomplete="off" value={k.advice} onInput={(e) => { const advice = e.currentTarget.value; edit((x) => updateConsultation(x, k.id, { advice })); }} />
          <button type="button" class="utrecht-button utrecht-button--subtle" onClick={() => edit((x) => removeConsultation(x, k.id))}>{t('consult.remove', { n: i + 1 })}</button>
        </fieldset>
      ))}
      <button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={() => edit((x) => addConsultation(x, { id: crypto.randomUUID(), kind: 'aandachtsfunctionaris', date: localToday(), time: '', advice: '' }))}>
        {t('consult.add')}
      </button>
    </div>
  );
}
