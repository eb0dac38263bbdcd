import { expect, test } from 'vitest';
import { readPackFiles } from '../../../src/content/compile-files';
import { formatPackError, PackValidationError } from '../../../src/content/errors';
import { compilePack } from '../../../src/content/validate';
import { fixtureDir } from '../../helpers/packs';

function errorsOf(folder: string): string {
  try {
    compilePack(readPackFiles(fixtureDir, folder));
  } catch (e) {
    if (e instanceof PackValidationError) return e.errors.map(formatPackError).join('\n');
    throw e;
  }
  throw new Error(`${folder} compiled without errors`);
}

test('compiles a minimal valid pack and fills the missing English from Dutch', () => {
  const pack = compilePack(readPackFiles(fixtureDir, 'valid-minimal'));
  expect(pack).toMatchObject({ id: 'valid-minimal', defaultLocale: 'nl', kaderStep: 4, review: [], format: 1 });
  expect(pack.text.en.title).toBe('Minimaal');
  expect(pack.fallback.en).toContain('title');
  expect(pack.fallback.nl).toEqual([]);
});

test('names the missing step and the unknown step', () => {
  expect(errorsOf('missing-step')).toMatchInlineSnapshot(`
    "content/missing-step/nl.yaml → steps.6: unknown step "6": the meldcode has steps 1 to 5
      Fix: remove it or check the spelling; expected: 1, 2, 3, 4, 5.
    content/missing-step/nl.yaml → steps.3: is missing
      Fix: add "3:" with title, summary, todo, tips, record, pitfalls (see content/README.md)."
  `);
});

test('names a value outside a closed list and lists the allowed ones', () => {
  expect(errorsOf('bad-enum')).toMatchInlineSnapshot(`
    "content/bad-enum/pack.yaml → beroepsgroep: text "bakkers" is not allowed
      Fix: use one of: algemeen, onderwijs, kinderopvang, artsen, tandartsen, jeugdgezondheidszorg, verloskunde, kraamzorg, verpleging-en-verzorging, paramedici, ggz-en-sociaal-werk, jeugdhulp, justitie.
    content/bad-enum/pack.yaml → kader.nodes.melden.code: text "bellen" is not a known outcome
      Fix: use one of: afsluiten-en-vastleggen, melden, hulp-bieden-of-organiseren, hulp-afsluiten-met-monitoring, opnieuw-melden."
  `);
});

test('names a broken graph: an answer that leads nowhere and a node nobody reaches', () => {
  expect(errorsOf('broken-graph')).toMatchInlineSnapshot(`
    "content/broken-graph/pack.yaml → kader.nodes.a1.answers.0.next: leads to "a9", which is not a node
      Fix: use one of: a1, melden, afsluiten — or add a node "a9".
    content/broken-graph/pack.yaml → kader.nodes.melden: no answer leads to this node, so nobody can reach it
      Fix: point an answer or outcome "next" to it, or remove the node."
  `);
});

test('names fields of the wrong type', () => {
  expect(errorsOf('wrong-type')).toMatchInlineSnapshot(`
    "content/wrong-type/pack.yaml → version: expected text, got number 1
      Fix: use a version like 1.0.0 and raise it on every change.
    content/wrong-type/pack.yaml → sources: expected a list of sources, got text "zie website"
      Fix: every pack cites at least one source with title, url and date."
  `);
});

test('names a file that is not valid YAML, with its line', () => {
  expect(errorsOf('bad-yaml')).toMatchInlineSnapshot(`
    "content/bad-yaml/nl.yaml → (whole file): is not valid YAML (line 5): Missing closing "quote at line 5, column 1:
      Fix: check the indentation and put quotes around text that contains a colon."
  `);
});

test.each(['assets', 'packs', 'gegevens'])('refuses the id "%s": the built site has a folder of that name', (id) => {
  const files = readPackFiles(fixtureDir, 'valid-minimal');
  const renamed = { ...files, folder: id, pack: { ...(files.pack as object), id } };
  expect(() => compilePack(renamed)).toThrow(`"${id}" is taken by the app (/${id}/)`);
});
