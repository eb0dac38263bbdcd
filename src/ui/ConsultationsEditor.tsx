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
          <legend>{t('consult.number', { n: i + 1 })}</legend>
          <label for={`kind-${k.id}`} class="field-label">{t('consult.with')}</label>
          <select id={`kind-${k.id}`} autocomplete="off" value={k.kind} onChange={(e) => { const kind = e.currentTarget.value as ConsultKind; edit((x) => updateConsultation(x, k.id, { kind })); }}>
            {CONSULT_KINDS.map((kind) => <option key={kind} value={kind}>{t(CONSULT_KEY[kind])}</option>)}
          </select>
          <label for={`date-${k.id}`} class="field-label">{t('consult.date')}</label>
          <input id={`date-${k.id}`} type="date" autocomplete="off" value={k.date} onInput={(e) => { const date = e.currentTarget.value; edit((x) => updateConsultation(x, k.id, { date })); }} />
          <label for={`advice-${k.id}`} class="field-label">{t('consult.advice')}</label>
          <textarea id={`advice-${k.id}`} rows={3} autocomplete="off" value={k.advice} onInput={(e) => { const advice = e.currentTarget.value; edit((x) => updateConsultation(x, k.id, { advice })); }} />
          <button type="button" class="link-button" onClick={() => edit((x) => removeConsultation(x, k.id))}>{t('consult.remove', { n: i + 1 })}</button>
        </fieldset>
      ))}
      <button type="button" class="secondary" onClick={() => edit((x) => addConsultation(x, { id: crypto.randomUUID(), kind: 'aandachtsfunctionaris', date: localToday(), advice: '' }))}>
        {t('consult.add')}
      </button>
    </div>
  );
}
