import { describe, expect, test } from 'vitest';
import { buildFinder, distance, normalise, type FinderResult } from '../../../src/directory/find';
import { fixture, real } from './find-fixture';

const finder = buildFinder(fixture);
const find = (q: string) => finder.find(q);
const names = (r: FinderResult) => (r.kind === 'names' || r.kind === 'postcode' ? r.gemeenten.map((f) => f.gemeente.name) : []);

describe('normalise', () => {
  test('case, accents, apostrophes, hyphens, dots, brackets and spaces do not count', () => {
    expect(normalise("'s-Hertogenbosch")).toBe('shertogenbosch');
    expect(normalise('’s Hertogenbosch')).toBe('shertogenbosch');
    expect(normalise('Súdwest-Fryslân')).toBe('sudwestfryslan');
    expect(normalise('  SUDWEST  fryslan ')).toBe('sudwestfryslan');
    expect(normalise('Bergen (NH.)')).toBe('bergennh');
    expect(normalise('Ĳsselstein')).toBe('ijsselstein');
  });
});

describe('by name', () => {
  test.each([
    ["'s-Hertogenbosch", "'s-Hertogenbosch"],
    ['sHertogenbosch', "'s-Hertogenbosch"],
    ['s hertogenbosch', "'s-Hertogenbosch"],
    ['Den Bosch', "'s-Hertogenbosch"],
    ['den bosch', "'s-Hertogenbosch"],
    ['Den Haag', "'s-Gravenhage"],
    ['Súdwest-Fryslân', 'Súdwest-Fryslân'],
    ['Sudwest Fryslan', 'Súdwest-Fryslân'],
    ['sudwest-fryslan', 'Súdwest-Fryslân'],
    ['GOUDA', 'Gouda'],
    ['  Gouda  ', 'Gouda'],
    ['\tgouda\n', 'Gouda'],
  ])('%j finds %s exactly', (query, name) => {
    const r = find(query);
    expect(r.kind === 'names' && r.match).toBe('exact');
    expect(names(r)).toEqual([name]);
  });

  test('an alias says which name it matched', () => {
    const r = find('Den Bosch');
    expect(r.kind === 'names' && r.gemeenten[0]!.alias).toBe('Den Bosch');
  });

  test('a partial name gives the names that start with it, in alphabetical order', () => {
    const r = find('Berg');
    expect(r.kind === 'names' && r.match).toBe('prefix');
    expect(names(r)).toEqual(expect.arrayContaining(['Bergen (L.)', 'Bergen (NH.)']));
    expect(names(r)).toEqual([...names(r)].sort(new Intl.Collator('nl', { ignorePunctuation: true }).compare));
  });

  test('a later word of a name also matches, after the names that start with it', () => {
    expect(names(find('Fryslan'))).toContain('Súdwest-Fryslân');
    expect(names(find('hertogenb'))).toEqual(["'s-Hertogenbosch"]);
  });

  test('many matches: at most 12 cards, and the count of all', () => {
    const r = find('b');
    expect(r.kind).toBe('names');
    if (r.kind !== 'names') return;
    expect(r.gemeenten.length).toBe(12);
    expect(r.total).toBeGreaterThan(12);
  });

  test.each([
    ['Goudaa', 'Gouda'],
    ['Amstredam', 'Amsterdam'],
    ['Hertogenbosh', "'s-Hertogenbosch"],
    ['Sudwest Frislan', 'Súdwest-Fryslân'],
    ['Leidn', 'Leiden'],
  ])('a misspelling %j suggests %s', (query, name) => {
    const r = find(query);
    expect(r.kind === 'names' && r.match).toBe('close');
    expect(names(r)).toContain(name);
  });

  test.each(['Atlantis', 'xq', 'zzzzzzzzzz', '!!!', 'a'.repeat(10_000), '<script>alert(1)</script>'])('an unknown name %j finds no gemeente (the screen then gives the national number)', (query) => {
    expect(find(query).kind).toBe('none');
  });

  test('an empty or blank query is not a search', () => {
    expect(find('').kind).toBe('empty');
    expect(find('   ').kind).toBe('empty');
  });
});

