import { useEffect, useState } from 'preact/hooks';
import type { CaseSession } from '../app/useCaseSession';
import { t } from '../i18n';
import { getSettings, setSetting, type Settings } from '../storage/settings';
import { BackupPanel } from './BackupPanel';
import { ConfirmDelete } from './ConfirmDelete';
import { Heading } from './Heading';
import { LockPanel } from './LockPanel';
import { RetentionPanel } from './RetentionPanel';
import { StorageStatus } from './StorageStatus';
import { href } from '../routes';

/** Where the data lives, backups, how long cases are kept, and wiping everything. */
export function DataScreen({ session, formatTime }: { session: CaseSession; formatTime: (iso: string) => string }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [wiping, setWiping] = useState(false);
  useEffect(() => { getSettings().then(setSettings, () => setSettings(null)); }, []);
  const change = async <K extends keyof Settings>(key: K, value: Settings[K]) => {
    setSettings((s) => (s ? { ...s, [key]: value } : s));
    await setSetting(key, value).catch(() => undefined);
  };
  return (
    <>
      <Heading>{t('data.title')}</Heading>
      <LockPanel session={session} />
      <StorageStatus hasCases={(session.cases?.length ?? 0) > 0} problem={session.storageProblem} />
      <BackupPanel session={session} lastBackupAt={settings?.lastBackupAt ?? null} formatTime={formatTime} onBackedUp={(at) => void change('lastBackupAt', at)} />
      <RetentionPanel session={session} months={settings?.retentionMonths ?? null} onChange={(m) => void change('retentionMonths', m)} formatTime={formatTime} />
      <section aria-labelledby="wipe">
        <h2 id="wipe">{t('data.wipeTitle')}</h2>
        <p>{t('data.wipeText')}</p>
        <button type="button" class="danger" onClick={() => setWiping(true)}>{t('data.wipe')}</button>
      </section>
      {wiping && (
        <ConfirmDelete
          title={t('data.wipeConfirmTitle')}
          text={t('data.wipeConfirmText')}
          onCancel={() => setWiping(false)}
          onConfirm={() => void session.wipe().then(() => { location.replace(href({ name: 'start' })); })}
        />
      )}
    </>
  );
}
