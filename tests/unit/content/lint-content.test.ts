import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { exitCode, formatFinding, isPhoneFormat, lintContent } from '../../../src/content/lint-content';
import { contentDir } from '../../helpers/packs';

const root = resolve(import.meta.dirname, '../../..');
const fixtures = resolve(root, 'tests/fixtures/content-lint');
/** The day the fixtures were last checked (their "reviewed"), so no date is old. */
const CHECKED = new Date('2026-12-01T12:00:00Z');

const lint = (folder: string, today = CHECKED) => lintContent(resolve(fixtures, folder), { name: `tests/fixtures/content-lint/${folder}`, today });
const broken = lint('broken');
/** The findings about one pack or route folder of broken/, formatted. */
const about = (what: string) => broken.filter((f) => f.file.includes(`/${what}/`)).map(formatFinding).sort();

test('the real content passes the linter', () => {
  const findings = lintContent(contentDir, { name: 'content' });
  expect(findings.filter((f) => f.severity === 'error').map(formatFinding)).toEqual([]);
  expect(exitCode(findings)).toBe(0);
}, 20_000);

test('a valid folder has no findings', () => {
  expect(lint('valid').map(formatFinding)).toEqual([]);
});

test('a check date older than 18 months is a warning, not an error', () => {
  const findings = lint('valid', new Date('2028-06-01T00:00:00Z'));
  expect(findings.map(formatFinding)).toEqual([
    'warning: tests/fixtures/content-lint/valid/base/base.yaml:2:11 → reviewed: 2026-11-01 is more than 18 months ago\n  Fix: check the base against its sources again, then set the date you did so.',
    'warning: tests/fixtures/content-lint/valid/packs/goed/pack.yaml:7:11 → reviewed: 2026-11-01 is more than 18 months ago\n  Fix: check the pack against its sources again, then set the date you did so.',
    'warning: tests/fixtures/content-lint/valid/routes/collega-test/route.yaml:4:11 → reviewed: 2026-11-01 is more than 18 months ago\n  Fix: check the route against its sources again, then set the date you did so.',
  ]);
  expect(exitCode(findings)).toBe(0);
  // Seventeen months is not old yet.
  expect(lint('valid', new Date('2028-04-01T00:00:00Z'))).toEqual([]);
});