describe('former gemeenten', () => {
  test('a merged one gives its successor and the date', () => {
    const r = find('Weesp');
    expect(r.kind === 'names' && r.match).toBe('exact');
    if (r.kind !== 'names') return;
    expect(r.former).toEqual([{ name: 'Weesp', until: '2022-03-24', successors: [expect.objectContaining({ gemeente: expect.objectContaining({ name: 'Amsterdam' }) })] }]);
    expect(r.former[0]!.successors[0]!.region!.name).toBe('Veilig Thuis Amsterdam-Amstelland');
  });

  test('Landerd gives Maashorst', () => {
    const r = find('landerd');
    expect(r.kind === 'names' && r.former[0]!.successors.map((s) => s.gemeente.name)).toEqual(['Maashorst']);
  });

  test('a split one gives each successor with its own Veilig Thuis', () => {
    const r = find('Haaren');
    expect(r.kind).toBe('names');
    if (r.kind !== 'names') return;
    const [haaren] = r.former;
    expect(haaren!.successors.map((s) => [s.gemeente.name, s.region!.code])).toEqual([
      ['Boxtel', 'VT27'], ['Oisterwijk', 'VT15'], ['Tilburg', 'VT15'], ['Vught', 'VT27'],
    ]);
  });

  test('a misspelt former name is still suggested', () => {
    const r = find('Weeps');
    expect(r.kind === 'names' && r.former.map((f) => f.name)).toEqual(['Weesp']);
  });
});

describe('by postcode', () => {
  test.each(['2801', '2801 AB', '2801AB', ' 2801 ab '])('%j gives the gemeente', (query) => {
    const r = find(query);
    expect(r).toMatchObject({ kind: 'postcode', postcode: '2801' });
    expect(names(r)).toEqual(['Gouda']);
  });

  test('a postcode across a border gives every candidate', () => {
    expect(names(find('5076'))).toEqual(['Oisterwijk', 'Vught']);
  });

  test('a postcode that does not exist says so', () => {
    expect(find('9999')).toEqual({ kind: 'postcodeUnknown', postcode: '9999' });
    expect(find('0000 AA')).toEqual({ kind: 'postcodeUnknown', postcode: '0000' });
  });

  test('an empty table knows no postcode', () => {
    expect(buildFinder({ ...fixture, postcodes: {} }).find('2801').kind).toBe('postcodeUnknown');
  });

  test('fewer or more digits are not (yet) a postcode', () => {
    expect(find('28').kind).toBe('postcodeIncomplete');
    expect(find('28011').kind).toBe('postcodeIncomplete');
    expect(find('2801 ABC').kind).toBe('postcodeIncomplete');
  });

  test('without a postcode table the search says it is not available', () => {
    expect(buildFinder({ ...fixture, postcodes: null }).find('2801')).toEqual({ kind: 'postcodeUnavailable', postcode: '2801' });
  });
});

describe('the real directory', () => {
  const finder = buildFinder(real);
  test('Gouda is Veilig Thuis Hollands Midden, with its website', () => {
    const r = finder.find('Gouda');
    expect(r.kind === 'names' && r.gemeenten[0]!.region).toMatchObject({ code: 'VT10', name: 'Veilig Thuis Hollands Midden', website: expect.stringMatching(/^https:\/\//) });
  });
  test('Heusden is Midden-Brabant, not Oost-Brabant', () => {
    const r = finder.find('heusden');
    expect(r.kind === 'names' && r.gemeenten.map((g) => g.region!.name)).toEqual(['Veilig Thuis Midden-Brabant']);
  });
  test('every gemeente finds itself exactly by its own name', () => {
    for (const g of real.gemeenten) {
      const r = finder.find(g.name);
      expect(r.kind === 'names' && r.match, g.name).toBe('exact');
      expect(names(r), g.name).toEqual([g.name]);
    }
  });
});

test('distance counts a swap of neighbours as one and stops past its limit', () => {
  expect(distance('amstredam', 'amsterdam')).toBe(1);
  expect(distance('gouda', 'gouda')).toBe(0);
  expect(distance('abc', 'xyz', 1)).toBe(2);
  expect(distance('kitten', 'sitting')).toBe(3);
});
