import { followUpKind, localToday } from '../cases/dates';
import type { CaseSummary } from '../cases/types';
import type { Locale, PackSummary } from '../content/schema';
import { formatDateTime } from '../i18n/format';
import { dateValues, t, type Key } from '../i18n';

export const STATUS_KEY: Record<CaseSummary['status'], Key> = {
  open: 'status.open',
  gemeld: 'status.gemeld',
  'hulp-loopt': 'status.hulpLoopt',
  afgesloten: 'status.afgesloten',
};

/** With the help under way, the follow-up date is the one on which afweging 5 checks the help. */
const FOLLOW_UP_KEY: Record<Exclude<ReturnType<typeof followUpKind>, 'none'>, Key> = {
  due: 'cases.followUp',
  overdue: 'cases.overdue',
  afweging5: 'cases.afweging5',
  afweging5Overdue: 'cases.afweging5Overdue',
};

interface Props {
  cases: CaseSummary[];
  /** The packs this app has; undefined while loading (then every case counts as openable). */
  packs?: PackSummary[];
  /** The case that was open could not be opened again after a reload. */
  lostOpen?: true;
  lang: Locale;
  onOpen: (id: string) => void;
  onDelete: (c: CaseSummary) => void;
}

/** The cases on this device, newest first; an overdue follow-up is said in words, not colour only. */
export function CaseList({ cases, packs, lostOpen, lang, onOpen, onDelete }: Props) {
  const formatTime = (iso: string) => formatDateTime(iso, lang);
  const today = localToday();
  const lost = lostOpen && <p class="notice utrecht-alert utrecht-alert--warning" role="status">{t('cases.lostOpen')}</p>;
  if (cases.length === 0) return <>{lost}<p>{t('cases.none')}</p></>;
  return (
    <>
    {lost}
    <ul class="case-list">
      {cases.map((c) => {
        const kind = followUpKind(c, today);
        const overdue = kind === 'overdue' || kind === 'afweging5Overdue';
        // A case of a pack this app does not have (any more) cannot be shown step by step, but
        // it stays stored: it goes into every backup and can be deleted.
        const packless = packs !== undefined && !packs.some((p) => p.id === c.packId);
        return (
          <li key={c.id} class={overdue ? 'case overdue' : 'case'}>
            {packless ? <bdi class="case-label">{c.label}</bdi> : (
              <button type="button" class="case-open" onClick={() => onOpen(c.id)}>
                <bdi class="case-label">{c.label}</bdi>
                <span class="visually-hidden">, {t('cases.open')}</span>
              </button>
            )}
            {packless && <span class="case-meta"><strong>{t('cases.noPack', { pack: c.packId })}</strong></span>}
            <span class="case-meta">
              {t(STATUS_KEY[c.status])} · {t('cases.changed', { time: formatTime(c.updatedAt) })}
              {kind !== 'none' && <> · {overdue ? <strong>{t(FOLLOW_UP_KEY[kind], dateValues(c.followUp))}</strong> : t(FOLLOW_UP_KEY[kind], dateValues(c.followUp))}</>}
            </span>
            <button type="button" class="utrecht-button utrecht-button--subtle case-delete" onClick={() => onDelete(c)}>
              {t('cases.delete')}<span class="visually-hidden"> <bdi>{c.label}</bdi></span>
            </button>
          </li>
        );
      })}
    </ul>
    </>
  );
}
