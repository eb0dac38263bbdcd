import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { compileAll, packFolders, readPackFiles } from '../../src/content/compile-files';
import { LOCALES, STEP_NUMBERS } from '../../src/content/schema';
import { compilePack } from '../../src/content/validate';
import { checkKader } from '../../src/meldcode/check';
import { contentDir, fixtureDir } from '../helpers/packs';

describe.each(packFolders(contentDir))('content pack %s', (folder) => {
  const pack = compilePack(readPackFiles(contentDir, folder));

  test('validates and has a sound afwegingskader', () => {
    expect(checkKader(pack.kader)).toEqual([]);
  });

  test('is complete in every language it declares', () => {
    for (const locale of pack.locales) expect(pack.fallback[locale], locale).toEqual([]);
  });

  test('cites its sources and was checked no later than today', () => {
    expect(pack.sources.length).toBeGreaterThan(0);
    expect(new Date(pack.reviewed).getTime()).toBeLessThanOrEqual(Date.now());
  });

  test('tells every step what to do and what to record', () => {
    for (const locale of pack.locales) {
      for (const n of STEP_NUMBERS) {
        expect(pack.text[locale].steps[n].todo.length, `${locale} step ${n}`).toBeGreaterThan(0);
        expect(pack.text[locale].steps[n].record.length, `${locale} step ${n}`).toBeGreaterThan(0);
      }
    }
  });

  test('contains no markup in its texts (they are shown as plain text)', () => {
    for (const locale of LOCALES) expect(JSON.stringify(pack.text[locale])).not.toMatch(/<[a-z/!]/i);
  });
});

test('the Algemeen pack ships in Dutch and English', () => {
  const { index } = compileAll(contentDir);
  expect(index.find((p) => p.id === 'algemeen')).toMatchObject({ locales: ['nl', 'en'], beroepsgroep: 'algemeen' });
});

test('a broken pack stops the production build with file, field and fix', async () => {
  const run = promisify(execFile)('npx', ['vite', 'build', '--outDir', 'dist-broken-test', '--emptyOutDir'], {
    env: { ...process.env, MELDWIJZER_CONTENT: fixtureDir },
  });
  const failure = await run.then(() => undefined, (e: { code: number; stderr: string; stdout: string }) => e);
  expect(failure, 'build should fail').toBeDefined();
  expect(failure!.code).not.toBe(0);
  const output = failure!.stderr + failure!.stdout;
  expect(output).toContain('content/broken-graph/pack.yaml → kader.nodes.a1.answers.0.next: leads to "a9", which is not a node');
  expect(output).toContain('Fix: use one of: a1, melden, afsluiten');
  expect(output).toContain('content/missing-step/nl.yaml → steps.3: is missing');
}, 60_000);

test('wherever a count of Veilig Thuis organisations appears, it is 25 (CBS regions since 2023), never 26', () => {
  const root = resolve(contentDir, '..');
  const files = [
    ...packFolders(contentDir).flatMap((f) => readdirSync(resolve(contentDir, f)).map((n) => resolve(contentDir, f, n))),
    ...readdirSync(resolve(root, 'src/i18n/locales')).map((n) => resolve(root, 'src/i18n/locales', n)),
    resolve(root, 'index.html'), resolve(root, 'README.md'),
  ];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    expect(text, file).not.toMatch(/\b26\s+(regionale\s+)?(Veilig Thuis|organisaties|organisations|regio)/i);
    for (const [, n] of text.matchAll(/\b(\d+)\s+(?:regionale\s+)?Veilig Thuis-(?:organisaties|organisations)/gi)) expect(n, file).toBe('25');
  }
});
