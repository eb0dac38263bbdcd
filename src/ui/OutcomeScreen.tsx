import type { LocalizedPack, Locale } from '../content/schema';
import { outcomeAt, outcomeOnPath } from '../content/wording';
import type { KaderState, Position } from '../meldcode/types';
import { t } from '../i18n';
import { href } from '../routes';
import { positionHref } from './kader-href';
import { AnswerList } from './AnswerList';
import type { Case } from '../cases/types';
import { setReason } from '../cases/fields';
import type { CaseSession } from '../cases/session';
import { Heading } from './Heading';
import { PrivateFields } from './PrivateFields';
import { MeldRecord } from './MeldRecord';
import { CallLinkLazy } from './CallLinkLazy';

/** One sentence per kind, so the outcome screen and the summary say the same about melden. */
export const REPORT_KEY = { none: 'report.none', new: 'report.new', again: 'report.again', joint: 'report.joint' } as const;

export function OutcomeScreen({ pack, lang, state, walk, onRestart, caseHere, edit }: {
  pack: LocalizedPack; lang: Locale; state: KaderState; walk: Position; onRestart: () => void; caseHere: Case | null; edit: CaseSession['edit'];
}) {
  if (!walk.finished) {
    return (
      <>
        <Heading>{t('outcome.noneTitle')}</Heading>
        <p>{t('outcome.notYet')}</p>
        <a class="utrecht-button utrecht-button--primary-action" href={positionHref(pack, walk)}>{t('outcome.toKader')}</a>
      </>
    );
  }
  // A finished walk ends at an outcome (the engine's rule).
  const node = outcomeAt(pack.kader, walk.current);
  const text = outcomeOnPath(pack.kader, walk.path, walk.path.length - 1);
  const meldnormen = pack.meldnormen;
  return (
    <>
      <p class="eyebrow">{t('outcome.eyebrow')}</p>
      <Heading documentTitle={t('outcome.eyebrow')}>{text.title}</Heading>
      <p class="callout report-kind"><strong>{t('report.label')}</strong> {t(REPORT_KEY[text.report])}</p>
      <section aria-labelledby="now">
        <h2 id="now">{t('outcome.now')}</h2>
        <p class="lead">{text.text}</p>
      </section>
      <section aria-labelledby="why">
        <h2 id="why">{t('outcome.why')}</h2>
        <p>{text.why}</p>
        {walk.meldnormen.length > 0 ? (
          <ul>
            {walk.meldnormen.map((n) => (
              <li key={n}><strong>{t('outcome.meldnorm', { n })}</strong>: {meldnormen[n]}</li>
            ))}
          </ul>
        ) : (
          <p>{walk.gemeld ? t('outcome.reportedJointly') : t('outcome.noMeldnorm')}</p>
        )}
        {node.code === 'afsluiten-en-vastleggen' && <p>{t('outcome.restartLater')}</p>}
      </section>
      {(node.code === 'melden' || node.code === 'opnieuw-melden') && <MeldRecord caseHere={caseHere} edit={edit} />}
      {caseHere && (node.code === 'melden' || node.code === 'opnieuw-melden') && <CallLinkLazy packId={pack.id} />}
      {caseHere && (
        <section aria-labelledby="reason">
          <h2 id="reason">{t('outcome.reasonTitle')}</h2>
          <PrivateFields>
            <label for="reason-text" class="utrecht-form-label field-label">{t('outcome.reasonLabel')}</label>
            <textarea class="utrecht-textarea utrecht-textarea--html-textarea" id="reason-text" rows={5} autocomplete="off" value={caseHere.kader.reason} onInput={(e) => { const v = e.currentTarget.value; edit((c) => setReason(c, v)); }} />
          </PrivateFields>
        </section>
      )}
      <section aria-labelledby="your-answers">
        <h2 id="your-answers">{t('outcome.yourAnswers')}</h2>
        <AnswerList pack={pack} lang={lang} state={state} />
      </section>
      <ul class="actions">
        <li><a class="utrecht-button utrecht-button--primary-action" href={href({ name: 'step', pack: pack.id, step: 5 })}>{t('outcome.toStep5')}</a></li>
        <li><a class="utrecht-button utrecht-button--secondary-action" href={href({ name: 'kader', pack: pack.id, node: pack.kader.start })} onClick={onRestart}>{t('outcome.restart')}</a></li>
      </ul>
    </>
  );
}
