import { DB } from './constants';
import { openDatabase } from './db';
import { toStorageError } from './errors';
import { isoTimestamp } from './restore';

/** Small app settings that belong with the cases (so 'alles wissen' removes them too). */
export interface Settings {
  /** When the user last saved a backup file (ISO date-time), to remind them when it is long ago. */
  lastBackupAt: string | null;
  /** Offer to delete cases untouched for this many months; null: never offer. */
  retentionMonths: number | null;
  /** Whether we asked the browser for persistent storage, so we ask once (style rule 15). */
  persistAsked: boolean;
  /** Lock the app after this many minutes without use, when a lock is set. */
  idleMinutes: number;
  /** Blank the app (the hidden screen) as soon as it is no longer visible; off by default. */
  blankWhenHidden: boolean;
  /** The user said 'Niet nu' to putting Meldwijzer on the device (install offer or Safari hint). */
  installDismissed: boolean;
}

// Normalised on read like cases: a stored value may be missing, old or edited by hand.
const READ: { [K in keyof Settings]: (raw: unknown) => Settings[K] } = {
  lastBackupAt: (raw) => isoTimestamp(raw) || null,
  retentionMonths: (raw) => (typeof raw === 'number' && Number.isSafeInteger(raw) && raw > 0 ? raw : null),
  persistAsked: (raw) => raw === true,
  idleMinutes: (raw) => (typeof raw === 'number' && [5, 15, 30, 60].includes(raw) ? raw : 15),
  blankWhenHidden: (raw) => raw === true,
  installDismissed: (raw) => raw === true,
};

export async function getSetting<K extends keyof Settings>(key: K): Promise<Settings[K]> {
  try {
    const db = await openDatabase();
    return READ[key](await db.get(DB.stores.settings, key));
  } catch (e) {
    throw toStorageError(e);
  }
}

export async function setSetting<K extends keyof Settings>(key: K, value: Settings[K]): Promise<void> {
  try {
    const db = await openDatabase();
    await db.put(DB.stores.settings, value, key);
  } catch (e) {
    throw toStorageError(e);
  }
}

/** Once notes exist, ask the browser not to evict them (style rule 15); asked once, the answer
 * shows on /gegevens/. */
export async function askPersistenceOnce(): Promise<void> {
  try {
    if (await getSetting('persistAsked')) return;
    await setSetting('persistAsked', true);
    await navigator.storage?.persist?.();
  } catch {
    // Not supported or refused: the data screen explains what that means.
  }
}

/** All settings at once, for the data screen. */
export async function getSettings(): Promise<Settings> {
  const [lastBackupAt, retentionMonths, persistAsked, idleMinutes, blankWhenHidden, installDismissed] = await Promise.all([
    getSetting('lastBackupAt'),
    getSetting('retentionMonths'),
    getSetting('persistAsked'),
    getSetting('idleMinutes'),
    getSetting('blankWhenHidden'),
    getSetting('installDismissed'),
  ]);
  return { lastBackupAt, retentionMonths, persistAsked, idleMinutes, blankWhenHidden, installDismissed };
}
