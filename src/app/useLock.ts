import { useCallback, useEffect, useState } from 'preact/hooks';
import type { CaseSession } from '../cases/session';
import { loadRepo } from '../storage/load';

export type Lock = 'unknown' | 'none' | 'locked' | 'unlocked';

/** The app lock beside the session: 'unknown' until the database answered; 'locked' hides every
 * case until the passphrase is given. Starting up resumes the session unless locked. Setting or
 * changing the lock is done on the data screen (lock-actions.ts, loaded with it). */
export function useLock(session: CaseSession) {
  const [lock, setLock] = useState<Lock>('unknown');
  const [idleMinutes, setIdleMinutes] = useState(15);

  useEffect(() => {
    void loadRepo().then(async (r) => {
      const state = await r.lockState();
      setIdleMinutes(await r.getSetting('idleMinutes'));
      setLock(state);
      if (state !== 'locked') await session.resume();
    }).catch(() => { setLock('none'); void session.refresh(); });
  }, []);

  const lockNow = useCallback(async () => {
    await session.suspend();
    (await loadRepo()).lock();
    setLock('locked');
  }, []);

  /** Resolves true when the passphrase opened the lock. */
  const unlock = async (passphrase: string) => {
    try {
      await (await loadRepo()).unlock(passphrase);
    } catch {
      return false;
    }
    setLock('unlocked');
    await session.resume();
    return true;
  };

  return { lock, idleMinutes, lockNow, unlock, setLock, setIdleMinutes };
}

export type LockState = ReturnType<typeof useLock>;
