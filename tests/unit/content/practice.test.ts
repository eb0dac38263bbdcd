import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { compileAll } from '../../../src/content/collections';
import { formatPackError, PackValidationError } from '../../../src/content/errors';
import { formatFinding, lintContent } from '../../../src/content/lint-content';
import { compilePractice, readPracticeFiles, RESERVED_PRACTICE_IDS } from '../../../src/content/resolve-practice';
import { graphPosition } from '../../../src/meldcode/engine';
import { compiledContent, contentDir } from '../../helpers/packs';

const temp = mkdtempSync(join(tmpdir(), 'practice-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const PRACTICE = `# yaml-language-server: $schema=../../schema/practice.json
id: proef
version: 1.0.0
reviewed: "2026-12-01"
locales: [nl, en]
pack: onderwijs
route: null
signals: [sig-verzuim, sig-po-contact]
expert:
  - { node: a1, answer: ja }
  - { node: a2, answer: nee }
  - { node: a3, answer: ja }
  - { node: a4, answer: ja }
sources:
  - { id: meldcode, title: "Meldcode", url: "https://www.example.nl/meldcode", date: "2026-11" }
`;

const text = (lang: string) => `# yaml-language-server: $schema=../../schema/practice-text.json
title: "Proef ${lang}"
summary: "Samenvatting ${lang}"
situation:
  - "Situatie ${lang}"
signals: "Signalen ${lang}"
step2:
  - "Stap 2 ${lang}"
step3:
  - "Stap 3 ${lang}"
why:
  a1: "Waarom a1 ${lang}"
  a2: "Waarom a2 ${lang}"
  a3: "Waarom a3 ${lang}"
  a4: "Waarom a4 ${lang}"
questions:
  - "Vraag ${lang}"
mistakes:
  - "Fout ${lang}"
`;

/** A content folder with the real base, packs and routes (linked) and one practice case, whose
 * files `files` replace (or, as null, remove). */
function content(files: Record<string, string | null> = {}, folder = 'proef'): string {
  const root = mkdtempSync(join(temp, 'c-'));
  for (const sub of ['base', 'packs', 'routes']) symlinkSync(join(contentDir, sub), join(root, sub), 'dir');
  const dir = join(root, 'practice', folder);
  mkdirSync(dir, { recursive: true });
  const all: Record<string, string | null> = { 'practice.yaml': PRACTICE, 'nl.yaml': text('nl'), 'en.yaml': text('en'), ...files };
  for (const [name, body] of Object.entries(all)) if (body !== null) writeFileSync(join(dir, name), body);
  return root;
}

const packs = () => compiledContent().packs.localized;

/** The compiler's problems with one case, formatted as the build prints them. */
function problems(files: Record<string, string | null>, folder = 'proef'): string {
  try {
    compilePractice(readPracticeFiles(join(content(files, folder), 'practice'), folder), packs());
    return '';
  } catch (e) {
    if (!(e instanceof PackValidationError)) throw e;
    return e.errors.map(formatPackError).join('\n');
  }
}

const expert = (moves: string) => PRACTICE.replace(/expert:\n(?: {2}- .*\n)+/, `expert:\n${moves}`);

describe('a valid practice case', () => {
  test('compiles into the case the app loads, with both languages', () => {
    const c = compilePractice(readPracticeFiles(join(content(), 'practice'), 'proef'), packs());
    expect(c).toMatchObject({ id: 'proef', pack: 'onderwijs', route: null, signals: ['sig-verzuim', 'sig-po-contact'], locales: ['nl', 'en'] });
    expect(c.expert).toEqual([{ node: 'a1', answer: 'ja' }, { node: 'a2', answer: 'nee' }, { node: 'a3', answer: 'ja' }, { node: 'a4', answer: 'ja' }]);
    expect(c.text.en.why.a4).toBe('Waarom a4 en');
    // The path the app will walk ends at 'hulp' (afweging 5 comes later).
    const kader = packs().find((p) => p.id === 'onderwijs')!.kader;
    expect(graphPosition(kader, { start: kader.start, moves: c.expert }).current).toBe('hulp');
  });

  test('goes with the build into packs/practice/<id>.json and the index packs/practice.json, and lints clean', () => {
    const dir = content();
    const { files } = compileAll(dir, 'c');
    const index = JSON.parse(files.get('packs/practice.json')!);
    expect(index).toEqual({ cases: [{ id: 'proef', pack: 'onderwijs', route: null, title: { nl: 'Proef nl', en: 'Proef en' }, summary: { nl: 'Samenvatting nl', en: 'Samenvatting en' } }], explainers: [], conversations: [] });
    expect(JSON.parse(files.get('packs/practice/proef.json')!).text.nl.title).toBe('Proef nl');
    const findings = lintContent(dir, { name: 'c', today: new Date('2026-12-02T00:00:00Z') });
    expect(findings.filter((f) => f.file.includes('/practice/')).map(formatFinding)).toEqual([]);
  });

  test('may walk past a waypoint and on to an end outcome, with an exit, and tick checklist items', () => {
    const moves = '  - { node: a1, answer: ja }\n  - { node: a2, answer: ja-structureel }\n  - { node: melden-veiligheid }\n  - { node: a3, answer: ja }\n  - { node: a4, answer: ja }\n  - { node: hulp }\n  - { node: a5, answer: nieuwe-zorg }\n';
    const why = text('nl').replace('  a4:', '  a5: "Waarom a5"\n  a4:');
    expect(problems({ 'practice.yaml': expert(moves), 'nl.yaml': why, 'en.yaml': why })).toBe('');
    const artsen = PRACTICE.replace('pack: onderwijs', 'pack: artsen').replace('[sig-verzuim, sig-po-contact]', '[kc-kinderen]');
    expect(problems({ 'practice.yaml': artsen })).toBe('');
  });
});

describe('a broken practice case is refused, naming file, line, field and fix', () => {
  test('an expert path that is not a path of the pack\'s graph: the first bad move and what its node offers', () => {
    const wrongAnswer = problems({ 'practice.yaml': expert('  - { node: a1, answer: ja }\n  - { node: a2, answer: ja }\n  - { node: a3, answer: ja }\n  - { node: a4, answer: ja }\n') });
    expect(wrongAnswer).toMatch(/practice\.yaml:11:5 → expert\.1: move 2 \(\{ node: a2, answer: ja \}\) is not a path of the afwegingskader of the pack onderwijs: a2 has no answer "ja"/);
    expect(wrongAnswer).toMatch(/Fix: write one of \{ node: a2, answer: ja-acuut \}, \{ node: a2, answer: ja-structureel \}, \{ node: a2, answer: nee \}/);
    const skipped = problems({ 'practice.yaml': expert('  - { node: a1, answer: ja }\n  - { node: a3, answer: ja }\n  - { node: a4, answer: ja }\n') });
    expect(skipped).toMatch(/expert\.1: move 2 .*the walk is at a2 here, not at a3/);
    const unknown = problems({ 'practice.yaml': expert('  - { node: a1, answer: ja }\n  - { node: a9, answer: ja }\n') });
    expect(unknown).toMatch(/expert\.1: .*a9 is not a node of it/);
    const waypoint = problems({ 'practice.yaml': expert('  - { node: a1, answer: ja }\n  - { node: a2, answer: ja-acuut }\n  - { node: melden-veiligheid, answer: ja }\n') });
    expect(waypoint).toMatch(/expert\.2: .*melden-veiligheid is an outcome: it has no answer "ja"[\s\S]*Fix: write \{ node: melden-veiligheid \} to pass it on to a3/);
    const pastTheEnd = problems({ 'practice.yaml': expert('  - { node: a1, answer: nee }\n  - { node: afsluiten }\n') });
    expect(pastTheEnd).toMatch(/expert\.1: .*the walk has ended at afsluiten[\s\S]*remove the moves after it/);
  });

  test('an expert path that stops at a question or at a waypoint', () => {
    const why = (nodes: string[]) => text('nl').replace(/why:\n(?: {2}a\d: .*\n)+/, `why:\n${nodes.map((n) => `  ${n}: "W"\n`).join('')}`);
    const atQuestion = expert('  - { node: a1, answer: ja }\n  - { node: a2, answer: nee }\n');
    expect(problems({ 'practice.yaml': atQuestion, 'nl.yaml': why(['a1', 'a2']), 'en.yaml': why(['a1', 'a2']) }))
      .toMatch(/expert\.1: the expert's walk stops at the question a3: it must end at an outcome/);
    const atWaypoint = expert('  - { node: a1, answer: ja }\n  - { node: a2, answer: ja-acuut }\n');
    expect(problems({ 'practice.yaml': atWaypoint, 'nl.yaml': why(['a1', 'a2']), 'en.yaml': why(['a1', 'a2']) }))
      .toMatch(/expert\.1: the expert's walk stops at melden-veiligheid, an outcome the walk passes on to a3/);
  });

  test('the linter fails on a case whose expert path is not a path of its pack\'s graph', () => {
    const dir = content({ 'practice.yaml': expert('  - { node: a1, answer: ja }\n  - { node: a2, answer: misschien }\n') });
    const findings = lintContent(dir, { name: 'c', today: new Date('2026-12-02T00:00:00Z') });
    const errors = findings.filter((f) => f.severity === 'error').map(formatFinding);
    expect(errors.join('\n')).toMatch(/^c\/practice\/proef\/practice\.yaml:\d+:\d+ → expert\.1: move 2 \(\{ node: a2, answer: misschien \}\) is not a path/m);
  });

  test('an unknown signal id, a signal twice, and a signal in a pack without step-1 lists', () => {
    expect(problems({ 'practice.yaml': PRACTICE.replace('sig-po-contact', 'sig-onbekend') }))
      .toMatch(/practice\.yaml:8:\d+ → signals\.1: "sig-onbekend" is not an item of the step-1 lists of the pack onderwijs\n {2}Fix: use ids of the pack's step-1 lists: sig-verzuim,/);
    expect(problems({ 'practice.yaml': PRACTICE.replace('sig-po-contact', 'sig-verzuim') })).toMatch(/signals\.1: "sig-verzuim" is listed twice/);
    expect(problems({ 'practice.yaml': PRACTICE.replace('pack: onderwijs', 'pack: algemeen') })).toMatch(/signals\.0: .*\n {2}Fix: the pack algemeen has no step-1 lists: write "signals: \[\]"/);
  });

  test('a route the pack does not offer', () => {
    const p = problems({ 'practice.yaml': PRACTICE.replace('route: null', 'route: ouderenmishandeling') });
    expect(p).toMatch(/route: "ouderenmishandeling" is not a route the pack onderwijs offers\n {2}Fix: use one of: .*vgv.*; or write "route: null"/);
    expect(problems({ 'practice.yaml': PRACTICE.replace('route: null', 'route: vgv') })).toBe('');
  });

  test('an unknown pack', () => {
    expect(problems({ 'practice.yaml': PRACTICE.replace('pack: onderwijs', 'pack: politie') })).toMatch(/→ pack: "politie" is not a pack\n {2}Fix: use one of: .*onderwijs/);
  });

  test('missing English, or an English text without a field', () => {
    expect(problems({ 'en.yaml': null })).toMatch(/proef\/en\.yaml → \(whole file\): is missing: a practice case needs its en text/);
    expect(problems({ 'en.yaml': text('en').replace(/mistakes:\n.*\n/, '') })).toMatch(/en\.yaml:\d+:\d+ → mistakes: is missing/);
    expect(problems({ 'en.yaml': text('en').replace(/questions:\n.*\n/, 'questions: []\n') })).toMatch(/en\.yaml:\d+:\d+ → questions: is an empty list/);
    expect(problems({ 'practice.yaml': PRACTICE.replace('[nl, en]', '[nl]') })).toMatch(/locales: does not list en/);
  });

  test('a question of the path without its "why", and a "why" for a node not asked', () => {
    expect(problems({ 'en.yaml': text('en').replace(/ {2}a3: .*\n/, '') })).toMatch(/en\.yaml:\d+:\d+ → why\.a3: is missing\n {2}Fix: write why the expert answers "a3"/);
    expect(problems({ 'nl.yaml': text('nl').replace('  a1:', '  a5: "Niet gevraagd"\n  a1:') })).toMatch(/nl\.yaml:\d+:\d+ → why\.a5: "a5" is not a question of the expert's walk/);
  });

  test('a reserved id, an id that differs from the folder, and sources without url or date', () => {
    expect(RESERVED_PRACTICE_IDS).toEqual(expect.arrayContaining(['uitleg', 'gesprek']));
    expect(problems({ 'practice.yaml': PRACTICE.replace('id: proef', 'id: uitleg') }, 'uitleg')).toMatch(/→ id: "uitleg" is taken by the app \(\/oefenen\/uitleg\/\)/);
    expect(problems({ 'practice.yaml': PRACTICE.replace('id: proef', 'id: anders') })).toMatch(/"anders" differs from the folder name "proef"/);
    expect(problems({ 'practice.yaml': PRACTICE.replace(/sources:\n.*\n/, 'sources: []\n') })).toMatch(/→ sources: is an empty list/);
    expect(problems({ 'practice.yaml': PRACTICE.replace(', date: "2026-11"', '') })).toMatch(/sources\.0\.date: is missing/);
    expect(problems({ 'practice.yaml': PRACTICE.replace('url: "https://www.example.nl/meldcode", ', '') })).toMatch(/sources\.0\.url: is missing/);
  });

  test('the linter: an old check date is a warning, a phone number without hours an error', () => {
    const old = lintContent(content(), { name: 'c', today: new Date('2028-12-02T00:00:00Z') }).filter((f) => f.file.includes('/practice/')).map(formatFinding);
    expect(old).toEqual([expect.stringMatching(/^warning: c\/practice\/proef\/practice\.yaml:\d+:\d+ → reviewed: 2026-12-01 is more than 18 months ago/)]);
    const phone = lintContent(content({ 'nl.yaml': text('nl').replace('Stap 2 nl', 'Bel 08002000') }), { name: 'c', today: new Date('2026-12-02T00:00:00Z') });
    expect(phone.filter((f) => f.file.includes('/practice/')).map(formatFinding).join('\n')).toMatch(/step2\.0: phone number "08002000" is not in the one format/);
  });
});

describe('the real content', () => {
  test('compiles with its practice cases (if any) into packs/practice.json and one file per case', () => {
    const { practice, files } = compiledContent();
    const index = JSON.parse(files.get('packs/practice.json')!);
    expect(index.cases.map((c: { id: string }) => c.id)).toEqual(practice.cases.map((c) => c.id));
    expect(Array.isArray(index.explainers) && Array.isArray(index.conversations)).toBe(true);
    for (const c of practice.cases) {
      expect(JSON.parse(files.get(`packs/practice/${c.id}.json`)!)).toEqual(c);
      expect(index.cases.find((x: { id: string }) => x.id === c.id)).toEqual({ id: c.id, pack: c.pack, route: c.route, title: { nl: c.text.nl.title, en: c.text.en.title }, summary: { nl: c.text.nl.summary, en: c.text.en.summary } });
    }
  });
});
