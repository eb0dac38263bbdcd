import type { Locale } from '../content/schema';

// Only the language choice lives here; it says nothing about any case.
const LANGUAGE_KEY = 'meldwijzer.language';

export function readLanguage(): Locale {
  try {
    const stored = localStorage.getItem(LANGUAGE_KEY);
    if (stored === 'nl' || stored === 'en') return stored;
  } catch {
    // Storage blocked (private window, policy): use the default below.
  }
  return 'nl';
}

/** Returns false when the browser refuses to store it, so the UI can say so. */
export function saveLanguage(lang: Locale): boolean {
  try {
    localStorage.setItem(LANGUAGE_KEY, lang);
    return true;
  } catch {
    return false;
  }
}

// The beroepsgroep chosen on the start screen (a pack id): shown first next time. Like the
// language, it says nothing about any case, and is read before the first render.
const PACK_KEY = 'meldwijzer.pack';

export function readPackChoice(): string | null {
  try {
    return localStorage.getItem(PACK_KEY);
  } catch {
    return null;
  }
}

/** Best effort: when the browser refuses, the choice simply holds until the page closes. */
export function savePackChoice(id: string): void {
  try {
    localStorage.setItem(PACK_KEY, id);
  } catch {
    // Storage blocked: nothing to do.
  }
}

const ROLE_KEY = 'meldwijzer.role.';

/** The role chosen in a pack (medewerker, aandachtsfunctionaris, houder …), or null: not a case
 * detail, so it may sit beside the other choices of this device. */
export function readRole(packId: string): string | null {
  try {
    return localStorage.getItem(ROLE_KEY + packId);
  } catch {
    return null;
  }
}

/** Best effort, like the pack choice. */
export function saveRole(packId: string, role: string): void {
  try {
    localStorage.setItem(ROLE_KEY + packId, role);
  } catch {
    // Storage blocked: the choice holds until the page closes.
  }
}
