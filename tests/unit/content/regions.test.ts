import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { PackValidationError, formatPackError } from '../../../src/content/errors';
import { formatFinding, lintContent } from '../../../src/content/lint-content';
import { entriesFor, regionOf } from '../../../src/content/region-pack';
import { compileRegion, readRegionFiles } from '../../../src/content/resolve-region';
import type { Directory } from '../../../src/directory/types';
import { compiledContent } from '../../helpers/packs';

const SEEDS = { 'hollands-midden': 'VT10', haaglanden: 'VT09', 'zuid-limburg': 'VT25', 'amsterdam-amstelland': 'VT01', 'rotterdam-rijnmond': 'VT20' };

describe('the five regional packs', () => {
  const { regions, files } = compiledContent();

  test('each seed region has its pack, with its Veilig Thuis code, listed in packs/regions.json', () => {
    expect(Object.fromEntries(regions.map((r) => [r.id, r.vt]))).toEqual(SEEDS);
    const index = JSON.parse(files.get('packs/regions.json')!);
    expect(index).toEqual(regions.map((r) => ({ id: r.id, vt: r.vt, title: { nl: r.text.nl.title, en: r.text.en.title } })));
    for (const r of regions) expect(JSON.parse(files.get(`packs/regions/${r.id}.json`)!)).toEqual(r);
  });

  test('every entry cites the document, is tagged for step 2 or 5, and is worded in both languages', () => {
    for (const r of regions) {
      expect(r.source.title && r.source.owner && r.source.date, r.id).toBeTruthy();
      expect(entriesFor(r, 2).length, `${r.id} step 2`).toBeGreaterThan(0);
      expect(entriesFor(r, 5).length, `${r.id} step 5`).toBeGreaterThan(0);
      for (const e of r.entries) {
        expect(e.sources.length, `${r.id}/${e.id}`).toBeGreaterThan(0);
        for (const lang of ['nl', 'en'] as const) expect(r.text[lang].entries[e.id]?.when, `${r.id}/${e.id} ${lang}`).toBeTruthy();
      }
      expect(r.text.en.review.length).toBe(r.text.nl.review.length);
      expect(r.text.nl.review.length, r.id).toBeGreaterThan(0);
    }
  });

  test('no phone number is invented: the seeds give none for professionals', () => {
    expect(JSON.stringify(regions)).not.toMatch(/\b0\d{1,3}-\d/);
  });

  test('a region pack is found by its Veilig Thuis code', () => {
    const list = regions.map((r) => ({ id: r.id, vt: r.vt, title: { nl: r.text.nl.title, en: r.text.en.title } }));
    expect(regionOf(list, 'VT10')?.id).toBe('hollands-midden');
    expect(regionOf(list, 'VT03')).toBeUndefined();
    expect(regionOf(list, null)).toBeUndefined();
  });
});

// ---- bad input --------------------------------------------------------------------------------

const REGION = `id: proef
vt: VT10
version: 1.0.0
reviewed: "2026-12-01"
source:
  title: Regiovisie Proef
  owner: Gemeente Proef
  date: "2023"
entries:
  - id: team
    kind: lokaal-team
    steps: [2, 5]
    sources:
      - at: "§1"
`;
const text = (lang: string) => `title: Proef ${lang}
intro: Intro ${lang}
review:
  - Punt ${lang}
entries:
  team:
    name: Team ${lang}
    what: Doet ${lang}
    when: Wanneer ${lang}
`;
const DIRECTORY = { sources: [], regions: [{ code: 'VT10' }], gemeenten: [], former: [], aliases: [], postcodes: null } as unknown as Directory;

/** A content folder with one region; `files` replace (or, as null, remove) its files. */
function content(files: Record<string, string | null> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'regions-'));
  const dir = join(root, 'regions', 'proef');
  mkdirSync(dir, { recursive: true });
  const all: Record<string, string | null> = { 'region.yaml': REGION, 'nl.yaml': text('nl'), 'en.yaml': text('en'), ...files };
  for (const [name, body] of Object.entries(all)) if (body !== null) writeFileSync(join(dir, name), body);
  return root;
}

