import { render } from 'preact';
import { App } from './app/App';
import { ErrorBoundary } from './app/ErrorBoundary';
import { missingCapabilities } from './app/capabilities';
import { currentRoute, navigate } from './app/navigation';
import { loadFirstScreen } from './app/preload';
import { readLanguage } from './app/settings';
import './app/design-system';
import './app/styles.css';
import { initI18n, loadLanguage } from './i18n';
import { registerServiceWorker } from './sw/register';
import { armQuickHideKeys } from './app/quickHideKeys';
import { armInstallPrompt } from './app/install-prompt';
import { keepPrerendered } from './ui/prerendered';
import { loadRepo } from './storage/load';

armQuickHideKeys();
armInstallPrompt();
const lang = readLanguage();
initI18n(lang);
document.documentElement.lang = lang;
const route = currentRoute();
// Links from before the app had one address per screen (#/algemeen/stap/2) keep working.
if (location.hash.startsWith('#/')) navigate(route, { replace: true });

// The stored cases are read as soon as the app has rendered: their code starts loading now, beside
// the first screen's, not after it (a case's overview and notes show that much sooner).
loadRepo().catch(() => undefined);

// Meanwhile the prerendered page (or the help links of the shell) stays on screen. Not a
// top-level await: that would hold back DOMContentLoaded, and with it the browser's first paint.
void Promise.all([loadFirstScreen(route), loadLanguage(lang).catch(() => undefined)]).then(([first]) => {
  const notices = missingCapabilities();
  const updates = import.meta.env.PROD && !notices.includes('notice.noServiceWorker') ? registerServiceWorker() : undefined;
  keepPrerendered(); // what the visitor typed on the prerendered page, kept for the screens
  render(<ErrorBoundary><App first={first} notices={notices} updates={updates} /></ErrorBoundary>, document.getElementById('app')!);
});
