import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import enBase from '../../../src/i18n/locales/en.json';
import enCases from '../../../src/i18n/locales/en.cases.json';
import nlBase from '../../../src/i18n/locales/nl.json';
import nlCases from '../../../src/i18n/locales/nl.cases.json';
import enPack from '../../../src/i18n/locales/en.pack.json';
import nlPack from '../../../src/i18n/locales/nl.pack.json';

const nl = { ...nlBase, ...nlCases, ...nlPack };
const en = { ...enBase, ...enCases, ...enPack };

test('each language file pair splits the keys the same way, with no key in both parts', () => {
  expect(Object.keys(enBase).sort()).toEqual(Object.keys(nlBase).sort());
  expect(Object.keys(enCases).sort()).toEqual(Object.keys(nlCases).sort());
  expect(Object.keys(enPack).sort()).toEqual(Object.keys(nlPack).sort());
  expect(Object.keys(nlBase).filter((k) => k in nlCases || k in nlPack)).toEqual([]);
  expect(Object.keys(nlCases).filter((k) => k in nlPack)).toEqual([]);
});

test('Dutch and English have exactly the same keys', () => {
  expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
});

test('no translation is empty or still the Dutch text in English, except names', () => {
  // Names: the app's, and each language named in itself.
  const sameOnPurpose = new Set(['start.title', 'step.tips', 'language.nameNl', 'language.nameEn', 'status.open', 'consult.veiligThuis']);
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
  const used = new Set([...source.matchAll(/\bt\(\s*'([^']+)'|'((?:notice|case|status|consult|storage|data|backup|lock|lockPanel|report|conflict)\.[A-Za-z.]+)'/g)].map((m) => (m[1] ?? m[2])!));
  for (const key of used) expect(nl, `used in code: ${key}`).toHaveProperty([key]);
  for (const key of Object.keys(nl)) expect(used.has(key), `unused key: ${key}`).toBe(true);
});
