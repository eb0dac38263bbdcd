import type { LocalizedPack, Locale } from '../content/schema';
import { outcomeAt, outcomeOnPath, questionAt } from '../content/wording';
import type { NodeId } from '../meldcode/types';
import { t } from '../i18n';
import { ExitOffer } from './ExitOffer';
import { Heading } from './Heading';
import type { Case } from '../cases/types';
import type { CaseSession } from '../cases/session';
import { HulpStop } from './HulpStop';
import { MeldRecord } from './MeldRecord';

/** An outcome the walk passes through (melden, then go on with Veilig Thuis; or hulp, then
 * check the result later). It says what to do now before offering the next question. */
export function WaypointScreen({ pack, lang, nodeId, path, backHref, backNode, onContinue, onExit, caseHere, edit, packHref }: {
  pack: LocalizedPack; lang: Locale; nodeId: string; path: NodeId[]; backHref: string; backNode?: string; onContinue: () => void; onExit: (exit: string) => void;
  caseHere: Case | null; edit: CaseSession['edit']; packHref: string;
}) {
  const node = outcomeAt(pack.kader, nodeId);
  const text = outcomeOnPath(pack.kader, path, path.indexOf(nodeId));
  // The route shows a waypoint only for an outcome with a next question.
  const nextNode = questionAt(pack.kader, node.next ?? '');
  return (
    <>
      <p class="eyebrow">{t('kader.waypoint')}</p>
      {/* The title says what to do (e.g. report): the tab and history get the neutral step name. */}
      <Heading documentTitle={t('kader.waypoint')}>{text.title}</Heading>
      <p class="lead">{text.text}</p>
      <h2>{t('outcome.why')}</h2>
      <p>{text.why}</p>
      {node.meldnorm && <p class="callout">{t('outcome.meldnorm', { n: node.meldnorm })}: {pack.meldnormen[node.meldnorm]}</p>}
      {/* The meldcode stops here until the agreed date: the date first, going on is for later. */}
      {node.followUp && <HulpStop caseHere={caseHere} edit={edit} lang={lang} packHref={packHref} />}
      {node.code === 'melden' && <MeldRecord caseHere={caseHere} edit={edit} />}
      <div class="actions">
        <button type="button" class={node.followUp ? 'utrecht-button utrecht-button--secondary-action' : 'utrecht-button utrecht-button--primary-action'} onClick={onContinue}>
          {node.followUp ? t('hulp.continueLater', { n: nextNode.afweging }) : node.withVeiligThuis ? t('kader.continueWithVT', { n: nextNode.afweging }) : t('kader.continueTo', { n: nextNode.afweging })}
        </button>
        <a class="utrecht-button utrecht-button--secondary-action" href={backHref} data-node={backNode}>{t('kader.back')}</a>
      </div>
      <ExitOffer pack={pack} lang={lang} nodeId={nodeId} onExit={onExit} />
    </>
  );
}
