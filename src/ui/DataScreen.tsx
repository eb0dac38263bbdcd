import { useState } from 'preact/hooks';
import type { StorageErrorKind } from '../cases/errors';
import type { Case, CaseSummary } from '../cases/types';
import { t } from '../i18n';
import { href } from '../routes';
import { BackupPanel, type BackupActions } from './BackupPanel';
import { ConfirmDelete } from './ConfirmDelete';
import { Heading } from './Heading';
import { LockPanel, type LockProps } from './LockPanel';
import { RetentionPanel } from './RetentionPanel';
import { StorageStatus } from './StorageStatus';

/** The settings this screen shows and changes. */
export interface DataSettings {
  lastBackupAt: string | null;
  retentionMonths: number | null;
  blankWhenHidden: boolean;
}

interface Props {
  cases: CaseSummary[] | undefined;
  active: Case | null;
  storageProblem: StorageErrorKind | null;
  lock: LockProps;
  backup: BackupActions;
  settings: DataSettings | null;
  onSetting: <K extends keyof DataSettings>(key: K, value: DataSettings[K]) => void;
  onRemove: (ids: string[]) => void;
  /** 'Alles wissen', after the user confirmed. */
  onWipe: () => void;
  formatTime: (iso: string) => string;
}

/** Where the data lives, backups, how long cases are kept, and wiping everything. */
export function DataScreen({ cases, active, storageProblem, lock, backup, settings, onSetting, onRemove, onWipe, formatTime }: Props) {
  const [wiping, setWiping] = useState(false);
  return (
    <>
      <Heading>{t('data.title')}</Heading>
      <LockPanel lock={lock} />
      <section aria-labelledby="blank-title">
        <h2 id="blank-title">{t('data.blankTitle')}</h2>
        <label class="check">
          <input type="checkbox" checked={settings?.blankWhenHidden ?? false} disabled={!settings} onChange={(e) => onSetting('blankWhenHidden', e.currentTarget.checked)} />
          <span>{t('data.blank')}</span>
        </label>
        <p class="small">{t('data.blankHint')}</p>
      </section>
      <section aria-labelledby="organisation-title">
        <h2 id="organisation-title">{t('data.organisationTitle')}</h2>
        <p>{t('data.organisationText')}</p>
        <p><a href={href({ name: 'organisation' })}>{t('data.organisationLink')}</a></p>
      </section>
      <StorageStatus hasCases={(cases?.length ?? 0) > 0} problem={storageProblem} />
      <BackupPanel actions={backup} active={active} encrypted={lock.lock !== 'none'} lastBackupAt={settings?.lastBackupAt ?? null} formatTime={formatTime} onBackedUp={(at) => onSetting('lastBackupAt', at)} />
      <RetentionPanel cases={cases} months={settings?.retentionMonths ?? null} onChange={(m) => onSetting('retentionMonths', m)} onRemove={onRemove} formatTime={formatTime} />
      <section aria-labelledby="wipe">
        <h2 id="wipe">{t('data.wipeTitle')}</h2>
        <p>{t('data.wipeText')}</p>
        <button type="button" class="utrecht-button utrecht-button--primary-action utrecht-button--danger" onClick={() => setWiping(true)}>{t('data.wipe')}</button>
      </section>
      {wiping && <ConfirmDelete title={t('data.wipeConfirmTitle')} text={t('data.wipeConfirmText')} onCancel={() => setWiping(false)} onConfirm={onWipe} />}
    </>
  );
}
