import type { StorageErrorKind } from '../cases/errors';
import { isOverdue, localToday } from '../cases/dates';
import type { CaseSummary } from '../cases/types';
import type { PackSummary } from '../content/schema';
import { dateValues, t } from '../i18n';
import { href } from '../routes';

const DAY = 864e5;

/** A gentle reminder, never a block: open cases, and no backup for 30 days (or never, once an
 * open case is a week old, so a brand-new case is not met with a warning). */
export function needsBackupReminder(cases: CaseSummary[], lastBackupAt: string | null, now = Date.now()): boolean {
  const open = cases.filter((c) => c.status !== 'afgesloten');
  if (lastBackupAt) return open.length > 0 && now - new Date(lastBackupAt).getTime() > 30 * DAY;
  return open.some((c) => now - new Date(c.createdAt).getTime() > 7 * DAY);
}

/** On the start screen, once the stored cases are read: a storage problem, the backup reminder,
 * and the cases whose 'opnieuw wegen' date has passed. */
export function StartNotices({ cases, packs, storageProblem, lastBackupAt, onOpen }: {
  cases: CaseSummary[]; packs: PackSummary[] | undefined; storageProblem: StorageErrorKind | null;
  /** undefined until read: no reminder before then. */
  lastBackupAt: string | null | undefined;
  onOpen: (id: string) => void;
}) {
  const today = localToday();
  const overdue = cases.filter((c) => isOverdue(c.followUp, c.status, today));
  return (
    <>
      {storageProblem && <p class="notice utrecht-alert utrecht-alert--error" role="alert">{t(storageProblem === 'blocked' ? 'storage.blocked' : 'storage.unavailable')}</p>}
      {lastBackupAt !== undefined && needsBackupReminder(cases, lastBackupAt) && (
        <p class="callout utrecht-alert utrecht-alert--warning">{t('backup.reminder')} <a href={href({ name: 'data' })}>{t('backup.reminderLink')}</a></p>
      )}
      {overdue.length > 0 && (
        <section class="callout utrecht-alert utrecht-alert--warning" aria-labelledby="overdue">
          <h2 id="overdue">{t('cases.overdueTitle')}</h2>
          <ul>{overdue.map((c) => <li key={c.id}>{packs && !packs.some((p) => p.id === c.packId) ? <bdi>{c.label}</bdi> : <button type="button" class="utrecht-button utrecht-button--subtle" onClick={() => onOpen(c.id)}><bdi>{c.label}</bdi></button>} — {t(c.status === 'hulp-loopt' ? 'cases.overdueA5' : 'cases.overdue', dateValues(c.followUp))}</li>)}</ul>
        </section>
      )}
    </>
  );
}
