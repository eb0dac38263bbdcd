import i18next, { type i18n } from 'i18next';
import nl from './locales/nl.json';
import type nlCases from './locales/nl.cases.json';
import type nlPack from './locales/nl.pack.json';
import type nlInfo from './locales/nl.info.json';
import type nlLocal from './locales/nl.local.json';
import type nlPractice from './locales/nl.practice.json';
import type nlSearch from './locales/nl.search.json';
import type { Locale } from '../content/schema';

type FileKey = keyof typeof nl | keyof typeof nlCases | keyof typeof nlPack | keyof typeof nlInfo | keyof typeof nlLocal | keyof typeof nlPractice | keyof typeof nlSearch;
/** A plural (`x_one`, `x_other` in the files) is asked for as `x`, with a `count`. */
type Plural<K> = K extends `${infer B}_${'one' | 'other'}` ? B : never;
/** Keys are typed from the Dutch files, the source language: a typo fails the type check. */
export type Key = Exclude<FileKey, `${string}_${'one' | 'other'}`> | Plural<FileKey>;

type Strings = Record<string, string>;
let instance: i18n | undefined;

// Bundle-size sensitive. The shell ships only the Dutch strings of the first screens; the rest
// loads on demand, as files the service worker precaches, so it all works offline:
// - 'base': the strings of the shell, per language (Dutch is bundled);
// - 'pack': the strings of a pack's screens (steps, questions, outcomes), loaded with them;
// - 'cases': the strings of the case, summary and data screens (loaded with those screens);
// - 'info': the about, privacy and accessibility statements, and the Verantwoording screen;
// - 'local': whom to call (the Veilig Thuis finder, national lines, regions, the own organisation);
// - 'practice': training mode (practice cases, presenter view, explainers, conversation exercise);
// - 'search': the search screen and the search entry in the header.
export type StringsPart = 'pack' | 'cases' | 'info' | 'local' | 'practice' | 'search';
const files: Record<'base' | StringsPart, Partial<Record<Locale, () => Promise<Strings>>>> = {
  base: { en: () => import('./locales/en.json').then((m) => m.default) },
  pack: {
    nl: () => import('./locales/nl.pack.json').then((m) => m.default),
    en: () => import('./locales/en.pack.json').then((m) => m.default),
  },
  cases: {
    nl: () => import('./locales/nl.cases.json').then((m) => m.default),
    en: () => import('./locales/en.cases.json').then((m) => m.default),
  },
  info: {
    nl: () => import('./locales/nl.info.json').then((m) => m.default),
    en: () => import('./locales/en.info.json').then((m) => m.default),
  },
  local: {
    nl: () => import('./locales/nl.local.json').then((m) => m.default),
    en: () => import('./locales/en.local.json').then((m) => m.default),
  },
  practice: {
    nl: () => import('./locales/nl.practice.json').then((m) => m.default),
    en: () => import('./locales/en.practice.json').then((m) => m.default),
  },
  search: {
    nl: () => import('./locales/nl.search.json').then((m) => m.default),
    en: () => import('./locales/en.search.json').then((m) => m.default),
  },
};
const loaded = new Map<string, Promise<void>>();
const wanted = new Set<StringsPart>();

function load(part: 'base' | StringsPart, lng: Locale): Promise<void> {
  const key = `${part}:${lng}`;
  const file = files[part][lng];
  if (!file) return Promise.resolve();
  if (!loaded.has(key)) {
    loaded.set(key, file().then((strings) => { instance?.addResources(lng, 'translation', strings); }, (e: unknown) => { loaded.delete(key); throw e; }));
  }
  return loaded.get(key)!;
}

/** Makes a language's strings available; call before switching to it. */
export async function loadLanguage(lng: Locale): Promise<void> {
  await Promise.all([load('base', lng), ...[...wanted].flatMap((part) => [load(part, lng), load(part, 'nl')])]);
}

/** The strings of a group of screens, in the current language and in Dutch as the fallback. */
export async function loadStrings(part: StringsPart): Promise<void> {
  wanted.add(part);
  await Promise.all([load(part, currentLanguage()), load(part, 'nl')]);
}

/** One instance for the app. `strict` makes a missing key throw (tests) instead of warn.
 * `resources` lets tests pass languages that are already loaded. */
export function initI18n(lng: Locale, { strict = false, resources = {} as Partial<Record<Locale, Strings>> } = {}): i18n {
  instance = i18next.createInstance();
  loaded.clear();
  void instance.init({
    lng,
    fallbackLng: 'nl',
    supportedLngs: ['nl', 'en'],
    keySeparator: false,
    nsSeparator: false,
    initAsync: false,
    interpolation: { escapeValue: false }, // Preact escapes every text it renders.
    resources: Object.fromEntries(Object.entries({ ...resources, nl: { ...nl, ...resources.nl } }).map(([l, r]) => [l, { translation: r }])),
    saveMissing: true,
    missingKeyHandler: (_lngs, _ns, key) => {
      if (strict) throw new Error(`Missing translation key: ${key}`);
      console.warn(`Missing translation key: ${key}`);
    },
  });
  return instance;
}

/** A calendar date (YYYY-MM-DD) for a `{{date, datetime(…)}}` string: i18next formats it with
 * Intl, so the shell needs no date code of its own (format.ts stays out of it). Read as midnight
 * UTC and formatted in UTC (the strings say `timeZone: UTC`): the same day in every time zone.
 * English spells day, month and year apart, as en-GB does: Intl would put the month first for 'en'. */
export const dateValues = (iso: string) => ({ date: new Date(iso) });

export function t(key: Key, values?: Record<string, string | number | Date>): string {
  if (!instance) throw new Error('initI18n() must run before t()');
  return instance.t(key, values);
}

/** A user's text inside the app's own sentence, isolated (FSI … PDI, as <bdi> does in markup): a
 * right-to-left override in a case label must not reverse the app's words after it. */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

export async function setLanguage(lng: Locale): Promise<void> {
  await loadLanguage(lng);
  await instance?.changeLanguage(lng);
}

export function currentLanguage(): Locale {
  return (instance?.language as Locale | undefined) ?? 'nl';
}
