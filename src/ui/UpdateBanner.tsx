import { t } from '../i18n';

/** What changed in one pack between the version this page runs and the waiting one. */
export interface PackChanges {
  title: string;
  version: string;
  /** The pack's own language: the changelog is written in it. */
  lang: string;
  changes: string[];
}

/** A new version, offered only where nothing is half done; "Later" puts it off until the next
 * visit to the start screen. It says what changed in the content (the packs' changelogs), or
 * stays general when no pack changed (a change to the app itself). */
export function UpdateBanner({ onUpdate, onLater, changes = [] }: { onUpdate: () => void; onLater: () => void; changes?: PackChanges[] }) {
  return (
    <div class="banner utrecht-alert utrecht-alert--info" role="status" aria-label={t('update.label')}>
      <p>{t('update.available')}</p>
      {changes.map((c) => (
        <details key={c.title} class="update-changes">
          <summary>{t('update.changesIn', { pack: c.title, version: c.version })}</summary>
          <ul lang={c.lang}>{c.changes.map((line, i) => <li key={i}>{line}</li>)}</ul>
        </details>
      ))}
      <button type="button" class="utrecht-button utrecht-button--primary-action" onClick={onUpdate}>{t('update.apply')}</button>
      <button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={onLater}>{t('update.later')}</button>
    </div>
  );
}
