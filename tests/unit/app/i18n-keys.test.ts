import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import enBase from '../../../src/i18n/locales/en.json';
import enCases from '../../../src/i18n/locales/en.cases.json';
import nlBase from '../../../src/i18n/locales/nl.json';
import nlCases from '../../../src/i18n/locales/nl.cases.json';
import enPack from '../../../src/i18n/locales/en.pack.json';
import nlPack from '../../../src/i18n/locales/nl.pack.json';
import enInfo from '../../../src/i18n/locales/en.info.json';
import nlInfo from '../../../src/i18n/locales/nl.info.json';
import enLocal from '../../../src/i18n/locales/en.local.json';
import nlLocal from '../../../src/i18n/locales/nl.local.json';
import enPractice from '../../../src/i18n/locales/en.practice.json';
import nlPractice from '../../../src/i18n/locales/nl.practice.json';
import enSearch from '../../../src/i18n/locales/en.search.json';
import nlSearch from '../../../src/i18n/locales/nl.search.json';

const nl = { ...nlBase, ...nlCases, ...nlPack, ...nlInfo, ...nlLocal, ...nlPractice, ...nlSearch };
const en = { ...enBase, ...enCases, ...enPack, ...enInfo, ...enLocal, ...enPractice, ...enSearch };

/** i18next plurals: `x_one` and `x_other` in the files, asked for in code as `x` with a count. */
const PLURAL = /_(zero|one|two|few|many|other)$/;
const base = (key: string) => key.replace(PLURAL, '');
const plurals = (strings: Record<string, string>) => Object.keys(strings).filter((k) => PLURAL.test(k)).sort();

test('each language file pair splits the keys the same way, with no key in both parts', () => {
  expect(Object.keys(enBase).sort()).toEqual(Object.keys(nlBase).sort());
  expect(Object.keys(enCases).sort()).toEqual(Object.keys(nlCases).sort());
  expect(Object.keys(enPack).sort()).toEqual(Object.keys(nlPack).sort());
  expect(Object.keys(enInfo).sort()).toEqual(Object.keys(nlInfo).sort());
  expect(Object.keys(enLocal).sort()).toEqual(Object.keys(nlLocal).sort());
  expect(Object.keys(nlBase).filter((k) => k in nlCases || k in nlPack || k in nlInfo || k in nlLocal)).toEqual([]);
  expect(Object.keys(nlCases).filter((k) => k in nlPack || k in nlInfo || k in nlLocal)).toEqual([]);
  expect(Object.keys(nlPack).filter((k) => k in nlInfo || k in nlLocal)).toEqual([]);
  expect(Object.keys(enPractice).sort()).toEqual(Object.keys(nlPractice).sort());
  expect(Object.keys(enSearch).sort()).toEqual(Object.keys(nlSearch).sort());
  expect(Object.keys({ ...nlBase, ...nlCases, ...nlPack, ...nlInfo, ...nlLocal, ...nlPractice }).filter((k) => k in nlSearch)).toEqual([]);
  expect(Object.keys(nlInfo).filter((k) => k in nlLocal)).toEqual([]);
  expect(Object.keys({ ...nlBase, ...nlCases, ...nlPack, ...nlInfo, ...nlLocal }).filter((k) => k in nlPractice)).toEqual([]);
});

test('Dutch and English have exactly the same keys', () => {
  expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
});

test('no translation is empty or still the Dutch text in English, except names', () => {
  // Names (the app's, each language named in itself) and words both languages share ('Later').
  const sameOnPurpose = new Set(['start.title', 'step.tips', 'update.later', 'language.nameNl', 'language.nameEn', 'status.open', 'consult.veiligThuis', 'melding.defaultTo']);
  for (const [key, value] of Object.entries(en)) {
    expect(value.trim(), key).not.toBe('');
    if (!sameOnPurpose.has(key)) expect(value, key).not.toBe(nl[key as keyof typeof nl]);
  }
});

test('every key the code uses exists, and every key in the files is used', () => {
  const srcDir = new URL('../../../src', import.meta.url).pathname;
  const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(join(dir, d.name)) : /\.tsx?$/.test(d.name) ? [join(dir, d.name)] : []));
  const source = files(srcDir).map((f) => readFileSync(f, 'utf8')).join('\n');
  // Keys reach the UI through t('…') or as typed Key values in lookup tables (notices, states).
  const used = new Set([...source.matchAll(/\bt\(\s*'([^']+)'|'((?:notice|case|cases|status|consult|storage|data|backup|lock|lockPanel|report|conflict)\.[A-Za-z0-9.]+)'/g)].map((m) => (m[1] ?? m[2])!));
  const known = new Set(Object.keys(nl).map(base));
  for (const key of used) expect(known.has(key), `used in code: ${key}`).toBe(true);
  for (const key of Object.keys(nl)) expect(used.has(base(key)), `unused key: ${key}`).toBe(true);
});

test('plurals: both languages have the same plural keys, each with a _one and an _other form that uses {{count}}, and never also a plain key', () => {
  expect(plurals(en)).toEqual(plurals(nl));
  expect(plurals(nl).length).toBeGreaterThan(0);
  for (const strings of [nl, en] as Record<string, string>[]) {
    for (const key of new Set(plurals(strings).map(base))) {
      expect(strings, key).toHaveProperty([`${key}_one`]);
      expect(strings, key).toHaveProperty([`${key}_other`]);
      expect(strings[`${key}_other`], key).toContain('{{count}}');
      expect(key in strings, `${key} is also a plain key`).toBe(false);
    }
  }
});
