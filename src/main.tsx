import { render } from 'preact';
import { App } from './app/App';
import { missingCapabilities } from './app/capabilities';
import { readLanguage } from './app/settings';
import './app/styles.css';
import { initI18n, loadLanguage } from './i18n';
import { registerServiceWorker } from './sw/register';

const lang = readLanguage();
initI18n(lang);
document.documentElement.lang = lang;
// English users wait for one small file; the help links in index.html are visible meanwhile.
await loadLanguage(lang).catch(() => undefined);
const notices = missingCapabilities();
const updates = import.meta.env.PROD && !notices.includes('notice.noServiceWorker') ? registerServiceWorker() : undefined;

render(<App notices={notices} updates={updates} />, document.getElementById('app')!);
