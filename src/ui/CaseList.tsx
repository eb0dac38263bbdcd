import { isOverdue, localToday } from '../cases/edit';
import type { CaseSummary } from '../cases/types';
import { t, type Key } from '../i18n';

export const STATUS_KEY: Record<CaseSummary['status'], Key> = {
  open: 'status.open',
  gemeld: 'status.gemeld',
  'hulp-loopt': 'status.hulpLoopt',
  afgesloten: 'status.afgesloten',
};

interface Props {
  cases: CaseSummary[];
  formatTime: (iso: string) => string;
  onOpen: (id: string) => void;
  onDelete: (c: CaseSummary) => void;
}

/** The cases on this device, newest first; an overdue follow-up is said in words, not colour only. */
export function CaseList({ cases, formatTime, onOpen, onDelete }: Props) {
  const today = localToday();
  if (cases.length === 0) return <p>{t('cases.none')}</p>;
  return (
    <ul class="case-list">
      {cases.map((c) => {
        const overdue = isOverdue(c.followUp, c.status, today);
        return (
          <li key={c.id} class={overdue ? 'case overdue' : 'case'}>
            <button type="button" class="case-open" onClick={() => onOpen(c.id)}>
              <bdi class="case-label">{c.label}</bdi>
              <span class="visually-hidden">, {t('cases.open')}</span>
            </button>
            <span class="case-meta">
              {t(STATUS_KEY[c.status])} · {t('cases.changed', { time: formatTime(c.updatedAt) })}
              {c.followUp && <> · {overdue ? <strong>{t('cases.overdue', { date: c.followUp })}</strong> : t('cases.followUp', { date: c.followUp })}</>}
            </span>
            <button type="button" class="link-button case-delete" onClick={() => onDelete(c)}>
              {t('cases.delete')}<span class="visually-hidden"> <bdi>{c.label}</bdi></span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