function problems(files: Record<string, string | null>, directory: Directory | null = DIRECTORY): string[] {
  try {
    compileRegion(readRegionFiles(join(content(files), 'regions'), 'proef'), directory);
    return [];
  } catch (e) {
    if (!(e instanceof PackValidationError)) throw e;
    return e.errors.map(formatPackError);
  }
}

describe('a broken region is refused, naming file, field and fix', () => {
  test('a good one compiles', () => {
    expect(problems({})).toEqual([]);
  });

  test('an entry without sources', () => {
    const p = problems({ 'region.yaml': REGION.replace(/    sources:\n      - at: "§1"\n/, '    sources: []\n') });
    expect(p.join('\n')).toMatch(/entries\.0\.sources.*\n.*every claim needs a source/);
  });

  test('an entry tagged for no step, or for a step other than 2 and 5', () => {
    expect(problems({ 'region.yaml': REGION.replace('steps: [2, 5]', 'steps: []') }).join('\n')).toMatch(/entries\.0\.steps[\s\S]*step 2 \(whom to consult\) and\/or step 5/);
    expect(problems({ 'region.yaml': REGION.replace('steps: [2, 5]', 'steps: [3]') }).join('\n')).toMatch(/entries\.0\.steps\.0/);
  });

  test('a Veilig Thuis code the directory does not have', () => {
    expect(problems({ 'region.yaml': REGION.replace('VT10', 'VT99') }).join('\n')).toMatch(/vt: "VT99" is not a Veilig Thuis region[\s\S]*use one of: VT10/);
    expect(problems({ 'region.yaml': REGION.replace('VT10', 'Leiden') }).join('\n')).toMatch(/→ vt:/);
  });

  test('a missing or incomplete English text', () => {
    expect(problems({ 'en.yaml': null }).join('\n')).toMatch(/en\.yaml → \(whole file\): is missing/);
    expect(problems({ 'en.yaml': text('en').replace('    when: Wanneer en\n', '') }).join('\n')).toMatch(/en\.yaml.*entries\.team\.when: is missing/);
    expect(problems({ 'en.yaml': text('en').replace(/entries:[\s\S]*/, 'entries: {}\n') }).join('\n')).toMatch(/entries\.team: is missing/);
    expect(problems({ 'en.yaml': text('en').replace('  - Punt en\n', '  - Punt en\n  - Nog een\n') }).join('\n')).toMatch(/review: has 2 points, nl\.yaml has 1/);
  });

  test('a missing or malformed check date, and an entry the structure does not have', () => {
    expect(problems({ 'region.yaml': REGION.replace('reviewed: "2026-12-01"\n', '') }).join('\n')).toMatch(/reviewed: is missing/);
    expect(problems({ 'region.yaml': REGION.replace('"2026-12-01"', '"1 december"') }).join('\n')).toMatch(/reviewed/);
    expect(problems({ 'nl.yaml': `${text('nl')}  ander:\n    name: A\n    what: B\n    when: C\n` }).join('\n')).toMatch(/"ander" is not an entry of region\.yaml/);
  });

  test('a folder whose id differs', () => {
    expect(problems({ 'region.yaml': REGION.replace('id: proef', 'id: anders') }).join('\n')).toMatch(/"anders" differs from the folder name "proef"/);
  });
});

describe('the linter on regions', () => {
  const lint = (files: Record<string, string | null>, today = new Date('2026-12-02T00:00:00Z')) =>
    lintContent(content(files), { name: 'c', today }).filter((f) => f.file.includes('/regions/')).map(formatFinding);

  test('a good region has no findings; an old check date is a warning', () => {
    expect(lint({})).toEqual([]);
    expect(lint({}, new Date('2028-12-01T00:00:00Z'))).toEqual([
      expect.stringMatching(/^warning: c\/regions\/proef\/region\.yaml:4:11 → reviewed: 2026-12-01 is more than 18 months ago/),
    ]);
  });

  test('a phone number not in the one format, or without its hours, and a link that is not https', () => {
    const found = lint({ 'nl.yaml': text('nl').replace('Doet nl', 'Bel 0883083636 of kijk op http://voorbeeld.nl/regio') });
    expect(found.join('\n')).toMatch(/phone number "0883083636" is not in the one format/);
    expect(found.join('\n')).toMatch(/without its hours/);
    expect(found.join('\n')).toMatch(/link "http:\/\/voorbeeld\.nl\/regio" is not https/);
  });
});
