import { render } from 'preact';
import { App } from './app/App';
import { missingCapabilities } from './app/capabilities';
import { readLanguage } from './app/settings';
import './app/styles.css';
import { initI18n } from './i18n';
import { registerServiceWorker } from './sw/register';

const lang = readLanguage();
initI18n(lang);
document.documentElement.lang = lang;
const notices = missingCapabilities();
const updates = import.meta.env.PROD && !notices.includes('notice.noServiceWorker') ? registerServiceWorker() : undefined;

render(<App notices={notices} updates={updates} />, document.getElementById('app')!);
