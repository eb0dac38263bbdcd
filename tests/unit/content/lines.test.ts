import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { compileAll } from '../../../src/content/collections';
import { formatFinding, lintContent } from '../../../src/content/lint-content';
import { contentDir } from '../../helpers/packs';

const CHECKED = new Date('2026-12-02T12:00:00Z');
const temp = mkdtempSync(join(tmpdir(), 'lines-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const LINE = (over = '') => `
  - id: lijn
    kind: phone
    phones: ["0800-2000"]
    allDay: true
    callers: anyone
    website: https://www.example.nl/
    routes: []
    reviewed: "2026-12-01"
    sources:
      - { title: "Bron", url: "https://www.example.nl/bron", date: "2026-12" }
${over}`;

/** A content folder with only lines/ in it; findings about other folders (there is no base) are left out. */
function lintLines(files: { lines?: string; nl?: string; en?: string | null }, today = CHECKED) {
  const dir = mkdtempSync(join(temp, 'c-'));
  mkdirSync(join(dir, 'lines'));
  writeFileSync(join(dir, 'lines', 'lines.yaml'), files.lines ?? `reviewed: "2026-12-01"\nlines:${LINE()}`);
  writeFileSync(join(dir, 'lines', 'nl.yaml'), files.nl ?? 'intro: "Intro"\nlines:\n  lijn: { name: "Lijn", for: "Waarvoor" }\n');
  if (files.en !== null) writeFileSync(join(dir, 'lines', 'en.yaml'), files.en ?? 'intro: "Intro"\nlines:\n  lijn: { name: "Line", for: "What for" }\n');
  return lintContent(dir, { name: 'c', today }).filter((f) => f.file.startsWith('c/lines/')).map(formatFinding);
}

describe('the real lines', () => {
  const { lines, files } = compileAll(contentDir);
  test('compile into packs/lines.json with both languages', () => {
    expect(files.has('packs/lines.json')).toBe(true);
    const vt = lines!.lines.find((l) => l.id === 'veilig-thuis')!;
    expect(vt.phones).toEqual([{ number: '0800-2000', tel: '08002000' }]);
    expect(vt.allDay).toBe(true);
    for (const l of lines!.lines) {
      expect(l.sources.length, l.id).toBeGreaterThan(0);
      expect(l.text.nl.name && l.text.en.name, l.id).toBeTruthy();
    }
  });
  test('LKHA and LEC EGG have no number: no source gives one professionals may call', () => {
    const lkha = lines!.lines.find((l) => l.id === 'lkha')!;
    expect(lkha.phones).toEqual([]);
    expect(lkha.routes).toEqual(['huwelijksdwang']);
    expect(lkha.review.length).toBeGreaterThan(0);
    expect(lines!.lines.find((l) => l.id === 'lec-egg')!.phones).toEqual([]);
  });
  test('the chat has its hours and says professionals call', () => {
    const chat = lines!.lines.find((l) => l.id === 'veilig-thuis-chat')!;
    expect(chat.allDay).toBe(false);
    expect(chat.text.nl.hours).toMatch(/9\.00–17\.00/);
    expect(chat.text.nl.note).toMatch(/professional.*bel/i);
    expect(chat.text.en.note).toMatch(/professional.*call/i);
  });
  test('carries the titles of the routes it names', () => {
    expect(lines!.routes.map((r) => r.id)).toContain('huwelijksdwang');
    expect(lines!.routes.find((r) => r.id === 'huwelijksdwang')!.title.en).toBeTruthy();
  });
});

describe('bad input fails the linter', () => {
  test('a valid folder has no findings', () => {
    expect(lintLines({})).toEqual([]);
  });
  test('a line without a source', () => {
    const out = lintLines({ lines: `reviewed: "2026-12-01"\nlines:${LINE().replace(/ {4}sources:\n.*\n/, '')}` });
    expect(out.join('\n')).toMatch(/lines\.yaml:\d+:\d+ → lines\.0\.sources: is missing/);
  });
  test('a phone number in another format', () => {
    const out = lintLines({ lines: `reviewed: "2026-12-01"\nlines:${LINE().replace('"0800-2000"', '"0800 2000"')}` });
    expect(out.join('\n')).toMatch(/lines\.0\.phones\.0: phone number "0800 2000" is not in the one format/);
  });
  test('a number in a text without its hours, and a line not open day and night without hours', () => {
    const out = lintLines({
      lines: `reviewed: "2026-12-01"\nlines:${LINE().replace('allDay: true', 'allDay: false')}`,
      nl: 'intro: "Intro"\nlines:\n  lijn: { name: "Lijn", for: "Bel 0800-2000." }\n',
      en: 'intro: "Intro"\nlines:\n  lijn: { name: "Line", for: "Call 0800-2000." }\n',
    });
    expect(out.join('\n')).toMatch(/nl\.yaml:\d+:\d+ → lines\.lijn\.hours: is missing: lines\.yaml says the line is not open day and night/);
  });
  test('hours that do not say when', () => {
    const out = lintLines({
      lines: `reviewed: "2026-12-01"\nlines:${LINE().replace('allDay: true', 'allDay: false')}`,
      nl: 'intro: "Intro"\nlines:\n  lijn: { name: "Lijn", for: "Waarvoor", hours: "Soms" }\n',
      en: 'intro: "Intro"\nlines:\n  lijn: { name: "Line", for: "What for", hours: "Working days, 9.00–17.00." }\n',
    });
    expect(out).toEqual([expect.stringMatching(/nl\.yaml:\d+:\d+ → lines\.lijn\.hours: "Soms" does not say when the line can be called/)]);
  });
  test('a route id that does not exist', () => {
    const out = lintLines({ lines: `reviewed: "2026-12-01"\nlines:${LINE().replace('routes: []', 'routes: [nergens]')}` });
    expect(out.join('\n')).toMatch(/lines\.0\.routes\.0: "nergens" is not a route/);
  });
  test('missing English: the whole file, or one line', () => {
    expect(lintLines({ en: null }).join('\n')).toMatch(/en\.yaml → \(whole file\): is missing/);
    expect(lintLines({ en: 'intro: "Intro"\nlines:\n  lijn: { name: "Line" }\n' }).join('\n')).toMatch(/en\.yaml:\d+:\d+ → lines\.lijn\.for: has no en text/);
  });
  test('a missing or old check date', () => {
    expect(lintLines({ lines: `reviewed: "2026-12-01"\nlines:${LINE().replace(/ {4}reviewed: .*\n/, '')}` }).join('\n')).toMatch(/lines\.0\.reviewed: is missing/);
    expect(lintLines({}, new Date('2028-08-01T00:00:00Z'))).toEqual([
      expect.stringMatching(/^warning: c\/lines\/lines\.yaml:1:11 → reviewed: 2026-12-01 is more than 18 months ago/),
      expect.stringMatching(/^warning: c\/lines\/lines\.yaml:\d+:\d+ → lines\.0\.reviewed: 2026-12-01 is more than 18 months ago/),
    ]);
  });
});

describe('a number after an opening bracket', () => {
  const text = (words: string) => lintLines({
    nl: `intro: "Intro"\nlines:\n  lijn: { name: "Lijn", for: "Waarvoor", note: "${words}" }\n`,
    en: `intro: "Intro"\nlines:\n  lijn: { name: "Line", for: "What for", note: "${words}" }\n`,
  });
  test('is a number in the one format, not "(0900-…"', () => {
    expect(text('Bel de vertrouwensinspecteur (0900-111 3 111, werkdagen 8.00–17.00 uur).')).toEqual([]);
  });
  test('while a prefix in brackets is still the wrong format', () => {
    expect(text('Bel (0800) 2000 (dag en nacht).').join('\n')).toMatch(/phone number "\(0800\) 2000" is not in the one format/);
  });
});

test('the real content has no findings about the lines', () => {
  expect(lintContent(resolve(contentDir), { name: 'content', today: CHECKED }).filter((f) => f.file.includes('/lines/')).map(formatFinding)).toEqual([]);
});
