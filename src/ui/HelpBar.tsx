import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
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

/** The chat is open on weekdays 9–17 only, takes no meldingen, and Veilig Thuis asks professionals
 * to phone instead (Veilig Thuis Gooi en Vechtstreek, veelgestelde vragen; gemeente.nu,
 * 2025-10-29; Veilig Thuis Rotterdam Rijnmond, 'achter de schermen bij de chat'). It has no address
 * of its own in those sources: it opens as a pop-up on veiligthuis.nl, so that is where we link.
 * In the page footer: the help row keeps to what can be done at once. */
export function HelpChat() {
  const online = useOnline();
  return (
    // The note stays outside the link: the link's name is where it goes, not a phone number.
    <p class="help-chat">
      <a href="https://www.veiligthuis.nl/" rel="noopener noreferrer" target="_blank">
        {t('help.chat')}
        <span class="visually-hidden"> {t('help.newWindow')}</span>
      </a>{' '}
      <span class="help-note">{online ? t('help.chatHours') : t('help.chatOffline')} {t('help.chatProfessionals')}</span>
    </p>
  );
}

function useOnline(): boolean {
  const [online, setOnline] = useState(() => typeof navigator === 'undefined' || navigator.onLine !== false);
  useEffect(() => {
    const update = () => setOnline(navigator.onLine !== false);
    addEventListener('online', update);
    addEventListener('offline', update);
    return () => {
      removeEventListener('online', update);
      removeEventListener('offline', update);
    };
  }, []);
  return online;
}
