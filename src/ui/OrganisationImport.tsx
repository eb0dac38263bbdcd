import { t } from '../i18n';
import { FIELDS, type ImportError, type OrganisationProfile, type ProfileField } from '../organisation/profile';
import { FIELD_LABEL, fieldErrorText, importErrorText } from './OrganisationText';

/** A region code as people read it: the organisation's name once the directory is there. */
export type RegionName = (code: string) => string;

/**
 * What an import will set and what it replaces, before anything is written. Everything shown
 * came from a file or link: Preact renders it as text, and <bdi> keeps a right-to-left override
 * in it from turning the app's own words around.
 */
export function OrganisationPreview({ next, current, regionName, onImport, onCancel }: {
  next: OrganisationProfile;
  current: OrganisationProfile | null;
  regionName: RegionName;
  onImport: () => void;
  onCancel: () => void;
}) {
  const show = (field: ProfileField, p: OrganisationProfile | null) => {
    const value = p?.[field] ?? '';
    if (!value) return t('org.previewEmpty');
    return field === 'region' ? regionName(value) : value;
  };
  return (
    <div class="callout conflict-diff" role="region" aria-labelledby="org-preview" tabIndex={-1} id="org-preview-box">
      <h2 id="org-preview">{t('org.previewTitle')}</h2>
      {!current && <p>{t('org.previewFirst')}</p>}
      <dl>
        {FIELDS.filter((f) => next[f] || current?.[f]).map((f) => (
          <div key={f}>
            <dt>{FIELD_LABEL[f]()}</dt>
            <dd>{t('org.previewNew')}: <strong><bdi>{show(f, next)}</bdi></strong></dd>
            {current && <dd>{t('org.previewOld')}: <bdi>{show(f, current)}</bdi></dd>}
          </div>
        ))}
      </dl>
      <div class="actions">
        <button type="button" class="utrecht-button utrecht-button--primary-action" onClick={onImport}>{t('org.import')}</button>
        <button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={onCancel}>{t('org.cancel')}</button>
      </div>
    </div>
  );
}

/** Why nothing was imported. The offending text, if any, is shown as inert text, never as markup. */
export function OrganisationRefusal({ error }: { error: ImportError | 'unreadable' }) {
  return (
    <div class="callout conflict-diff" role="alert" id="org-refusal">
      <h2>{t('org.bad.title')}</h2>
      <p>{importErrorText(error)}</p>
      {error !== 'unreadable' && error.kind === 'markup' && <dl><dt>{FIELD_LABEL[error.field]()}</dt><dd><code><bdi>{error.text}</bdi></code></dd></dl>}
      {error !== 'unreadable' && error.kind === 'invalid' && (
        <ul>{error.errors.map((e) => <li key={e.field}>{fieldErrorText(e)}</li>)}</ul>
      )}
    </div>
  );
}
