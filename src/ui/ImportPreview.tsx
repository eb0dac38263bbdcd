import { useState } from 'preact/hooks';
import type { Case } from '../cases/types';
import { t } from '../i18n';

/** What a read backup file would add: new cases, cases this device has (offered as copies),
 * how many records were unreadable, and how many walks were cut to fit their pack. */
export interface ImportPlan {
  toAdd: Case[];
  duplicates: Case[];
  rejected: number;
  trimmed: number;
}

/**
 * What an import will add, before anything is written. With nothing new in the file it says so
 * and offers no add button, unless the user chooses to add the existing cases as copies: a button
 * that adds nothing, followed by 'Toegevoegd', would tell the user something that did not happen.
 */
export function ImportPreview({ preview, onConfirm, onCancel }: { preview: ImportPlan; onConfirm: (withCopies: boolean) => void; onCancel: () => void }) {
  const [withCopies, setWithCopies] = useState(false);
  const adds = preview.toAdd.length + (withCopies ? preview.duplicates.length : 0);
  return (
    <div class="callout" aria-labelledby="import-preview">
      <h3 id="import-preview">{t('backup.previewTitle')}</h3>
      <p>{preview.toAdd.length > 0 ? t('backup.previewNew', { count: preview.toAdd.length }) : t('backup.previewNothingNew')}</p>
      {preview.toAdd.length > 0 && <ul>{preview.toAdd.map((c) => <li key={c.id}><bdi>{c.label}</bdi></li>)}</ul>}
      {preview.rejected > 0 && <p>{t('backup.previewRejected', { count: preview.rejected })}</p>}
      {preview.trimmed > 0 && <p>{t('backup.previewTrimmed', { count: preview.trimmed })}</p>}
      {preview.duplicates.length > 0 && (
        <label class="check">
          <input type="checkbox" class="utrecht-checkbox utrecht-checkbox--html-input" checked={withCopies} onChange={() => setWithCopies(!withCopies)} />
          <span>{t('backup.previewDuplicates', { count: preview.duplicates.length })}</span>
        </label>
      )}
      <div class="actions">
        {adds > 0 && <button type="button" class="utrecht-button utrecht-button--primary-action" onClick={() => onConfirm(withCopies)}>{t('backup.confirm')}</button>}
        <button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={onCancel}>{t('common.cancel')}</button>
      </div>
    </div>
  );
}
