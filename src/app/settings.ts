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
