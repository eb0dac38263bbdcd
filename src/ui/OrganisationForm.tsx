import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../i18n';
import type { VeiligThuisRegion } from '../directory/types';
import { LIMITS, type FieldError, type OrganisationProfile, type ProfileField } from '../organisation/profile';
import { FIELD_LABEL, fieldErrorText } from './OrganisationText';

const id = (field: ProfileField) => `org-${field}`;

/** GOV.UK's error summary (as ErrorSummary.tsx), with this screen's own title string: the
 * 'local' group does not load the pack strings that one reads. */
function OrganisationErrorSummary({ errors }: { errors: FieldError[] }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => { ref.current?.focus(); }, [errors]);
  const go = (e: Event, field: ProfileField) => {
    const input = document.getElementById(id(field));
    if (!input) return;
    e.preventDefault();
    // The label over the field, as GOV.UK does: the field alone would hide what it asks.
    document.querySelector(`label[for="${id(field)}"]`)?.scrollIntoView();
    input.focus({ preventScroll: true });
  };
  return (
    <div class="error-summary" ref={ref} tabIndex={-1}>
      <div role="alert">
        <h2 class="error-summary-title">{t('org.errorSummaryTitle')}</h2>
        <ul class="error-summary-list">
          {errors.map((e) => (
            <li key={e.field}><a href={`#${id(e.field)}`} onClick={(ev) => go(ev, e.field)}>{fieldErrorText(e)}</a></li>
          ))}
        </ul>
      </div>
    </div>
  );
}

function Field({ field, hint, error, children }: { field: ProfileField; hint?: string; error?: FieldError; children: ComponentChildren }) {
  return (
    <div class={`utrecht-form-field${error ? ' utrecht-form-field--invalid' : ''}`}>
      <label for={id(field)} class="utrecht-form-label field-label">{FIELD_LABEL[field]()}</label>
      {hint && <p id={`${id(field)}-hint`} class="utrecht-form-field-description">{hint}</p>}
      {error && <p id={`${id(field)}-error`} class="utrecht-form-field-error-message error">{fieldErrorText(error)}</p>}
      {children}
    </div>
  );
}

/** The profile's form. `errors`: from the last Save, shown in a summary and at each field. */
export function OrganisationForm({ draft, errors, regions, regionsFailed, onChange, onSave }: {
  draft: OrganisationProfile;
  errors: FieldError[];
  regions: VeiligThuisRegion[] | null;
  regionsFailed: boolean;
  onChange: (field: ProfileField, value: string) => void;
  onSave: () => void;
}) {
  const errorOf = (field: ProfileField) => errors.find((e) => e.field === field);
  const describedBy = (field: ProfileField, hint: boolean) => [hint && `${id(field)}-hint`, errorOf(field) && `${id(field)}-error`].filter(Boolean).join(' ') || undefined;
  const text = (field: Exclude<ProfileField, 'region'>, type: 'text' | 'tel' | 'email' | 'url', hint: string | undefined, extra: Record<string, string> = {}) => (
    <Field field={field} hint={hint} error={errorOf(field)}>
      <input
        id={id(field)}
        name={field}
        type={type as 'text'}
        class="utrecht-textbox utrecht-textbox--html-input"
        maxLength={LIMITS[field]}
        autocomplete="off"
        spellcheck={false}
        value={draft[field]}
        aria-describedby={describedBy(field, !!hint)}
        aria-invalid={!!errorOf(field)}
        onInput={(e) => onChange(field, e.currentTarget.value)}
        {...extra}
      />
    </Field>
  );
  // A saved region shows as its code until the directory is there, so the choice is not lost.
  const options = regions ?? (draft.region ? [{ code: draft.region, name: draft.region }] : []);
  return (
    <form noValidate aria-labelledby="org-form" onSubmit={(e) => { e.preventDefault(); onSave(); }}>
      <h2 id="org-form">{t('org.formTitle')}</h2>
      {errors.length > 0 && <OrganisationErrorSummary errors={errors} />}
      {text('name', 'text', t('org.nameHint'), { autocomplete: 'organization' })}
      {text('contactName', 'text', t('org.contactNameHint'))}
      {text('phone', 'tel', t('org.phoneHint'), { inputmode: 'tel' })}
      {text('email', 'email', undefined)}
      {text('meldcodeUrl', 'url', t('org.meldcodeUrlHint'))}
      <Field field="region" hint={t('org.regionHint')} error={errorOf('region')}>
        <select id={id('region')} name="region" value={draft.region} aria-describedby={describedBy('region', true)} aria-invalid={!!errorOf('region')} onChange={(e) => onChange('region', e.currentTarget.value)}>
          <option value="">{t('org.regionNone')}</option>
          {options.map((r) => <option key={r.code} value={r.code}>{r.name}</option>)}
        </select>
        {!regions && <p class="small" role="status">{regionsFailed ? t('org.regionUnavailable') : t('org.regionLoading')}</p>}
      </Field>
      <div class="actions"><button type="submit" class="utrecht-button utrecht-button--primary-action">{t('org.save')}</button></div>
    </form>
  );
}
