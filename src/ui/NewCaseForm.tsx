import { useState } from 'preact/hooks';
import { t } from '../i18n';
import { prerenderedValue } from './prerendered';

/** Two capitalised words in a row look like a full name: warn, but let the user decide. */
const LOOKS_LIKE_NAME = /\p{Lu}\p{Ll}+\s+(?:(?:van|de|der|den|het|ten|ter)\s+)*\p{Lu}\p{Ll}+/u;

/** `carried`: questions already answered without a case; the new case takes them over. */
export function NewCaseForm({ carried = 0, onCreate }: { carried?: number; onCreate: (label: string) => void }) {
  const [label, setLabel] = useState(() => prerenderedValue('#case-label') ?? '');
  const [error, setError] = useState(false);
  const trimmed = label.trim();
  const looksLikeName = LOOKS_LIKE_NAME.test(trimmed);
  return (
    <form
      class="new-case"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!trimmed) setError(true);
        else onCreate(trimmed);
      }}
    >
      <h2 id="new-case">{t('newCase.title')}</h2>
      <label for="case-label" class="utrecht-form-label field-label">{t('newCase.label')}</label>
      <p id="case-label-hint" class="utrecht-form-field-description">{t('newCase.hint')}</p>
      {carried > 0 && <p id="case-carried" class="callout">{t('newCase.carried', { count: carried })}</p>}
      <input
        id="case-label"
        type="text"
        class="utrecht-textbox utrecht-textbox--html-input"
        maxLength={40}
        autocomplete="off"
        spellcheck={false}
        value={label}
        aria-describedby={`case-label-hint${error ? ' case-label-error' : ''}${looksLikeName ? ' case-label-warning' : ''}`}
        aria-invalid={error}
        onInput={(e) => { setLabel(e.currentTarget.value); setError(false); }}
      />
      {error && <p id="case-label-error" class="utrecht-form-field-error-message" role="alert">{t('newCase.required')}</p>}
      {looksLikeName && <p id="case-label-warning" class="utrecht-alert utrecht-alert--warning">{t('newCase.nameWarning')}</p>}
      <div class="actions"><button type="submit" class="utrecht-button utrecht-button--primary-action">{t('newCase.create')}</button></div>
    </form>
  );
}
