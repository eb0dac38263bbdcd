import type { CaseSession } from '../cases/session';
import { setCaseFields, setDecisions } from '../cases/fields';
import { CASE_STATUSES, type Case } from '../cases/types';
import { t } from '../i18n';
import { STATUS_KEY } from './CaseList';

function YesNo({ name, legend, value, onChange }: { name: string; legend: string; value: '' | 'ja' | 'nee'; onChange: (v: 'ja' | 'nee') => void }) {
  return (
    <fieldset class="utrecht-form-fieldset__fieldset utrecht-form-fieldset__fieldset--html-fieldset">
      <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{legend}</legend>
      {(['ja', 'nee'] as const).map((v) => (
        <label key={v} class="choice">
          <input type="radio" name={name} autocomplete="off" value={v} checked={value === v} onChange={() => onChange(v)} />
          <span>{t(v === 'ja' ? 'common.yes' : 'common.no')}</span>
        </label>
      ))}
    </fieldset>
  );
}

/** Step 5: the two decisions in the meldcode's order, the follow-up date and the status. */
export function DecisionsEditor({ c, edit }: { c: Case; edit: CaseSession['edit'] }) {
  const d = c.decisions;
  return (
    <div class="decisions">
      <YesNo name="melden" legend={t('decisions.melden')} value={d.melden} onChange={(melden) => edit((x) => setDecisions(x, { melden }))} />
      {d.melden === 'ja' && (
        <>
          <label for="meld-date" class="utrecht-form-label field-label">{t('decisions.meldDate')}</label>
          <input id="meld-date" type="date" class="utrecht-textbox utrecht-textbox--html-input" autocomplete="off" value={d.meldDate} onInput={(e) => { const meldDate = e.currentTarget.value; edit((x) => setDecisions(x, { meldDate })); }} />
        </>
      )}
      <YesNo name="hulp" legend={t('decisions.hulp')} value={d.hulp} onChange={(hulp) => edit((x) => setDecisions(x, { hulp }))} />
      {d.hulp === 'ja' && (
        <>
          <label for="hulp-what" class="utrecht-form-label field-label">{t('decisions.hulpWhat')}</label>
          <textarea class="utrecht-textarea utrecht-textarea--html-textarea" id="hulp-what" rows={3} autocomplete="off" value={d.hulpWhat} onInput={(e) => { const hulpWhat = e.currentTarget.value; edit((x) => setDecisions(x, { hulpWhat })); }} />
        </>
      )}
      <label for="follow-up" class="utrecht-form-label field-label">{t('decisions.followUp')}</label>
      <p id="follow-up-hint" class="utrecht-form-field-description">{t('decisions.followUpHint')}</p>
      <input id="follow-up" type="date" class="utrecht-textbox utrecht-textbox--html-input" autocomplete="off" aria-describedby="follow-up-hint" value={c.followUp} onInput={(e) => { const followUp = e.currentTarget.value; edit((x) => setCaseFields(x, { followUp })); }} />
      <label for="case-status" class="utrecht-form-label field-label">{t('decisions.status')}</label>
      <select id="case-status" autocomplete="off" value={c.status} onChange={(e) => { const status = e.currentTarget.value as Case['status']; edit((x) => setCaseFields(x, { status })); }}>
        {CASE_STATUSES.map((s) => <option key={s} value={s}>{t(STATUS_KEY[s])}</option>)}
      </select>
    </div>
  );
}
