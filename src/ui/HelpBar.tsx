import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n';

/** Always the first thing on every screen and never waits for anything: the same links are
 * in index.html, so they show before any script runs. In acute danger 112 leads.
 *
 * The chat is open on weekdays 9–17 only, takes no meldingen, and Veilig Thuis asks professionals
 * to phone instead (Veilig Thuis Gooi en Vechtstreek, veelgestelde vragen; gemeente.nu,
 * 2025-10-29; Veilig Thuis Rotterdam Rijnmond, 'achter de schermen bij de chat'). It has no address
 * of its own in those sources: it opens as a pop-up on veiligthuis.nl, so that is where we link. */
export function HelpBar({ acute }: { acute: boolean }) {
  const online = useOnline();
  const emergency = (
    <a class={acute ? 'help-112 help-112--acute' : 'help-112'} href="tel:112">
      {acute ? t('help.acute112') : t('help.call112')}
    </a>
  );
  return (
    <header class="help-bar" aria-label={t('help.label')}>
      {acute && (
        <div class="acute" role="alert">
          {emergency}
          <p>{t('help.acuteExplain')}</p>
        </div>
      )}
      <div class="help-links">
        <a class="help-vt" href="tel:08002000">
          {t('help.adviceVeiligThuis')} <span class="nowrap">0800-2000</span>
          <span class="help-note">{t('help.freeAllHours')}</span>
        </a>
        {/* The note stays outside the link: the link's name is where it goes, not a phone number. */}
        <p class="help-chat">
          <a href="https://www.veiligthuis.nl/" rel="noopener noreferrer" target="_blank">
            {t('help.chat')}
            <span class="visually-hidden"> {t('help.newWindow')}</span>
          </a>
          <span class="help-note">{online ? t('help.chatHours') : t('help.chatOffline')} {t('help.chatProfessionals')}</span>
        </p>
        {!acute && emergency}
      </div>
    </header>
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
