import i18next, { type i18n } from 'i18next';
import nl from './locales/nl.json';
import type { Locale } from '../content/schema';

/** Keys are typed from the Dutch file, the source language: a typo fails the type check. */
export type Key = keyof typeof nl;

let instance: i18n | undefined;

// Bundle-size sensitive: Dutch is the default and ships with the app; English loads on demand
// (the service worker precaches it, so switching works offline).
const loaders: Record<Exclude<Locale, 'nl'>, () => Promise<Record<string, string>>> = {
  en: () => import('./locales/en.json').then((m) => m.default),
};

/** Makes a language's strings available; call before switching to it. */
export async function loadLanguage(lng: Locale): Promise<void> {
  if (lng === 'nl' || !instance || instance.hasResourceBundle(lng, 'translation')) return;
  instance.addResourceBundle(lng, 'translation', await loaders[lng]());
}

/** One instance for the app. `strict` makes a missing key throw (tests) instead of warn.
 * `resources` lets tests and start-up pass languages that are already loaded. */
export function initI18n(lng: Locale, { strict = false, resources = {} as Partial<Record<Locale, Record<string, string>>> } = {}): i18n {
  instance = i18next.createInstance();
  void instance.init({
    lng,
    fallbackLng: 'nl',
    supportedLngs: ['nl', 'en'],
    keySeparator: false,
    nsSeparator: false,
    initAsync: false,
    interpolation: { escapeValue: false }, // Preact escapes every text it renders.
    resources: Object.fromEntries(Object.entries({ nl, ...resources }).map(([l, r]) => [l, { translation: r }])),
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

export async function setLanguage(lng: Locale): Promise<void> {
  await loadLanguage(lng);
  await instance?.changeLanguage(lng);
}

export function currentLanguage(): Locale {
  return (instance?.language as Locale | undefined) ?? 'nl';
}
