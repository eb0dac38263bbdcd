import { useEffect, useState } from 'preact/hooks';
import { loadRoute } from '../content/load';
import { summarise, summaryText, type ChangeTarget, type SummaryLabels } from '../cases/summary';
import type { Case } from '../cases/types';
import type { CompiledRoute, LocalizedPack, Locale } from '../content/schema';
import { t } from '../i18n';
import { formatDate } from '../i18n/format';
import { CONSULT_KEY } from './ConsultationsEditor';
import { STATUS_KEY } from './CaseList';
import { Heading } from './Heading';
import { REPORT_KEY } from './OutcomeScreen';
import { href } from '../routes';

export function summaryLabels(): SummaryLabels {
  return {
    title: t('summary.heading'), label: t('summary.label'), pack: t('summary.pack'), created: t('summary.created'), changed: t('summary.changed'),
    status: t('summary.status'), followUp: t('summary.followUp'), step: (n) => t('step.number', { n }), notes: t('summary.notes'),
    checked: t('summary.checked'), checkedGone: (count) => t('summary.checkedGone', { count }), consultations: t('summary.consultation'), conversation: t('summary.conversation'), conversationNotes: t('summary.conversationNotes'), skipReason: t('summary.skipReason'),
    kader: t('summary.kader'), answeredAt: t('summary.answeredAt'), outcome: t('summary.outcome'), waypoint: t('answers.outcome'),
    report: t('summary.report'), reportKind: { none: t(REPORT_KEY.none), new: t(REPORT_KEY.new), again: t(REPORT_KEY.again), joint: t(REPORT_KEY.joint) }, meldnormen: t('summary.meldnormen'), reason: t('summary.reason'),
    decisions: t('summary.decisions'), melden: t('summary.melden'), hulp: t('summary.hulp'), melding: t('summary.melding'), reported: (time, to) => t('summary.reported', { time, to }), empty: t('summary.empty'), officialFile: t('summary.officialFile'),
    statusName: { open: t(STATUS_KEY.open), gemeld: t(STATUS_KEY.gemeld), 'hulp-loopt': t(STATUS_KEY['hulp-loopt']), afgesloten: t(STATUS_KEY.afgesloten) },
    consultKind: { collega: t(CONSULT_KEY.collega), aandachtsfunctionaris: t(CONSULT_KEY.aandachtsfunctionaris), 'veilig-thuis': t(CONSULT_KEY['veilig-thuis']), letselduiding: t(CONSULT_KEY.letselduiding) },
    conversationHeld: { ja: t('conversation.yes'), overgeslagen: t('conversation.skipped') },
    yesNo: { ja: t('common.yes'), nee: t('common.no') },
    routes: t('summary.routes'),
  };
}

/** Where a "Wijzig" link of the summary leads. */
function changeHref(pack: string, to: ChangeTarget): string {
  if ('step' in to) return href({ name: 'step', pack, step: to.step });
  if ('node' in to) return href({ name: 'kader', pack, node: to.node });
  return href({ name: to.kader, pack });
}

/** A clean summary for the official file, as GOV.UK's "check answers": a list per step, each
 * line with a link to where it is changed. Printable (without the links), or copied as plain
 * text; the end of the steps leads here, so the backup is offered too. */
export function SummaryScreen({ c, pack, lang, formatTime }: { c: Case | null; pack: LocalizedPack; lang: Locale; formatTime: (iso: string) => string }) {
  const [withLabel, setWithLabel] = useState(false);
  const [copied, setCopied] = useState<'' | 'ok' | 'failed'>('');
  // The special routes walked for this case, for their questions and answers (precached, so offline too).
  const [routes, setRoutes] = useState<CompiledRoute[]>([]);
  const walked = Object.keys(c?.routes ?? {}).sort().join(' ');
  useEffect(() => {
    if (!walked) return;
    void Promise.all(walked.split(' ').map((id) => loadRoute(id).catch(() => null))).then((all) => setRoutes(all.filter((r) => r !== null)));
  }, [walked]);
  if (!c || c.packId !== pack.id) {
    return (
      <>
        <Heading>{t('summary.title')}</Heading>
        <p>{t('summary.noCase')}</p>
        <a class="utrecht-button utrecht-button--primary-action" href={href({ name: 'start' })}>{t('notFound.toStart')}</a>
      </>
    );
  }
  const sections = summarise(c, pack, lang, summaryLabels(), { withLabel, formatTime, formatDate: (day) => formatDate(day, lang), routes });
  const copy = () => navigator.clipboard.writeText(summaryText(sections)).then(() => setCopied('ok'), () => setCopied('failed'));
  return (
    <>
      <Heading>{t('summary.title')}</Heading>
      <p class="no-print">{t('summary.intro')}</p>
      <p class="no-print">{t('summary.checkIntro')}</p>
      <div class="no-print">
        <label class="check">
          <input type="checkbox" class="utrecht-checkbox utrecht-checkbox--html-input" checked={withLabel} onChange={() => setWithLabel(!withLabel)} />
          <span>{t('summary.includeLabel')}</span>
        </label>
        <div class="actions">
          <button type="button" class="utrecht-button utrecht-button--primary-action" onClick={() => print()}>{t('summary.print')}</button>
          <button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={copy}>{t('summary.copy')}</button>
        </div>
        <p role="status" class="small">{copied === 'ok' ? t('summary.copied') : copied === 'failed' ? t('summary.copyFailed') : ''}</p>
        <p class="small">{t('summary.backupHint')}</p>
        <ul class="actions">
          <li><a class="utrecht-button utrecht-button--secondary-action" href={href({ name: 'data' })}>{t('summary.backup')}</a></li>
          <li><a href={href({ name: 'case', pack: pack.id })}>{t('summary.toOverview')}</a></li>
        </ul>
      </div>
      <article class="summary" aria-label={t('summary.title')}>
        {sections.map((s, i) => {
          const listed = s.lines.filter((line) => line.label);
          return (
            <section key={i}>
              {s.heading && <h2>{s.heading}</h2>}
              {listed.length > 0 && (
                <dl class="summary-list">
                  {listed.map((line, j) => (
                    <div key={j} class="summary-line">
                      <dt>{line.label}</dt>
                      {/* Each line's text may be the user's own: isolated, so its direction stays its own. */}
                      <dd><bdi>{line.text}</bdi></dd>
                      {line.change && (
                        <dd class="summary-change no-print">
                          <a href={changeHref(pack.id, line.change)}>
                            {t('summary.change')}<span class="visually-hidden"> {line.label}</span>
                          </a>
                        </dd>
                      )}
                    </div>
                  ))}
                </dl>
              )}
              {s.lines.filter((line) => !line.label).map((line, j) => <p key={j} class="summary-line"><bdi>{line.text}</bdi></p>)}
            </section>
          );
        })}
      </article>
    </>
  );
}
