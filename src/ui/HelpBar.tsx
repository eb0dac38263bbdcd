import type { ComponentChildren } from 'preact';
import { t } from '../i18n';

/** Always the first thing on every screen and never waits for anything: the same links are
 * in index.html, so they show before any script runs. One row that stays at the top while the
 * screen scrolls, in the same place on every screen: Veilig Thuis, 112 and the hide control
 * (passed in, last, so it never moves). In acute danger 112 leads, and a short alert says why.
 * The row never wraps: on a narrow phone the Veilig Thuis link breaks its own text instead. */
export function HelpBar({ acute, hide }: { acute: boolean; hide?: ComponentChildren }) {
  const emergency = (
    // The question stays in the link's name, out of sight: the row has room for 'Bel 112' only.
    <a class={acute ? 'help-112 help-112--acute' : 'help-112'} href="tel:112">
      <span class="visually-hidden">{acute ? t('help.acute112Prefix') : t('help.call112Prefix')} </span>
      {t('help.call112Short')}
    </a>
  );
  return (
    <>
      <section class="help-bar" aria-label={t('help.label')}>
        {acute && emergency}
        <a class="help-vt" href="tel:08002000">
          <span class="help-vt-name">{t('help.adviceVeiligThuis')}</span> <span class="nowrap">0800-2000</span>
          <span class="visually-hidden"> {t('help.freeAllHours')}</span>
        </a>
        {!acute && emergency}
        {hide}
      </section>
      {acute && (
        <div class="acute utrecht-alert utrecht-alert--error" role="alert">
          <p>{t('help.acuteExplain')}</p>
        </div>
      )}
    </>
  );
}
