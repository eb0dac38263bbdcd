import { t } from '../i18n';
import { LIMITS, type FieldError, type ImportError, type ProfileField } from '../organisation/profile';

/** Each field's label, as the form shows it (also names the field in messages). */
export const FIELD_LABEL: Record<ProfileField, () => string> = {
  name: () => t('org.name'),
  contactName: () => t('org.contactName'),
  phone: () => t('org.phone'),
  email: () => t('org.email'),
  meldcodeUrl: () => t('org.meldcodeUrl'),
  region: () => t('org.region'),
};

/** GOV.UK style: the message says what to do, and names the field. */
export function fieldErrorText({ field, problem }: FieldError): string {
  const values = { field: FIELD_LABEL[field]() };
  switch (problem) {
    case 'required': return t('org.error.required');
    case 'tooLong': return t('org.error.tooLong', { ...values, max: field === 'region' ? 4 : LIMITS[field] });
    case 'markup': return t('org.error.markup', values);
    case 'phoneChars': return t('org.error.phoneChars', values);
    case 'phoneLength': return t('org.error.phoneLength', values);
    case 'email': return t('org.error.email', values);
    case 'url': return t('org.error.url', values);
    case 'region': return t('org.error.region', values);
    default: return problem satisfies never;
  }
}

/** The one sentence that says why a file or link was refused (details, if any, come after it). */
export function importErrorText(error: ImportError | 'unreadable'): string {
  if (error === 'unreadable') return t('org.bad.unreadable');
  switch (error.kind) {
    case 'malformed': return t('org.bad.malformed');
    case 'tooLarge': return t('org.bad.tooLarge', { size: error.size, limit: error.limit });
    case 'markup': return t('org.bad.markup', { field: FIELD_LABEL[error.field]() });
    case 'invalid': return t('org.bad.invalid');
    default: return error satisfies never;
  }
}
