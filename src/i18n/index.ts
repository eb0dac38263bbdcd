import i18next, { type i18n } from 'i18next';
import en from './locales/en.json';
import nl from './locales/nl.json';
import type { Locale } from '../content/schema';

/** Keys are typed from the Dutch file, the source language: a typo fails the type check. */
export type Key = keyof typeof nl;

let instance: i18n | undefined;

/** One instance for the app. `strict` makes a missing key throw (tests) instead of warn. */
export function initI18n(lng: Locale, { strict = false } = {}): i18n {
  instance = i18next.createInstance();
  void instance.init({
    lng,
    fallbackLng: 'nl',
    supportedLngs: ['nl', 'en'],
    keySeparator: false,
    nsSeparator: false,
    initAsync: false,
    interpolation: { escapeValue: false }, // Preact escapes every text it renders.
    resources: { nl: { translation: nl }, en: { translation: en } },
    saveMissing: true,
    missingKeyHandler: (_lngs, _ns, key) => {
      if (strict) throw new Error(`Missing translation key: ${key}`);
      console.warn(`Missing translation key: ${key}`);
    },
  });
  return instance;
}

export function t(key: Key, values?: Record<string, string | number>): string {
  if (!instance) throw new Error('initI18n() must run before t()');
  return instance.t(key, values);
}

export function setLanguage(lng: Locale): void {
  void instance?.changeLanguage(lng);
}

export function currentLanguage(): Locale {
  return (instance?.language as Locale | undefined) ?? 'nl';
}
