import type { CaseSummary } from '../cases/types';
import { t } from '../i18n';

const CHOICES = [3, 6, 12, 24] as const;

/** The AVG asks not to keep data longer than needed: offer to delete closed cases after a term. */
export function closedBefore(cases: CaseSummary[] | undefined, months: number | null, now = new Date()) {
  if (!months || !cases) return [];
  const limit = new Date(now);
  limit.setMonth(limit.getMonth() - months);
  return cases.filter((c) => c.status === 'afgesloten' && new Date(c.updatedAt) < limit);
}

export function RetentionPanel({ cases, months, onChange, onRemove, formatTime }: { cases: CaseSummary[] | undefined; months: number | null; onChange: (m: number | null) => void; onRemove: (ids: string[]) => void; formatTime: (iso: string) => string }) {
  const old = closedBefore(cases, months);
  return (
    <section aria-labelledby="retention">
      <h2 id="retention">{t('retention.title')}</h2>
      <p>{t('retention.explain')}</p>
      <label for="retention-months" class="utrecht-form-label field-label">{t('retention.label')}</label>
      <select id="retention-months" value={months ?? ''} onChange={(e) => onChange(e.currentTarget.value ? Number(e.currentTarget.value) : null)}>
        <option value="">{t('retention.never')}</option>
        {CHOICES.map((m) => <option key={m} value={m}>{t('retention.months', { count: m })}</option>)}
      </select>
      {old.length > 0 && (
        <div class="callout">
          <p>{t('retention.due', { count: old.length })}</p>
          <ul>{old.map((c) => <li key={c.id}><bdi>{c.label}</bdi> ({formatTime(c.updatedAt)})</li>)}</ul>
          <button type="button" class="utrecht-button utrecht-button--primary-action utrecht-button--danger" onClick={() => onRemove(old.map((c) => c.id))}>{t('retention.deleteNow', { count: old.length })}</button>
        </div>
      )}
    </section>
  );
}
