import { useState } from 'preact/hooks';
import { setMelding } from '../cases/fields';
import type { CaseSession } from '../cases/session';
import type { Case } from '../cases/types';
import { t } from '../i18n';
import { PrivateFields } from './PrivateFields';

/** On a screen that says 'melden': the calls at hand, and, with a case open, a small record of
 * when the melding was made and to whom, which goes into the summary. */
export function MeldRecord({ caseHere, edit }: { caseHere: Case | null; edit: CaseSession['edit'] }) {
  // 'Veilig Thuis' unless the user says otherwise; kept here until a time is given.
  const [to, setTo] = useState(caseHere?.decisions.meldTo || t('melding.defaultTo'));
  return (
    <section class="meld-record" aria-labelledby="meld-record">
      <h2 id="meld-record">{t('melding.title')}</h2>
      <ul class="actions">
        <li><a class="utrecht-button utrecht-button--primary-action" href="tel:08002000">{t('melding.callVT')}</a></li>
        <li><a class="utrecht-button utrecht-button--secondary-action" href="tel:112">{t('melding.call112')}</a></li>
      </ul>
      {caseHere ? (
        <PrivateFields>
          <fieldset>
            <legend>{t('melding.recordLegend')}</legend>
            <label for="meld-at" class="field-label">{t('melding.at')}</label>
            <input
              id="meld-at"
              type="datetime-local"
              class="utrecht-textbox utrecht-textbox--html-input"
              autocomplete="off"
              value={caseHere.decisions.meldAt}
              onInput={(e) => { const meldAt = e.currentTarget.value; edit((c) => setMelding(c, { meldAt, meldTo: to })); }}
            />
            <label for="meld-to" class="field-label">{t('melding.to')}</label>
            <input
              id="meld-to"
              type="text"
              class="utrecht-textbox utrecht-textbox--html-input"
              autocomplete="off"
              value={to}
              onInput={(e) => { const meldTo = e.currentTarget.value; setTo(meldTo); edit((c) => setMelding(c, { meldTo })); }}
            />
          </fieldset>
        </PrivateFields>
      ) : (
        <p class="small">{t('melding.noCase')}</p>
      )}
    </section>
  );
}
