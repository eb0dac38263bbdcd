import { useState } from 'preact/hooks';
import { applyCallRecord, callRecordProblems, type CallRecordProblem } from '../cases/call-record';
import { CALL_KINDS, type CallKind } from '../cases/call-sheet';
import { localToday } from '../cases/dates';
import type { CaseSession } from '../cases/session';
import { t } from '../i18n';
import { href } from '../routes';
import { ErrorSummary } from './ErrorSummary';

const nowTime = (d = new Date()) => `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
const ERROR: Record<CallRecordProblem, () => string> = { date: () => t('call.errorDate'), time: () => t('call.errorTime') };
const FIELD = { date: 'call-date', time: 'call-time' } as const;

/** After the call, one tap puts it in the case: advice into step 2 (a consultation with Veilig
 * Thuis), a melding into step 5. A bad date or time is said, and nothing typed is lost. */
export function CallRecordForm({ packId, choice, edit }: { packId: string; choice: CallKind; edit: CaseSession['edit'] }) {
  const [date, setDate] = useState(() => localToday());
  const [time, setTime] = useState(() => nowTime());
  // Follows the choice at the top until the user picks here.
  const [picked, setPicked] = useState<CallKind | null>(null);
  const kind = picked ?? choice;
  const [advice, setAdvice] = useState('');
  const [problems, setProblems] = useState<CallRecordProblem[]>([]);
  const [saved, setSaved] = useState<2 | 5 | null>(null);
  const has = (p: CallRecordProblem) => problems.includes(p);
  const submit = (e: Event) => {
    e.preventDefault();
    const found = callRecordProblems({ date, time });
    setProblems(found);
    if (found.length) { setSaved(null); return; }
    const id = crypto.randomUUID();
    const record = { date: date.trim(), time: time.trim(), kind, advice };
    const notePrefix = t('call.notePrefix', { date: record.date, time: record.time });
    edit((c) => applyCallRecord(c, record, { id, meldTo: 'Veilig Thuis', notePrefix }).c);
    setSaved(kind === 'advies' ? 2 : 5);
    setAdvice('');
  };
  return (
    <section class="call-record no-print" aria-labelledby="call-record">
      <h2 id="call-record">{t('call.recordTitle')}</h2>
      <p>{t('call.recordIntro')}</p>
      {saved && (
        <div class="callout" role="status">
          <p>{saved === 2 ? t('call.saved.advies') : t('call.saved.melding')}</p>
          <p><a href={href({ name: 'step', pack: packId, step: saved })}>{t('call.savedLink', { n: saved })}</a></p>
        </div>
      )}
      {/* autocomplete="off" on the form itself keeps the advice out of the browser's saved tab state (see PrivateFields, which cannot hold a form). */}
      <form autocomplete="off" noValidate onSubmit={submit}>
        {problems.length > 0 && <ErrorSummary key={problems.join()} errors={problems.map((p) => ({ field: FIELD[p], text: ERROR[p]() }))} />}
          <div class="utrecht-form-field">
            <label for="call-date" class="utrecht-form-label field-label">{t('call.recordDate')}</label>
            {has('date') && <p id="call-date-error" class="utrecht-form-field-error-message">{t('call.errorDate')}</p>}
            <input id="call-date" type="date" class="utrecht-textbox utrecht-textbox--html-input" autocomplete="off" value={date} aria-invalid={has('date')} aria-describedby={has('date') ? 'call-date-error' : undefined} onInput={(e) => setDate(e.currentTarget.value)} />
          </div>
          <div class="utrecht-form-field">
            <label for="call-time" class="utrecht-form-label field-label">{t('call.recordTime')}</label>
            <p id="call-time-hint" class="utrecht-form-field-description">{t('call.recordTimeHint')}</p>
            {has('time') && <p id="call-time-error" class="utrecht-form-field-error-message">{t('call.errorTime')}</p>}
            <input id="call-time" type="time" class="utrecht-textbox utrecht-textbox--html-input" autocomplete="off" value={time} aria-invalid={has('time')} aria-describedby={`call-time-hint${has('time') ? ' call-time-error' : ''}`} onInput={(e) => setTime(e.currentTarget.value)} />
          </div>
          <fieldset class="utrecht-form-fieldset__fieldset utrecht-form-fieldset__fieldset--html-fieldset">
            <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{t('call.recordKind')}</legend>
            <div class="choices">
              {CALL_KINDS.map((k) => (
                <label key={k} class="choice">
                  <input type="radio" id={`call-record-${k}`} name="call-record-kind" value={k} checked={kind === k} onChange={() => setPicked(k)} />
                  <span>{k === 'advies' ? t('call.kind.advies') : t('call.kind.melding')}</span>
                </label>
              ))}
            </div>
          </fieldset>
          <label for="call-advice" class="utrecht-form-label field-label">{t('call.recordAdvice')}</label>
          <textarea id="call-advice" class="utrecht-textarea utrecht-textarea--html-textarea" rows={5} autocomplete="off" value={advice} onInput={(e) => setAdvice(e.currentTarget.value)} />
        <div class="actions"><button type="submit" class="utrecht-button utrecht-button--primary-action">{t('call.recordSave')}</button></div>
      </form>
    </section>
  );
}
