import { useState } from 'preact/hooks';
import { startHulp } from '../cases/fields';
import type { CaseSession } from '../cases/session';
import type { Case } from '../cases/types';
import { formatDate } from '../i18n/format';
import type { Locale } from '../content/schema';
import { t } from '../i18n';
import { PrivateFields } from './PrivateFields';

/** Where the meldcode stops after 'hulp bieden of organiseren': the help needs time, and afweging
 * 5 is answered on an agreed date, not now. The date is kept in the case (its follow-up) and the
 * case is marked 'hulp loopt'; without a case there is nowhere to keep it, and the screen says so. */
export function HulpStop({ caseHere, edit, lang, packHref }: { caseHere: Case | null; edit: CaseSession['edit']; lang: Locale; packHref: string }) {
  const [date, setDate] = useState(caseHere?.followUp ?? '');
  const [error, setError] = useState(false);
  const save = () => {
    setError(!date);
    if (date) edit((c) => startHulp(c, date));
  };
  const saved = caseHere?.status === 'hulp-loopt' && caseHere.followUp ? caseHere.followUp : '';
  return (
    <section class="hulp-stop" aria-labelledby="hulp-stop">
      <h2 id="hulp-stop">{t('hulp.title')}</h2>
      <p>{t('kader.followUp')}</p>
      {!caseHere ? (
        <p class="notice">{t('hulp.noCase')} <a href={packHref}>{t('hulp.toCase')}</a></p>
      ) : (
        <PrivateFields>
          <label for="afweging5-date" class="field-label">{t('hulp.dateLabel')}</label>
          {error && <p id="afweging5-error" class="error">{t('hulp.dateMissing')}</p>}
          <input
            id="afweging5-date"
            type="date"
            class="utrecht-textbox utrecht-textbox--html-input"
            autocomplete="off"
            value={date}
            aria-invalid={error}
            aria-describedby={error ? 'afweging5-error' : undefined}
            onInput={(e) => setDate(e.currentTarget.value)}
          />
          <p><button type="button" class="utrecht-button utrecht-button--primary-action" onClick={save}>{t('hulp.save')}</button></p>
        </PrivateFields>
      )}
      {saved && (
        <p class="callout" role="status">
          <strong>{t('hulp.status')}.</strong> {t('hulp.saved', { date: formatDate(saved, lang) })}
        </p>
      )}
    </section>
  );
}