describe('a broken pack or route fails, naming file, line, column, field and fix', () => {
  test('every mistake is an error, and the exit code is 1', () => {
    expect(exitCode(broken)).toBe(1);
    expect(broken.every((f) => f.severity === 'error')).toBe(true);
    // The valid route beside them has nothing.
    expect(about('collega-test')).toEqual([]);
  });

  test('a pack missing a language', () => {
    expect(about('zonder-engels')).toEqual([
      'tests/fixtures/content-lint/broken/packs/zonder-engels/en.yaml → (whole file): is missing, but base lists this language\n  Fix: add en.yaml with at least the title and description.',
    ]);
    // Present but incomplete: the compiler would show Dutch instead; the linter refuses it.
    expect(about('half-engels')).toEqual([
      'tests/fixtures/content-lint/broken/packs/half-engels/en.yaml:1:1 → description: has no en text, but tests/fixtures/content-lint/broken/packs/half-engels/nl.yaml has\n  Fix: translate "description" of tests/fixtures/content-lint/broken/packs/half-engels/nl.yaml into this file.',
      'tests/fixtures/content-lint/broken/packs/half-engels/en.yaml:1:1 → items: has no en text, but tests/fixtures/content-lint/broken/packs/half-engels/nl.yaml has\n  Fix: translate "items" of tests/fixtures/content-lint/broken/packs/half-engels/nl.yaml into this file.',
    ]);
  });

  test('a pack missing its sources, and a step adding items without naming theirs', () => {
    expect(about('zonder-bronnen')).toEqual([
      'tests/fixtures/content-lint/broken/packs/zonder-bronnen/pack.yaml:11:5 → steps.2: adds items without naming their sources\n  Fix: add "sources: [<source id>]" under step 2, with the ids of the pack\'s sources these items come from.',
      'tests/fixtures/content-lint/broken/packs/zonder-bronnen/pack.yaml:2:1 → sources: is missing: this pack adds or rewords content, so it must cite where that comes from\n  Fix: add "sources:" with title, url and date of each source the pack uses.',
    ]);
  });

  test('a pack missing its check date', () => {
    expect(about('zonder-datum')).toEqual([
      'tests/fixtures/content-lint/broken/packs/zonder-datum/pack.yaml:2:1 → reviewed: is missing: every pack and route needs a check date\n  Fix: add "reviewed: \\"YYYY-MM-DD\\"" with the day a person last checked the pack against its sources.',
    ]);
  });

  test('a broken graph', () => {
    expect(about('kapotte-graaf').join('\n')).toMatch(/^tests\/fixtures\/content-lint\/broken\/packs\/kapotte-graaf\/pack\.yaml:\d+:\d+ → kader\.nodes\.a1\.answers\.0\.next: .*a9/);
  });

  test('a route a pack offers, or a text links to, that does not exist', () => {
    expect(about('route-weg')).toEqual([
      'tests/fixtures/content-lint/broken/packs/route-weg/en.yaml:2:14 → description: "/route/nergens/" leads to no route\n  Fix: use one of: /route/collega-test/, /route/oude-route/; or add the route\'s folder under routes/.',
      'tests/fixtures/content-lint/broken/packs/route-weg/nl.yaml:2:14 → description: "/route/nergens/" leads to no route\n  Fix: use one of: /route/collega-test/, /route/oude-route/; or add the route\'s folder under routes/.',
      'tests/fixtures/content-lint/broken/packs/route-weg/pack.yaml:11:24 → routes.1: "bestaat-niet" is not a route\n  Fix: use one of: collega-test, oude-route; or add the folder tests/fixtures/content-lint/broken/routes/bestaat-niet/.',
    ]);
  });

  test('a phone number in another format, one without its hours, and a tel: link with a dash', () => {
    expect(about('telefoon')).toEqual([
      'tests/fixtures/content-lint/broken/packs/telefoon/en.yaml:4:10 → items.extra: phone number "0800 2000" is not in the one format\n  Fix: write it as "0800-2000": the prefix, a dash, then the rest (see content/README.md, "Phone numbers").',
      'tests/fixtures/content-lint/broken/packs/telefoon/en.yaml:5:8 → items.ook: phone number "0800-2000" without its hours\n  Fix: say in the same text when the number can be called, as its owner states it, e.g. "(werkdagen 9.00–17.00 uur)" or "(dag en nacht)".',
      'tests/fixtures/content-lint/broken/packs/telefoon/en.yaml:6:9 → items.link: phone link "tel:0800-2000" has the wrong form\n  Fix: write "tel:" and the digits only, e.g. "tel:08002000".',
      'tests/fixtures/content-lint/broken/packs/telefoon/nl.yaml:4:10 → items.extra: phone number "0800 2000" is not in the one format\n  Fix: write it as "0800-2000": the prefix, a dash, then the rest (see content/README.md, "Phone numbers").',
      'tests/fixtures/content-lint/broken/packs/telefoon/nl.yaml:5:8 → items.ook: phone number "0800-2000" without its hours\n  Fix: say in the same text when the number can be called, as its owner states it, e.g. "(werkdagen 9.00–17.00 uur)" or "(dag en nacht)".',
      'tests/fixtures/content-lint/broken/packs/telefoon/nl.yaml:6:9 → items.link: phone link "tel:0800-2000" has the wrong form\n  Fix: write "tel:" and the digits only, e.g. "tel:08002000".',
    ]);
  });

  test('a changelog without the current version, of a pack and of a route', () => {
    const message = (file: string, what: string) => `tests/fixtures/content-lint/broken/${file}:11:16 → changelog.0.version: the newest entry is 1.0.0, but the ${what} is version 1.1.0\n  Fix: put an entry for the current version at the top.`;
    expect(about('oude-changelog')).toEqual([message('packs/oude-changelog/pack.yaml', 'pack').replace(':11:16', ':10:16')]);
    expect(about('oude-route')).toEqual([message('routes/oude-route/route.yaml', 'route')]);
    expect(about('zonder-changelog')).toEqual([
      'tests/fixtures/content-lint/broken/packs/zonder-changelog/pack.yaml:2:1 → changelog: is missing: users see what changed in each version\n  Fix: add "changelog:" with an entry for version 1.0.0: version, date and changes.',
    ]);
  });

  test('links that are not https or not well formed', () => {
    expect(about('http-bron').map((f) => f.split('\n')[0])).toEqual([
      'tests/fixtures/content-lint/broken/packs/http-bron/en.yaml:2:14 → description: link "http://example.org/info" is not https',
      'tests/fixtures/content-lint/broken/packs/http-bron/en.yaml:2:14 → description: link "https://voorbeeld" is not a well-formed web address',
      'tests/fixtures/content-lint/broken/packs/http-bron/nl.yaml:2:14 → description: link "http://example.org/info" is not https',
      'tests/fixtures/content-lint/broken/packs/http-bron/nl.yaml:2:14 → description: link "https://voorbeeld" is not a well-formed web address',
      'tests/fixtures/content-lint/broken/packs/http-bron/pack.yaml:10:29 → sources.0.url: "http://example.org/bron" does not start with https://',
    ]);
  });
});

test('the one phone format: prefix, dash, the rest in groups', () => {
  for (const ok of ['0800-2000', '0900-111 3 111', '070-123 4567', '06-12345678', '0111-123456']) expect(isPhoneFormat(ok), ok).toBe(true);
  for (const bad of ['0800 2000', '08002000', '(0800) 2000', '+31 800 2000', '0800-20 00-1', '080-02000', '070-12345', '0800.2000']) expect(isPhoneFormat(bad), bad).toBe(false);
});

test('npm run lint:content exits 1 on a broken folder and 0 on a valid one', async () => {
  const run = (folder: string) => promisify(execFile)('npm', ['run', '--silent', 'lint:content', '--', folder], { cwd: root }).then(() => 0, (e: { code: number; stderr: string }) => e);
  const failed = await run('tests/fixtures/content-lint/broken');
  expect(failed).toMatchObject({ code: 1 });
  expect((failed as { stderr: string }).stderr).toContain('tests/fixtures/content-lint/broken/packs/telefoon/nl.yaml:4:10 → items.extra: phone number "0800 2000"');
  expect(await run('tests/fixtures/content-lint/valid')).toBe(0);
}, 60_000);
