import { useLayoutEffect, useRef } from 'preact/hooks';
import { t } from '../i18n';

/** What a client glancing at the screen sees: a neutral page that names nothing. */
export function HiddenScreen({ onShow }: { onShow: () => void }) {
  const button = useRef<HTMLButtonElement>(null);
  // Layout effect: the tab title must change in the same frame as the screen.
  useLayoutEffect(() => {
    const title = document.title;
    document.title = t('hide.documentTitle');
    button.current?.focus();
    return () => { document.title = title; };
  }, []);
  return (
    <main class="hidden-screen">
      <h1 class="visually-hidden">{t('hide.documentTitle')}</h1>
      <button ref={button} type="button" class="hidden-screen-button" onClick={onShow}>{t('hide.show')}</button>
    </main>
  );
}
