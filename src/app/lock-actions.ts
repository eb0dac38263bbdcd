import type { CaseSession } from '../cases/session';
import { deleteDatabase } from '../storage/db';
import { setSetting } from '../storage/settings';
import { changePassphrase, setLock } from '../storage/vault';
import type { LockProps } from '../ui/LockPanel';
import type { LockState } from './useLock';

// Loaded with the data and lock screens only: setting, changing and wiping are never needed at start.

/** The lock panel's props: the lock as the shell knows it, and what the panel can do with it. */
export function lockProps(session: CaseSession, lock: LockState): LockProps {
  return {
    lock: lock.lock,
    idleMinutes: lock.idleMinutes,
    lockNow: lock.lockNow,
    async setLock(passphrase) {
      await session.flush();
      await setLock(passphrase);
      lock.setLock('unlocked');
    },
    changePassphrase: (passphrase) => changePassphrase(passphrase),
    async changeIdle(minutes) {
      lock.setIdleMinutes(minutes);
      await setSetting('idleMinutes', minutes).catch(() => undefined);
    },
  };
}

/** 'Alles wissen': every case and setting, in the database and in localStorage. */
export async function wipe(session: CaseSession): Promise<void> {
  session.clear();
  await deleteDatabase();
  try {
    for (const key of Object.keys(localStorage)) if (key.startsWith('meldwijzer.')) localStorage.removeItem(key);
  } catch {
    // Nothing stored there, then.
  }
}
