import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { PackValidationError, formatPackError } from '../../../src/content/errors';
import { formatFinding, lintContent } from '../../../src/content/lint-content';
import { compileConversation, readConversationFiles } from '../../../src/content/resolve-conversation';
import { compileExplainer, readExplainerFiles } from '../../../src/content/resolve-explainer';
import { compiledContent } from '../../helpers/packs';

describe('the shipped explainers and conversation exercises', () => {
  const { explainers, conversations, files } = compiledContent();

  test('five explainers and three conversations, one file each', () => {
    expect(explainers.map((e) => e.id).sort()).toEqual(['acuut-of-structureel', 'advies-of-melding', 'gefaseerd-samenwerken', 'meldnormen', 'misverstanden']);
    expect(conversations.map((c) => c.with).sort()).toEqual(['kind', 'ouder', 'volwassene']);
    for (const e of explainers) expect(JSON.parse(files.get(`packs/explainers/${e.id}.json`)!)).toEqual(e);
    for (const c of conversations) expect(JSON.parse(files.get(`packs/conversations/${c.id}.json`)!)).toEqual(c);
    // The lists, so that offline an unknown address is told apart from a failed fetch.
    expect(JSON.parse(files.get('packs/explainers.json')!)).toEqual(explainers.map((e) => ({ id: e.id, title: { nl: e.text.nl.title, en: e.text.en.title } })));
    expect(JSON.parse(files.get('packs/conversations.json')!)).toEqual(conversations.map((c) => ({ id: c.id, with: c.with, title: { nl: c.text.nl.title, en: c.text.en.title } })));
  });

  test('every section cites a source of its explainer, in both languages', () => {
    for (const e of explainers) {
      const ids = e.sources.map((s) => s.id);
      for (const lang of ['nl', 'en'] as const) {
        for (const s of e.text[lang].sections) {
          expect(s.sources.length, `${e.id} ${s.title}`).toBeGreaterThan(0);
          for (const id of s.sources) expect(ids).toContain(id);
        }
      }
    }
  });

  test('each conversation takes 3 to 5 turns along its good path', () => {
    for (const c of conversations) {
      let node: string | null = c.start;
      let turns = 0;
      while (node) {
        node = c.nodes[node]!.choices.find((ch) => ch.good)!.next;
        turns++;
      }
      expect(turns, c.id).toBeGreaterThanOrEqual(3);
      expect(turns, c.id).toBeLessThanOrEqual(5);
    }
  });

  test('the content linter finds nothing in them', () => {
    const findings = lintContent('content', { name: 'content' }).filter((f) => /\/(explainers|conversations)\//.test(f.file));
    expect(findings.map(formatFinding)).toEqual([]);
  });
});

// ---- bad input --------------------------------------------------------------------------------

const EXPLAINER = `id: proef
version: 1.0.0
reviewed: "2026-12-01"
locales: [nl, en]
sources:
  - { id: bron, title: Een bron, url: https://example.org/bron, date: "2024" }
`;
const explainerText = (lang: string) => `title: Uitleg ${lang}
summary: Samenvatting ${lang}
sections:
  - title: Deel ${lang}
    paragraphs: [Alinea ${lang}]
    sources: [bron]
review:
  - Punt ${lang}
`;

const CONVERSATION = `id: proef
version: 1.0.0
reviewed: "2026-12-01"
locales: [nl, en]
with: ouder
start: a
nodes:
  a:
    choices:
      - { id: goed, next: b, good: true }
      - { id: fout, next: null, good: false }
  b:
    choices:
      - { id: goed, next: null, good: true }
sources:
  - { id: bron, title: Een bron, url: https://example.org/bron, date: "2024" }
`;
const conversationText = (lang: string) => `title: Gesprek ${lang}
intro: Intro ${lang}
nodes:
  a:
    says: Zin a ${lang}
    choices:
      goed: { sentence: Goed ${lang}, effect: Effect ${lang} }
      fout: { sentence: Fout ${lang}, effect: Effect ${lang} }
  b:
    says: Zin b ${lang}
    choices:
      goed: { sentence: Goed ${lang}, effect: Effect ${lang} }
reasoning:
  - Omdat ${lang}
`;

/** A content folder with one item of `kind`; `files` replace (or, as null, remove) its files. */
function content(kind: 'explainers' | 'conversations', files: Record<string, string | null>): string {
  const root = mkdtempSync(join(tmpdir(), `${kind}-`));
  const dir = join(root, kind, 'proef');
  mkdirSync(dir, { recursive: true });
  const all: Record<string, string | null> = kind === 'explainers'
    ? { 'explainer.yaml': EXPLAINER, 'nl.yaml': explainerText('nl'), 'en.yaml': explainerText('en'), ...files }
    : { 'conversation.yaml': CONVERSATION, 'nl.yaml': conversationText('nl'), 'en.yaml': conversationText('en'), ...files };
  for (const [name, body] of Object.entries(all)) if (body !== null) writeFileSync(join(dir, name), body);
  return root;
}

function problems(kind: 'explainers' | 'conversations', files: Record<string, string | null>): string {
  try {
    const dir = join(content(kind, files), kind);
    if (kind === 'explainers') compileExplainer(readExplainerFiles(dir, 'proef'));
    else compileConversation(readConversationFiles(dir, 'proef'));
    return '';
  } catch (e) {
    if (!(e instanceof PackValidationError)) throw e;
    return e.errors.map(formatPackError).join('\n');
  }
}

describe('a broken explainer is refused, naming file, field and fix', () => {
  const bad = (files: Record<string, string | null>) => problems('explainers', files);

  test('a good one compiles, with both languages', () => {
    expect(bad({})).toBe('');
    const e = compileExplainer(readExplainerFiles(join(content('explainers', {}), 'explainers'), 'proef'));
    expect(e.text.en.sections[0]!.title).toBe('Deel en');
    expect(e.review).toEqual({ nl: ['Punt nl'], en: ['Punt en'] });
  });

  test('a section without sources, or citing a source the explainer does not list', () => {
    expect(bad({ 'nl.yaml': explainerText('nl').replace('sources: [bron]', 'sources: []') })).toMatch(/nl\.yaml.*sections\.0\.sources: is an empty list\n.*every section names the sources/);
    expect(bad({ 'nl.yaml': explainerText('nl').replace('sources: [bron]', 'sources: [elders]') })).toMatch(/sections\.0\.sources\.0: "elders" is not a source of explainer\.yaml[\s\S]*use one of: bron/);
    expect(bad({ 'explainer.yaml': EXPLAINER.replace(/sources:[\s\S]*/, 'sources: []\n') })).toMatch(/explainer\.yaml.*sources: is an empty list/);
  });

  test('a missing or incomplete English text', () => {
    expect(bad({ 'en.yaml': null })).toMatch(/en\.yaml → \(whole file\): is missing: an explainer needs its en text/);
    expect(bad({ 'en.yaml': explainerText('en').replace(/summary: .*\n/, '') })).toMatch(/en\.yaml.*summary: is missing/);
    expect(bad({ 'en.yaml': `${explainerText('en').replace('review:', `  - title: Extra\n    paragraphs: [X]\n    sources: [bron]\nreview:`)}` })).toMatch(/en\.yaml.*sections: has 2 sections, nl\.yaml has 1/);
    expect(bad({ 'explainer.yaml': EXPLAINER.replace('[nl, en]', '[nl]') })).toMatch(/locales: does not list en/);
  });

  test('a missing check date, and an id that is not the folder', () => {
    expect(bad({ 'explainer.yaml': EXPLAINER.replace('reviewed: "2026-12-01"\n', '') })).toMatch(/reviewed: is missing/);
    expect(bad({ 'explainer.yaml': EXPLAINER.replace('id: proef', 'id: anders') })).toMatch(/"anders" differs from the folder name "proef"/);
  });
});

describe('a broken conversation is refused, naming file, field and fix', () => {
  const bad = (files: Record<string, string | null>) => problems('conversations', files);

  test('a good one compiles', () => {
    expect(bad({})).toBe('');
  });

  test('a next that is no node, and a start that is no node', () => {
    expect(bad({ 'conversation.yaml': CONVERSATION.replace('next: b,', 'next: c,') })).toMatch(/nodes\.a\.choices\.0\.next: "c" is not a node[\s\S]*use one of: a, b; or null/);
    expect(bad({ 'conversation.yaml': CONVERSATION.replace('start: a', 'start: z') })).toMatch(/start: "z" is not a node/);
  });

  test('a node that cannot be reached from the start', () => {
    const p = bad({ 'conversation.yaml': CONVERSATION.replace('next: b,', 'next: null,') });
    expect(p).toMatch(/nodes\.b: cannot be reached from the start "a"/);
  });

  test('no path of good choices to an end', () => {
    expect(bad({ 'conversation.yaml': CONVERSATION.replaceAll('good: true', 'good: false') })).toMatch(/nodes: has no path of good choices/);
    // A good path that only goes round in circles never ends.
    expect(bad({ 'conversation.yaml': CONVERSATION.replace('{ id: goed, next: null, good: true }', '{ id: goed, next: a, good: true }') })).toMatch(/no path of good choices/);
  });

  test('missing English: the file, a node, a choice, an effect', () => {
    expect(bad({ 'en.yaml': null })).toMatch(/en\.yaml → \(whole file\): is missing: a conversation needs its en text/);
    expect(bad({ 'en.yaml': conversationText('en').replace(/  b:\n[\s\S]*?(?=reasoning)/, '') })).toMatch(/en\.yaml.*nodes\.b: is missing/);
    expect(bad({ 'en.yaml': conversationText('en').replace('      fout: { sentence: Fout en, effect: Effect en }\n', '') })).toMatch(/en\.yaml.*nodes\.a\.choices\.fout: is missing/);
    expect(bad({ 'en.yaml': conversationText('en').replace('fout: { sentence: Fout en, effect: Effect en }', 'fout: { sentence: Fout en }') })).toMatch(/en\.yaml.*nodes\.a\.choices\.fout\.effect: is missing/);
  });

  test('a missing source list, and a choice or node the structure does not have', () => {
    expect(bad({ 'conversation.yaml': CONVERSATION.replace(/sources:[\s\S]*/, '') })).toMatch(/conversation\.yaml.*sources: is missing/);
    expect(bad({ 'nl.yaml': conversationText('nl').replace('reasoning:', '  c:\n    says: X\n    choices: {}\nreasoning:') })).toMatch(/nodes\.c: "c" is not a node of conversation\.yaml/);
  });
});

describe('the linter on explainers and conversations', () => {
  test('a link that is not https in the text is an error; an old check date a warning', () => {
    const dir = content('explainers', { 'nl.yaml': explainerText('nl').replace('Alinea nl', 'Zie http://example.org') });
    const findings = lintContent(dir, { name: 'c', today: new Date('2026-12-02T00:00:00Z') }).map(formatFinding).join('\n');
    expect(findings).toMatch(/c\/explainers\/proef\/nl\.yaml.*link "http:\/\/example\.org" is not https/);
    const old = content('conversations', { 'conversation.yaml': CONVERSATION.replace('2026-12-01', '2020-01-01') });
    expect(lintContent(old, { name: 'c', today: new Date('2026-12-02T00:00:00Z') }).map(formatFinding).join('\n')).toMatch(/warning: c\/conversations\/proef\/conversation\.yaml.*reviewed: 2020-01-01 is more than 18 months ago/);
  });
});
