import { execFile } from 'node:child_process';
import { __LEGACY_ALGEMEEN_CHECKS } from '../../src/cases/legacy-checks';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { subfolders } from '../../src/content/collections';
import { LOCALES, STEP_NUMBERS } from '../../src/content/schema';
import { checkKader } from '../../src/meldcode/check';
import { brokenDir, compiledContent, contentDir } from '../helpers/packs';

describe.each(subfolders(resolve(contentDir, 'packs')))('content pack %s', (id) => {
  const localized = compiledContent().packs.localized.filter((p) => p.id === id);
  const pack = localized.find((p) => p.locale === p.defaultLocale)!;

  test('validates and has a sound afwegingskader', () => {
    expect(checkKader(pack.kader)).toEqual([]);
  });

  test('is complete in every language it declares, and written for every language the app speaks', () => {
    expect(localized.map((p) => p.locale).sort()).toEqual([...LOCALES].sort());
    for (const p of localized.filter((x) => pack.locales.includes(x.locale))) expect(p.fellBack, p.locale).toEqual([]);
  });

  test('cites its sources and was checked no later than today', () => {
    expect(pack.sources.length).toBeGreaterThan(0);
    expect(new Date(pack.reviewed).getTime()).toBeLessThanOrEqual(Date.now());
  });

  test('tells every step what to do and what to record', () => {
    for (const p of localized) {
      for (const n of STEP_NUMBERS) {
        expect(p.steps[n].todo.length, `${p.locale} step ${n}`).toBeGreaterThan(0);
        expect(p.steps[n].record.length, `${p.locale} step ${n}`).toBeGreaterThan(0);
      }
    }
  });

  test('gives every item an id that no other item of the pack has, its groups\' items included', () => {
    for (const p of localized) {
      const ids = STEP_NUMBERS.flatMap((n) => [...p.steps[n].todo, ...p.steps[n].record, ...p.steps[n].tips, ...p.steps[n].pitfalls, ...p.steps[n].groups.flatMap((g) => g.items)].map((i) => i.id));
      expect(new Set(ids).size, p.locale).toBe(ids.length);
    }
  });

  test('words every role, group and group item, and offers only routes that exist, by their title', () => {
    const routes = compiledContent().routes;
    for (const p of localized) {
      for (const r of p.roles) expect(r.name && r.description, `${p.locale} role ${r.id}`).toBeTruthy();
      for (const n of STEP_NUMBERS) {
        for (const g of p.steps[n].groups) {
          expect(g.title, `${p.locale} group ${g.id}`).not.toBe(g.id);
          for (const item of g.items) expect(item.text, `${p.locale} ${item.id}`).not.toBe('');
        }
        for (const role of Object.keys(p.steps[n].roles)) expect(p.roles.map((r) => r.id), `${p.locale} step ${n}`).toContain(role);
      }
      for (const offered of p.routes) {
        const route = routes.find((r) => r.id === offered.id);
        expect(route, offered.id).toBeDefined();
        expect(offered.title).toBe(route!.text[p.locale].title);
      }
    }
  });

  test('contains no markup in its texts (they are shown as plain text)', () => {
    for (const p of localized) expect(JSON.stringify(p)).not.toMatch(/<[a-z/!]/i);
  });
});

test('the Algemeen pack ships in Dutch and English', () => {
  expect(compiledContent().packs.index.find((p) => p.id === 'algemeen')).toMatchObject({ locales: ['nl', 'en'], beroepsgroep: 'algemeen' });
});

test('the Algemeen pack keeps the checklist ids cases stored by position, at those positions', () => {
  const pack = compiledContent().packs.localized.find((p) => p.id === 'algemeen' && p.locale === 'nl')!;
  for (const n of STEP_NUMBERS) {
    expect(pack.steps[n].todo.map((i) => i.id), `step ${n} todo`).toEqual(__LEGACY_ALGEMEEN_CHECKS[n].todo);
    expect(pack.steps[n].record.map((i) => i.id), `step ${n} record`).toEqual(__LEGACY_ALGEMEEN_CHECKS[n].record);
  }
});

test('the Algemeen pack is a few lines: everything it says comes from the base', () => {
  const lines = (f: string) => readFileSync(resolve(contentDir, 'packs/algemeen', f), 'utf8').split('\n').filter((l) => l.trim() && !l.trim().startsWith('#') && !l.startsWith(' ') && !l.startsWith('changelog'));
  // Its own check date (the content linter asks every pack for one) is the base's.
  // And the special routes it offers: the basismodel is for every sector.
  expect(lines('pack.yaml')).toEqual(['id: algemeen', 'version: 1.2.0', 'beroepsgroep: algemeen', 'extends: base', 'reviewed: "2026-12-01"', 'routes: [acuut, collega, seksueel-gedrag, vgv, eergerelateerd, huwelijksdwang, ouderenmishandeling, letselduiding]']);
  // 'setting': its answer to the start screen's 'Waar werk je?' (for everyone else), which the base cannot say.
  expect(lines('nl.yaml').map((l) => l.split(':')[0])).toEqual(['title', 'description', 'setting']);
});

test('a broken pack stops the production build with file, field and fix', async () => {
  const run = promisify(execFile)('npx', ['vite', 'build', '--outDir', 'dist-broken-test', '--emptyOutDir'], {
    env: { ...process.env, MELDWIJZER_CONTENT: resolve(brokenDir, 'packs') },
  });
  const failure = await run.then(() => undefined, (e: { code: number; stderr: string; stdout: string }) => e);
  expect(failure, 'build should fail').toBeDefined();
  expect(failure!.code).not.toBe(0);
  const output = failure!.stderr + failure!.stdout;
  // Every broken pack is reported in one run, each with file, line and column.
  expect(output).toContain('content/packs/own-kader/pack.yaml:12:38 → kader.nodes.a1.answers.0.next: leads to "a9", which is not a node');
  expect(output).toContain('Fix: use one of: a1, afsluiten');
  expect(output).toContain('content/packs/overrides-unknown/nl.yaml:5:13 → items.doen-zes: "doen-zes" is not an item of base or of this pack');
  expect(output).toContain('content/packs/removes-required/pack.yaml:7:26 → steps.1.remove.1: "doen-1" is required');
  expect(output).toContain('content/packs/extends-unknown/pack.yaml:4:10 → extends: "onderwijs" is not the base or a pack');
}, 60_000);

test('wherever a count of Veilig Thuis organisations appears, it is 25 (CBS regions since 2023), never 26', () => {
  const root = resolve(contentDir, '..');
  const files = [
    ...['base', ...subfolders(resolve(contentDir, 'packs')).map((f) => `packs/${f}`)].flatMap((f) => readdirSync(resolve(contentDir, f)).map((n) => resolve(contentDir, f, n))),
    ...readdirSync(resolve(root, 'src/i18n/locales')).map((n) => resolve(root, 'src/i18n/locales', n)),
    resolve(root, 'index.html'), resolve(root, 'README.md'),
  ];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    expect(text, file).not.toMatch(/\b26\s+(regionale\s+)?(Veilig Thuis|organisaties|organisations|regio)/i);
    for (const [, n] of text.matchAll(/\b(\d+)\s+(?:regionale\s+)?Veilig Thuis-(?:organisaties|organisations)/gi)) expect(n, file).toBe('25');
  }
});
