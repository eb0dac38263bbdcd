import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n';
import { href } from '../routes';

/** The footer, below every screen: the chat with its hours, the ways to find the right Veilig
 * Thuis, the national lines and the user's own organisation, what happens to the user's data, and
 * the statements about the app (who makes it, privacy, accessibility, where the content comes
 * from). Loaded beside the first screen (preload.ts, and the prerender) so it is there with it;
 * kept out of the shell's code. */
export function FooterHelp() {
  return (
    <>
      <HelpChat />
      <nav class="footer-whom" aria-label={t('footer.whom')}>
        <ul class="footer-links">
          <li><a href={href({ name: 'veiligThuis' })}>{t('footer.finder')}</a></li>
          <li><a href={href({ name: 'lines' })}>{t('footer.lines')}</a></li>
          <li><a href={href({ name: 'organisation' })}>{t('footer.organisation')}</a></li>
        </ul>
      </nav>
      <p>{t('footer.privacy')}</p>
      <ul class="footer-links">
        <li><a href={href({ name: 'about' })}>{t('footer.about')}</a></li>
        <li><a href={href({ name: 'privacy' })}>{t('footer.privacyStatement')}</a></li>
        <li><a href={href({ name: 'accessibility' })}>{t('footer.accessibility')}</a></li>
        <li><a href={href({ name: 'verantwoording' })}>{t('footer.verantwoording')}</a></li>
      </ul>
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
