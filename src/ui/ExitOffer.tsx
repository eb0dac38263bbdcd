import type { LocalizedPack, Locale } from '../content/schema';
import type { NodeId } from '../meldcode/types';
import { t } from '../i18n';

/** Beside the answers on the screens of the help path: a new worry about safety never waits for
 * the agreed date. The words come from the outcome the exit leads to. */
export function ExitOffer({ pack, lang, nodeId, onExit }: { pack: LocalizedPack; lang: Locale; nodeId: NodeId; onExit: (exit: string) => void }) {
  const exits = pack.kader.nodes[nodeId]?.exits ?? [];
  return (
    <>
      {exits.map((exit) => {
        const target = pack.kader.nodes[exit.next];
        const id = `exit-${exit.id}`;
        return (
          <section key={exit.id} class="exit-offer" aria-labelledby={id}>
            <h2 id={id}>{t('kader.exitTitle')}</h2>
            {target?.type === 'outcome' && <p>{target.text.offer}</p>}
            <p><a class="help-112" href="tel:112">{t('help.acute112')}</a></p>
            <button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={() => onExit(exit.id)}>{t('kader.exitButton')}</button>
          </section>
        );
      })}
    </>
  );
}
