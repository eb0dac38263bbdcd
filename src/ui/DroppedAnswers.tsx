import type { LocalizedPack } from '../content/schema';
import { t } from '../i18n';
import { reconcileReport } from '../meldcode/reconcile-report';
import type { KaderState } from '../meldcode/types';

/**
 * Says which stored answers the walk leaves out because they do not fit this version of the pack
 * (a node renamed, an answer removed, an old file): the walk keeps the longest part that fits
 * (reconcile), so everything after the first misfit is shown again as a question.
 */
export function DroppedAnswers({ pack, stored, caseVersion }: { pack: LocalizedPack; stored: KaderState; caseVersion: string }) {
  // Passing a waypoint or taking an exit is no answer to a question: only questions are counted.
  const questions: string[] = [];
  let gone = 0;
  for (const { node } of reconcileReport(pack.kader, stored).dropped) {
    const n = pack.kader.nodes[node];
    if (!n) gone += 1;
    else if (n.type === 'question') questions.push(n.text.label || n.text.question);
  }
  const count = questions.length + gone;
  if (count === 0) return null;
  return (
    <div class="notice utrecht-alert utrecht-alert--info" role="status">
      <p>
        {t('kader.dropped', { count, version: pack.version })}
        {caseVersion && caseVersion !== pack.version && <> {t('kader.droppedFrom', { version: caseVersion })}</>}
      </p>
      <ul>
        {[...new Set(questions)].map((q) => <li key={q}>{q}</li>)}
        {gone > 0 && <li>{t('kader.droppedGone', { count: gone })}</li>}
      </ul>
      <p>{t('kader.droppedAgain')}</p>
    </div>
  );
}
