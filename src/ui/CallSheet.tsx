import { useState } from 'preact/hooks';
import type { LocalizedPack, Locale } from '../content/schema';
import { CALL_KINDS, CALL_SOURCES, callSheet, type CallKind, type SheetPart } from '../cases/call-sheet';
import type { Case } from '../cases/types';
import type { CaseSession } from '../cases/session';
import { isolate, t } from '../i18n';
import { formatDate, formatDateTime } from '../i18n/format';
import { href } from '../routes';
import { CallNumbers } from './CallNumbers';
import { CallRecordForm } from './CallRecordForm';
import { Heading } from './Heading';
import { summaryLabels } from './SummaryScreen';

// Thunks, not keys: strings are read at render time, in the language then in use.
const PART: Record<SheetPart, () => string> = {
  safety: () => t('call.part.safety'), signals: () => t('call.part.signals'), consultations: () => t('call.part.consultations'),
  conversation: () => t('call.part.conversation'), kader: () => t('call.part.kader'), decisions: () => t('call.part.decisions'),
};
const ASK: Record<SheetPart, (kind: CallKind) => string> = {
  safety: () => t('call.ask.safety'), signals: () => t('call.ask.signals'), consultations: () => t('call.ask.consultations'),
  conversation: () => t('call.ask.conversation'), kader: () => t('call.ask.kader'),
  decisions: (kind) => (kind === 'advies' ? t('call.ask.decisions.advies') : t('call.ask.decisions.melding')),
};
/** What stays anonymous in an advice call; what a melding needs. */
const ANON: Record<CallKind, () => { title: string; points: string[] }> = {
  advies: () => ({ title: t('call.anonTitle.advies'), points: [t('call.anon.advies1'), t('call.anon.advies2'), t('call.anon.advies3')] }),
  melding: () => ({ title: t('call.anonTitle.melding'), points: [t('call.anon.melding1'), t('call.anon.melding2'), t('call.anon.melding3'), t('call.anon.melding4'), t('call.anon.melding5')] }),
};
const KIND: Record<CallKind, () => string> = { advies: () => t('call.kind.advies'), melding: () => t('call.kind.melding') };
const KIND_HINT: Record<CallKind, () => string> = { advies: () => t('call.kind.adviesHint'), melding: () => t('call.kind.meldingHint') };

/** Bel voorbereiden: one screen to read from while calling Veilig Thuis — advies or melding, what
 * stays anonymous or what a melding needs, what Veilig Thuis will ask with the case's answers
 * filled in (the summary's own lines), tap to call, and afterwards a record of the call. */
export function CallSheet({ pack, lang, caseHere, edit, region = null }: { pack: LocalizedPack; lang: Locale; caseHere: Case | null; edit: CaseSession['edit']; region?: string | null }) {
  const [kind, setKind] = useState<CallKind>('advies');
  const c = caseHere && caseHere.packId === pack.id ? caseHere : null;
  if (!c) {
    return (
      <>
        <Heading>{t('call.title')}</Heading>
        <p>{t('call.noCase')}</p>
        <p><a class="utrecht-button utrecht-button--secondary-action" href={href({ name: 'pack', pack: pack.id })}>{t('call.toPack')}</a></p>
        <CallNumbers region={region} />
      </>
    );
  }
  const sections = callSheet(c, pack, lang, summaryLabels(), { formatTime: (iso) => formatDateTime(iso, lang), formatDate: (day) => formatDate(day, lang) });
  const anon = ANON[kind]();
  return (
    <div class="call-sheet">
      <Heading>{t('call.title')}</Heading>
      <p class="lead">{t('call.intro', { label: isolate(c.label) })}</p>
      <fieldset class="utrecht-form-fieldset__fieldset utrecht-form-fieldset__fieldset--html-fieldset no-print">
        <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{t('call.kindLegend')}</legend>
        <div class="choices">
          {CALL_KINDS.map((k) => (
            <label key={k} class="choice">
              <input type="radio" id={`call-kind-${k}`} name="call-kind" value={k} checked={kind === k} aria-describedby={`call-kind-${k}-hint`} onChange={() => setKind(k)} />
              <span>
                <strong>{KIND[k]()}</strong>
                <br />
                <span id={`call-kind-${k}-hint`} class="small">{KIND_HINT[k]()}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <CallNumbers region={region} />
      <section aria-labelledby="call-anon" class="callout">
        <h2 id="call-anon">{anon.title}</h2>
        <ul>{anon.points.map((p) => <li key={p}>{p}</li>)}</ul>
      </section>
      <h2 id="call-asks">{t('call.asksTitle')}</h2>
      <p>{t('call.asksIntro')}</p>
      {sections.map((s) => (
        <section key={s.part} aria-labelledby={`call-part-${s.part}`} class="call-part">
          <h3 id={`call-part-${s.part}`}>{PART[s.part]()}</h3>
          <p>{ASK[s.part](kind)}</p>
          {s.lines.length > 0 ? (
            <dl class="summary-list">
              {s.lines.map((line, j) => (
                <div key={j} class="summary-line">
                  <dt>{line.label}</dt>
                  {/* The user's own text: isolated, so its direction stays its own. */}
                  <dd><bdi>{line.text}</bdi></dd>
                </div>
              ))}
            </dl>
          ) : (
            <p class="call-empty"><strong>{t('call.empty')}</strong></p>
          )}
          <p class="no-print small"><a href={href({ name: 'step', pack: pack.id, step: s.step })}>{t('call.edit', { n: s.step })}</a></p>
        </section>
      ))}
      <p class="small call-source">
        {t('call.sourceLabel')}{' '}
        {CALL_SOURCES.map((src, i) => (
          <span key={src.url}>{i > 0 && '; '}<a href={src.url}>{src.owner}, ‘{src.title}’</a></span>
        ))}
        {` (${t('call.sourceDate')}).`}
      </p>
      <div class="actions no-print">
        <button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={() => print()}>{t('call.print')}</button>
      </div>
      <CallRecordForm packId={pack.id} choice={kind} edit={edit} />
    </div>
  );
}
