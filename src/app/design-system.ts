// NL Design System: the Utrecht components Meldwijzer is built on, before the app's own
// stylesheet (styles.css sets their tokens and may override them). Only what the markup uses:
// the build drops the rules for classes no source file names (src/prerender/prune-css.ts).
import '@utrecht/button-css/dist/index.css';
import '@utrecht/textbox-css/dist/index.css';
import '@utrecht/textarea-css/dist/index.css';
import '@utrecht/checkbox-css/dist/index.css';
import '@utrecht/form-label-css/dist/index.css';
import '@utrecht/form-fieldset-css/dist/index.css';
import '@utrecht/form-field-description-css/dist/index.css';
import '@utrecht/form-field-error-message-css/dist/index.css';
import '@utrecht/alert-css/dist/index.css';
import '@utrecht/link-list-css/dist/index.css';
import '@utrecht/link-css/dist/index.css';
import '@utrecht/page-header-css/dist/index.css';
import '@utrecht/page-footer-css/dist/index.css';
