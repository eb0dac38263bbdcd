import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

// The layer rules of biome.json, proved to fire: every fixture that breaks one must fail the lint
// with the rule's name, and the allowed imports must pass. A typo in a pattern would otherwise
// let every import through in silence.
const FIXTURES = 'tests/fixtures/lint';
const lint = (file: string) => spawnSync('node_modules/.bin/biome', ['lint', '--max-diagnostics=5', file], { encoding: 'utf8' });

const files = readdirSync(FIXTURES, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts')).map((f) => join(FIXTURES, f));

describe('the layer lint', () => {
  test.each(files.filter((f) => !f.endsWith('allowed.ts')))('refuses %s', (file) => {
    const result = lint(file);
    expect(result.status).not.toBe(0);
    expect(result.stdout + result.stderr).toContain('lint/style/noRestrictedImports');
  });

  test.each(files.filter((f) => f.endsWith('allowed.ts')))('lets %s through', (file) => {
    const result = lint(file);
    expect(result.stdout + result.stderr).not.toContain('noRestrictedImports');
    expect(result.status).toBe(0);
  });

  test('the app itself keeps the rules', () => {
    const result = lint('src');
    expect(result.stdout + result.stderr).not.toContain('noRestrictedImports');
    expect(result.status).toBe(0);
  });
});
