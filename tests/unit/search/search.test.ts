import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Locale } from '../../../src/content/schema';
import { buildIndex, readSynonyms } from '../../../src/search/build-index';
import { expand, highlights, makeSearcher, near, queryWords, snippetOf, wordMatcher } from '../../../src/search/search';
import type { Searcher } from '../../../src/search/types';
import { compiledContent, contentDir } from '../../helpers/packs';

const searchers = new Map<Locale, Searcher>();
/** The real index of a language, as the app loads it (through JSON). */
function searcher(locale: Locale): Searcher {
  if (!searchers.has(locale)) searchers.set(locale, makeSearcher(JSON.parse(compiledContent().files.get(`packs/search.${locale}.json`)!)));
  return searchers.get(locale)!;
}
const top3 = (locale: Locale, query: string, pack?: string) => searcher(locale).search(query, pack).slice(0, 3).map((r) => r.doc.path);

describe.each(['nl', 'en'] as const)('the real content in %s', (locale) => {
  test.each([
    ['letsel', 'route/letselduiding/'],
    ['besnijdenis', 'route/vgv/'],
    ['collega', 'route/collega/'],
    ['huwelijksdwang', 'route/huwelijksdwang/'],
    ['besnijdnis', 'route/vgv/'],
    ['VGV', 'route/vgv/'],
    ['meisjesbesnijdenis', 'route/vgv/'],
  ])('%s finds %s in the first three results', (query, path) => {
    expect(top3(locale, query)).toContain(path);
  });

  test("'Gouda' finds the gemeente, with Veilig Thuis Hollands Midden, first", () => {
    const [first] = searcher(locale).search('Gouda');
    expect(first).toMatchObject({ group: 'help', doc: { kind: 'gemeente', title: 'Gouda', context: 'Veilig Thuis Hollands Midden', path: 'veilig-thuis/' } });
  });

  test("'kindcheck' finds the kindchecks of the artsen and sociaal-domein packs", () => {
    expect(top3(locale, 'kindcheck')).toEqual(expect.arrayContaining(['artsen/stap/1/#group-check-kind', 'sociaal-domein/stap/1/#group-kindcheck-vragen']));
  });

  test('a typo in a word no synonym knows is still found (the typo search after the exact one)', () => {
    const [typed, right] = locale === 'nl' ? ['afwegingskadr', 'afwegingskader'] : ['framewrk', 'framework'];
    const found = searcher(locale).search(typed).slice(0, 5).map((r) => r.doc.id);
    expect(found.length).toBeGreaterThan(0);
    expect(found).toEqual(searcher(locale).search(right).slice(0, 5).map((r) => r.doc.id));
  });
  test("'mishandeling' finds kindermishandeling", () => {
    expect(searcher(locale).search('mishandeling').some((r) => /kindermishandeling/i.test(r.doc.title))).toBe(true);
  });

  test('what the same words say in several packs shows once, in the pack the user is in', () => {
    const results = searcher(locale).search('kindcheck', 'artsen');
    expect(results[0]).toMatchObject({ group: 'thisPack', doc: { pack: 'artsen' } });
    const titles = results.map((r) => `${r.doc.kind} ${r.doc.title}`);
    expect(new Set(titles).size).toBe(titles.length);
  });
});

describe('results', () => {
  test('are grouped: this pack, help, other packs, practice', () => {
    const groups = new Set(searcher('nl').search('kind', 'onderwijs').map((r) => r.group));
    expect(groups).toEqual(new Set(['thisPack', 'help', 'otherPacks', 'practice']));
  });
  test('name the matched words as written, for highlighting', () => {
    const [first] = searcher('nl').search('besnijdenis');
    expect(first!.terms).toContain('Meisjesbesnijdenis');
  });
  test('open the step of a pack with the list as fragment', () => {
    const r = searcher('nl').search('kindcheck').find((x) => x.doc.kind === 'group');
    expect(r!.doc.path).toBe('artsen/stap/1/#group-check-kind');
    expect(r!.doc.context).toMatch(/^Artsen/);
  });
});

describe('the words to mark', () => {
  const isMatch = wordMatcher(['mishandeling', 'signaal', 'geisoleerd', 'af'], 'nl');
  test('a matched term, its plural, a compound ending in it, and its accented spelling', () => {
    expect(highlights('Signalen van kindermishandeling bij een geïsoleerd gezin', isMatch)).toEqual(['Signalen', 'kindermishandeling', 'geïsoleerd']);
  });
  test('a term shorter than a compound part only as a whole word', () => {
    expect(highlights('De AF belt; afweging en straf', isMatch)).toEqual(['AF']);
  });
  test('the snippet starts near the first matched word', () => {
    const text = `${'Een lange inleiding over iets anders. '.repeat(5)}Hier staat kindermishandeling, en dan nog veel meer tekst die niet past.`;
    const snippet = snippetOf(text, isMatch);
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet).toContain('kindermishandeling');
  });
});

describe('bad input', () => {
  const s = () => searcher('nl');
  test('one character finds nothing', () => expect(s().search('k')).toEqual([]));
  test('only spaces find nothing', () => expect(s().search('    ')).toEqual([]));
  test('500 characters are cut and searched without error', () => {
    expect(() => s().search('letsel '.repeat(72))).not.toThrow();
    expect(queryWords('a'.repeat(500), 'nl')[0]!.length).toBeLessThanOrEqual(100);
  });
  test.each(['.*+?^${}()|[]\\', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '🙂🙂', 'مرحبا بالعالم', 'שלום', '\u202Eletsel'])('%s: no error, and markup stays text', (query) => {
    const results = s().search(query);
    for (const r of results) for (const term of r.terms) expect(term).not.toMatch(/[<>]/);
  });
  test('right-to-left marks around a word still find it', () => expect(s().search('\u202Bletsel\u202C').length).toBeGreaterThan(0));
  test('a query with no match finds nothing', () => expect(s().search('xyzzyqwv')).toEqual([]));
});

describe('synonyms', () => {
  const synonyms = readSynonyms(`${contentDir}/search/synonyms.yaml`, 'content/search/synonyms.yaml');
  test('every set says why, in both languages where relevant', () => {
    expect(synonyms.nl.length).toBeGreaterThan(5);
    expect(synonyms.en.some((set) => set.includes('FGM'))).toBe(true);
  });
  test.each([['AF', 'aandachtsfunctionaris'], ['VT', 'Veilig Thuis'], ['huisarts', 'arts']])('%s finds what %s finds', (query, other) => {
    const ids = searcher('nl').search(query).map((r) => r.doc.id);
    const direct = searcher('nl').search(other).slice(0, 5).map((r) => r.doc.id);
    expect(direct.some((id) => ids.includes(id))).toBe(true);
  });
  test('expand a word into the query with each other word of its set', () => {
    const query = expand(['genitale', 'verminking'], [[['vgv'], ['genitale', 'verminking']]], 'nl', 'AND');
    expect(JSON.stringify(query)).toContain('"vgv"');
  });
  test('a typo in a synonym still expands', () => expect(near('besnijdnis', 'besnijdenis', 2)).toBe(true));
  test('a set without why, or with one word, is refused with the file and field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'synonyms-'));
    writeFileSync(join(dir, 'synonyms.yaml'), '- nl: [VGV]\n');
    expect(() => readSynonyms(join(dir, 'synonyms.yaml'), 'content/search/synonyms.yaml')).toThrow(/synonyms\.yaml.*0\.why[\s\S]*0\.nl/);
  });
  test('an index of nothing finds nothing', () => expect(makeSearcher(buildIndex([], 'nl', [], [], new Set())).search('letsel')).toEqual([]));
});
