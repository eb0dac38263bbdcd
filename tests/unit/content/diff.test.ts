import { expect, test } from 'vitest';
import { applyDiff, diff } from '../../../src/content/diff';
import { compiledContent } from '../../helpers/packs';

test('a change is kept map by map; lists and texts that differ are given whole; a removed key is null', () => {
  const from = { a: 1, b: { c: 'x', d: [1, 2] }, e: 'gone' };
  const to = { a: 1, b: { c: 'y', d: [1, 2] }, f: [3] };
  expect(diff(from, to)).toEqual({ b: { c: 'y' }, e: null, f: [3] });
  expect(applyDiff(from, diff(from, to))).toEqual(to);
  expect(diff(to, to)).toEqual({});
});

test('every shipped pack comes back whole from the base and its changes, in every language', () => {
  const { packs } = compiledContent();
  for (const pack of packs.localized) {
    const base = packs.base.find((b) => b.locale === pack.locale)!;
    expect(applyDiff(base, diff(base, pack)), `${pack.id}.${pack.locale}`).toEqual(pack);
  }
});

test('a "__proto__" key in a file is data, never the prototype', () => {
  const out = applyDiff({ a: 1 }, JSON.parse('{"__proto__": {"polluted": true}}')) as Record<string, unknown>;
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
});
