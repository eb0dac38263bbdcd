import type { CompiledPack, Locale, OutcomeText } from '../content/schema';
import type { OutcomeNode, QuestionNode } from '../meldcode/types';
import { t } from '../i18n';
import { Heading } from './Heading';

/** An outcome the walk passes through (melden, then go on with Veilig Thuis; or hulp, then
 * check the result later). It says what to do now before offering the next question. */
export function WaypointScreen({ pack, lang, nodeId, withVeiligThuis, backHref, onContinue }: {
  pack: CompiledPack; lang: Locale; nodeId: string; withVeiligThuis: boolean; backHref: string; onContinue: () => void;
}) {
  const node = pack.kader.nodes[nodeId] as OutcomeNode;
  const text = pack.text[lang].kader.nodes[nodeId] as OutcomeText;
  const nextNode = pack.kader.nodes[node.next!] as QuestionNode;
  return (
    <>
      <p class="eyebrow">{t('kader.waypoint')}</p>
      <Heading>{text.title}</Heading>
      <p class="lead">{withVeiligThuis && text.withVeiligThuis ? text.withVeiligThuis : text.text}</p>
      <h2>{t('outcome.why')}</h2>
      <p>{text.why}</p>
      {node.meldnorm && <p class="callout">{t('outcome.meldnorm', { n: node.meldnorm })}: {pack.text[lang].meldnormen[String(node.meldnorm) as '1']}</p>}
      {node.followUp && <p class="callout">{t('kader.followUp')}</p>}
      <div class="actions">
        <button type="button" onClick={onContinue}>
          {node.withVeiligThuis ? t('kader.continueWithVT', { n: nextNode.afweging }) : t('kader.continueTo', { n: nextNode.afweging })}
        </button>
        <a class="button secondary" href={backHref}>{t('kader.back')}</a>
      </div>
    </>
  );
}
