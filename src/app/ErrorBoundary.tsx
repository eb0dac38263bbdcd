import { Component, type ComponentChildren } from 'preact';
import { t as translate, type Key } from '../i18n';
import nl from '../i18n/locales/nl.json';
import { href } from '../routes';
import { Heading, requestHeadingFocus } from '../ui/Heading';
import { flushAll, storedPointer } from '../cases/page';

/** The string, or Dutch straight from the shell's own strings when i18n itself is what failed. */
const t = (key: Key & keyof typeof nl) => {
  try {
    return translate(key);
  } catch {
    return nl[key];
  }
};

/**
 * Whatever the app throws ends here, not in a white page. The open case is no longer reopened by
 * itself: if its data is what made a screen fail, every reload would otherwise fail the same way.
 * The case itself stays as it is, in the list on the start screen. The link back loads the page
 * anew, so nothing of the failed state is kept. Bundle-size sensitive: it lives in the shell, as
 * it must show without loading anything, and it needs nothing that may itself have failed (not
 * even i18next, nor the help bar, which uses it).
 */
export class ErrorBoundary extends Component<{ children: ComponentChildren }, { failed?: boolean }> {
  static override getDerivedStateFromError() {
    storedPointer().write(null);
    return { failed: true };
  }

  override componentDidCatch() {
    flushAll(); // before the failed app is gone: what was typed just now is saved
  }

  override componentDidUpdate() {
    // Once the calm screen is there (not before: the failed screen's title would take it), its
    // title takes focus, so a screen reader says what happened and the keyboard starts there.
    if (this.state.failed) requestHeadingFocus();
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <>
        {/* Not the HelpBar component: its strings would fail with the rest when i18n failed. */}
        <section class="help-bar" aria-label={t('help.label')}>
          <a class="help-vt" href="tel:08002000">
            <span class="help-vt-name">{t('help.adviceVeiligThuis')}</span> <span class="nowrap">0800-2000</span>
            <span class="visually-hidden"> {t('help.freeAllHours')}</span>
          </a>
          <a class="help-112" href="tel:112"><span class="visually-hidden">{t('help.call112Prefix')} </span>{t('help.call112Short')}</a>
        </section>
        <main id="main">
          <Heading>{t('crash.title')}</Heading>
          <p>{t('crash.text')}</p>
          <a class="utrecht-button utrecht-button--primary-action" href={href({ name: 'start' })}>{t('notFound.toStart')}</a>
          {/* If the start screen itself fails, the backups stay within reach. */}
          <p><a href={href({ name: 'data' })}>{t('data.link')}</a></p>
        </main>
      </>
    );
  }
}
