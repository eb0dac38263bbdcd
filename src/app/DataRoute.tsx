import type { Locale } from '../content/schema';
import { formatDateTime } from '../i18n/format';
import { useMemo } from 'preact/hooks';
import type { CaseSession, SessionState } from '../cases/session';
import { href } from '../routes';
import { t } from '../i18n';
import { practiceSession } from '../practice/mode-slot';
import { DataScreen } from '../ui/DataScreen';
import { setSetting, type Settings } from '../storage/settings';
import { backupActions } from './backup';
import { lockProps, wipe } from './lock-actions';
import type { LockState } from './useLock';
import type { SettingsControl } from './useSettings';

/** The data screen with the app's session, lock and settings behind its props; loaded on first
 * use, with the backup code. */
export function DataRoute({ session, state, lock, settings, lang }: { session: CaseSession; state: SessionState; lock: LockState; settings: SettingsControl; lang: Locale }) {
  const formatTime = (iso: string) => formatDateTime(iso, lang);
  const backup = useMemo(() => backupActions(session), [session]);
  const control = lockProps(session, lock);
  // Backups, the lock and 'Alles wissen' act on the real cases: not from inside oefenmodus.
  if (practiceSession()) return <p class="callout" role="status">{t('data.practiceBlocked')}</p>;
  return (
    <DataScreen
      cases={state.cases}
      active={state.active}
      storageProblem={state.storageProblem}
      lock={control}
      backup={backup}
      settings={settings.settings}
      onSetting={(key, value) => {
        // DataSettings is a part of Settings: the same value types under the same keys.
        settings.show(key, value as Settings[typeof key]);
        void setSetting(key, value as Settings[typeof key]).catch(() => undefined);
      }}
      onRemove={(ids) => void Promise.all(ids.map((id) => session.remove(id)))}
      onWipe={() => void wipe(session).then(() => { location.replace(href({ name: 'start' })); })}
      formatTime={formatTime}
    />
  );
}
