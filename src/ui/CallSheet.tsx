import { useState } from 'preact/hooks';
import type { LocalizedPack, Locale } from '../content/schema';
import { CALL_KINDS, CALL_SOURCES, callSheet, type CallKind, type SheetPart } from '../cases/call-sheet';
import type { Case } from '../cases/types';
import type { CaseSession } from '../cases/session';
import { isolate, t, type Key } from '../i18n';
import { formatDate, formatDateTime } from '../i18n/format';
import { href } from '../routes';
import { CallNumbers } from './CallNumbers';
import { CallRecordForm } from './CallRecordForm';
import { Heading } from './Heading';
import { summaryLabels } from './SummaryScreen';

const PART_KEY: Record<SheetPart, Key> = {
  safety: 'call.part.safety', signals: 'call.part.signals', consultations: 'call.part.consultations',
  conversation: 'call.part.conversation', kader: 'call.part.kader', decisions: 'call.part.decisions',
};
const ASK_KEY: Record<Exclude<SheetPart, 'decisions'>, Key> = {
  safety: 'call.ask.safety', signals: 'call.ask.signals', consultations: 'call.ask.consultations',
  conversation: 'call.ask.conversation', kader: 'call.ask.kader',
};
const ANON: Record<CallKind, { title: Key; points: Key[] }> = {
  advies: { title: 'call.anonTitle.advies', points: ['call.anon.advies1', 'call.anon.advies2', 'call.anon.advies3'] },
  melding: { title: 'call.anonTitle.melding', points: ['call.anon.melding1', 'call.anon.melding2', 'call.anon.melding3', 'call.anon.melding4', 'call.anon.melding5'] },
};

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
  const anon = ANON[kind];
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
                <strong>{t(k === 'advies' ? 'call.kind.advies' : 'call.kind.melding')}</strong>
                <br />
                <span id={`call-kind-${k}-hint`} class="small">{t(k === 'advies' ? 'call.kind.adviesHint' : 'call.kind.meldingHint')}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <CallNumbers region={region} />
      <section aria-labelledby="call-anon" class="callout">
        <h2 id="call-anon">{t(anon.title)}</h2>
        <ul>{anon.points.map((p) => <li key={p}>{t(p)}</li>)}</ul>
      </section>
      <h2 id="call-asks">{t('call.asksTitle')}</h2>
      <p>{t('call.asksIntro')}</p>
      {sections.map((s) => (
        <section key={s.part} aria-labelledby={`call-part-${s.part}`} class="call-part">
          <h3 id={`call-part-${s.part}`}>{t(PART_KEY[s.part])}</h3>
          <p>{t(s.part === 'decisions' ? (kind === 'advies' ? 'call.ask.decisions.advies' : 'call.ask.decisions.melding') : ASK_KEY[s.part])}</p>
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
