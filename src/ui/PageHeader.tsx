import type { ComponentChildren } from 'preact';
import { t } from '../i18n';
import { lazyComponent } from './lazy';

/** Names the service and who keeps it up, in one short header (NL Design System page header).
 * The open pack follows the name, so it is one tap from every screen of the pack. */
export function PageHeader({ homeHref, pack, children }: { homeHref: string; pack?: { title: string; href: string }; children?: ComponentChildren }) {
  return (
    <header class="utrecht-page-header page-header">
      <nav class="page-header-nav" aria-label={t('nav.label')}>
        <p class="page-header-name">
          <a class="brand" href={homeHref}>Meldwijzer</a>
          {pack && <><span aria-hidden="true">&nbsp;›&nbsp;</span><a class="topbar-pack" href={pack.href}>{pack.title}</a></>}
        </p>
        {children}
      </nav>
      <p class="page-header-tagline">{t('header.tagline')}</p>
    </header>
  );
}

/** NL Design System page footer: its content (FooterHelp) loads beside the first screen, out of
 * the shell's code. */
export const FooterHelp = lazyComponent(() => import('./FooterHelp').then((m) => m.FooterHelp), { strings: ['local'], quiet: true });

export function PageFooter() {
  return (
    <footer class="utrecht-page-footer footer">
      <FooterHelp />
    </footer>
  );
}
