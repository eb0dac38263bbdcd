import { join } from 'node:path';
import { expect, test } from 'vitest';
import { formatPackError, PackValidationError } from '../../../src/content/errors';
import { localize, summary } from '../../../src/content/localize';
import { resolveBase } from '../../../src/content/resolve-base';
import { readPackFiles, resolvePack } from '../../../src/content/resolve-pack';
import { compileRoute, readRouteFiles } from '../../../src/content/resolve-route';
import type { Resolved } from '../../../src/content/resolved';
import { brokenDir } from '../../helpers/packs';

const packsRoot = join(brokenDir, 'packs');
const base = resolveBase(join(packsRoot, 'base'));

function messages(compile: () => unknown, what: string): string {
  try {
    compile();
  } catch (e) {
    if (e instanceof PackValidationError) return e.errors.map(formatPackError).join('\n');
    throw e;
  }
  throw new Error(`${what} compiled without errors`);
}

const baseErrors = (root: string) => messages(() => resolveBase(join(brokenDir, root, 'base')), root);
const packErrors = (folder: string, parents = new Map<string, Resolved>([['base', base]])) =>
  messages(() => resolvePack(readPackFiles(join(packsRoot, 'packs'), folder), parents), folder);

test('compiles a pack of a few lines and fills the missing English from Dutch', () => {
  const pack = resolvePack(readPackFiles(join(packsRoot, 'packs'), 'minimaal'), new Map([['base', base]]));
  const nl = localize(pack, 'nl');
  const en = localize(pack, 'en');
  expect(nl).toMatchObject({ id: 'minimaal', defaultLocale: 'nl', locale: 'nl', kaderStep: 4, review: [], format: 2, fellBack: [] });
  expect(nl!.steps[1].todo).toEqual([{ id: 'doen-1', text: 'Doen' }, { id: 'ook-doen-1', text: 'Ook doen' }]);
  expect(en!.title).toBe('Minimaal');
  expect(en!.fellBack).toContain('title');
}, 10_000);

test('a pack may extend another pack, and adds its items after those it extends', () => {
  const minimaal = resolvePack(readPackFiles(join(packsRoot, 'packs'), 'minimaal'), new Map([['base', base]]));
  const pack = resolvePack(readPackFiles(join(packsRoot, 'packs'), 'extends-pack'), new Map([['base', base], ['minimaal', minimaal]]));
  expect(pack.text.nl.steps[2].tips).toEqual([{ id: 'eigen-tip', text: 'Een tip van dit pakket.' }]);
  // Rewording by id, a step title and one field of a node; the rest stays that of the base.
  expect(pack.text.nl.steps[1].todo).toEqual([{ id: 'doen-1', text: 'Doe het zo.', required: true }, { id: 'ook-doen-1', text: 'Ook doen' }]);
  expect(pack.text.nl.steps[2]).toMatchObject({ title: 'Eigen stap twee', summary: 'Samenvatting' });
  expect(pack.text.nl.kader.nodes.a1).toMatchObject({ question: 'Eigen vraag?', label: 'Vermoeden', answers: { ja: 'Ja', nee: 'Nee' } });
});

test('names the missing step and the unknown step', () => {
  expect(baseErrors('base-missing-step')).toMatchInlineSnapshot(`
    "content/base/nl.yaml:2:3 → steps.3: is missing
      Fix: add the step with title, summary, todo, record, tips and pitfalls (see content/README.md).
    content/base/nl.yaml:6:6 → steps.6: unknown step "6": the meldcode has steps 1 to 5
      Fix: remove it or check the spelling; allowed fields: 1, 2, 3, 4, 5."
  `);
});

test('names a value outside a closed list and lists the allowed ones', () => {
  expect(baseErrors('base-bad-enum')).toMatchInlineSnapshot(`
    "content/base/base.yaml:14:36 → kader.nodes.melden.code: text "bellen" is not allowed
      Fix: use one of: afsluiten-en-vastleggen, melden, hulp-bieden-of-organiseren, hulp-afsluiten-met-monitoring, opnieuw-melden."
  `);
  expect(packErrors('bad-enum')).toMatchInlineSnapshot(`
    "content/packs/bad-enum/pack.yaml:3:15 → beroepsgroep: text "bakkers" is not allowed
      Fix: use one of: algemeen, onderwijs, kinderopvang, artsen, tandartsen, jeugdgezondheidszorg, verloskunde, kraamzorg, verpleging-en-verzorging, paramedici, ggz-en-sociaal-werk, jeugdhulp, justitie, sociaal-domein."
  `);
});

test('names a broken graph: an answer that leads nowhere and a node nobody reaches', () => {
  expect(baseErrors('base-broken-graph')).toMatchInlineSnapshot(`
    "content/base/base.yaml:12:38 → kader.nodes.a1.answers.0.next: leads to "a9", which is not a node
      Fix: use one of: a1, melden, afsluiten — or add a node "a9".
    content/base/base.yaml:14:13 → kader.nodes.melden: no answer leads to this node, so nobody can reach it
      Fix: point an answer or outcome "next" to it, or remove the node."
  `);
});

test('names fields of the wrong type', () => {
  expect(packErrors('wrong-type')).toMatchInlineSnapshot(`
    "content/packs/wrong-type/pack.yaml:2:10 → version: expected text, got number 1
      Fix: use a version like 1.0.0 and raise it on every change.
    content/packs/wrong-type/pack.yaml:5:10 → sources: expected a list, got text "zie website"
      Fix: every pack cites at least one source with title, url and date."
  `);
});

test('names a file that is not valid YAML, with its line and column', () => {
  expect(baseErrors('base-bad-yaml')).toMatchInlineSnapshot(`
    "content/base/nl.yaml:5:1 → (whole file): is not valid YAML: Missing closing "quote
      Fix: check the indentation and put quotes around text that contains a colon."
  `);
});

test('a pack that gives text for an id the base does not have names the id, the line and the fix', () => {
  expect(packErrors('overrides-unknown')).toMatchInlineSnapshot(`
    "content/packs/overrides-unknown/nl.yaml:5:13 → items.doen-zes: "doen-zes" is not an item of base or of this pack
      Fix: use an id from content/base/nl.yaml, or add it under "steps: <n>: add:" in pack.yaml."
  `);
});

test('a pack may not remove an item the base marks as required', () => {
  expect(packErrors('removes-required')).toMatchInlineSnapshot(`
    "content/packs/removes-required/pack.yaml:7:26 → steps.1.remove.1: "doen-1" is required: every pack keeps it
      Fix: remove "doen-1" from this list; to word it for your beroepsgroep, give its text under "items:" in nl.yaml."
  `);
});

test('a pack that extends a pack that does not exist names what it could extend', () => {
  expect(packErrors('extends-unknown')).toMatchInlineSnapshot(`
    "content/packs/extends-unknown/pack.yaml:4:10 → extends: "onderwijs" is not the base or a pack
      Fix: write "extends: base", or the id of another pack: base."
  `);
});

test('a pack with a kader of its own gets the same graph checks', () => {
  expect(packErrors('own-kader')).toMatchInlineSnapshot(`
    "content/packs/own-kader/pack.yaml:12:38 → kader.nodes.a1.answers.0.next: leads to "a9", which is not a node
      Fix: use one of: a1, afsluiten — or add a node "a9"."
  `);
});

test.each(['assets', 'packs', 'gegevens'])('refuses the id "%s": the built site has a folder of that name', (id) => {
  const files = readPackFiles(join(packsRoot, 'packs'), 'minimaal');
  const renamed = { ...files, folder: id, pack: Object.assign(Object.create(Object.getPrototypeOf(files.pack)), files.pack, { value: { ...(files.pack.value as object), id }, errors: [] }) };
  expect(() => resolvePack(renamed, new Map([['base', base]]))).toThrow(`"${id}" is taken by the app (/${id}/)`);
});

const family = () => {
  const ouder = resolvePack(readPackFiles(join(packsRoot, 'packs'), 'ouder'), new Map([['base', base]]));
  const kind = resolvePack(readPackFiles(join(packsRoot, 'packs'), 'kind'), new Map([['base', base], ['ouder', ouder]]));
  return { ouder, kind };
};

test('a pack\'s answer to "Waar werk je?" is its own: the start screen gets it in every language, a pack that extends it does not inherit it', () => {
  const { ouder, kind } = family();
  expect(summary(ouder).setting).toEqual({ nl: 'In het ouderpakket', en: 'In the parent pack' });
  expect(kind.text.nl.setting).toBeUndefined();
  expect(summary(kind)).not.toHaveProperty('setting');
});

test('a pack that rewords one answer keeps the texts of the other answers, in every language', () => {
  const { ouder, kind } = family();
  expect(ouder.text.nl.kader.nodes.a1).toMatchObject({ question: 'Eigen vraag?', label: 'Vermoeden', answers: { ja: 'Ja, zeker', nee: 'Nee' } });
  expect(kind.text.nl.kader.nodes.a1).toMatchObject({ question: 'Eigen vraag?', answers: { ja: 'Ja, zeker', nee: 'Nee, niet meer' } });
  expect(kind.text.en.kader.nodes.a1).toMatchObject({ question: 'Own question?', answers: { ja: 'Ja, zeker', nee: 'No, not any more' } });
});

test('a pack is checked for complete node texts after it is applied, also without a kader of its own', () => {
  // A parent whose text lost an answer (as a shallow merge of a reworded answer once did):
  // the pack extending it must not build with a button without a name.
  const gap = structuredClone(base);
  delete (gap.text.nl.kader.nodes.a1 as { answers: Record<string, string> }).answers.nee;
  expect(packErrors('minimaal', new Map([['base', gap]]))).toMatchInlineSnapshot(`
    "content/packs/minimaal/nl.yaml:1:1 → kader.nodes.a1.answers.nee: is missing
      Fix: add the button text of the answer "nee"."
  `);
});

test('a pack that extends a pack says a text fell back only where it did not translate or remove it', () => {
  const { ouder, kind } = family();
  expect(ouder.fellBack.en).toEqual(expect.arrayContaining(['items.doen-1', 'items.ouder-tip', 'kader.nodes.a1.question', 'kader.nodes.a1.answers.ja']));
  expect(ouder.fellBack.en).not.toContain('title');
  // Its own English words doen-1, the question and the answer "nee"; it leaves out ouder-tip.
  expect(kind.fellBack.en).toContain('kader.nodes.a1.answers.ja');
  for (const path of ['items.doen-1', 'items.ouder-tip', 'kader.nodes.a1.question', 'kader.nodes.a1.answers.nee', 'title', 'description']) expect(kind.fellBack.en).not.toContain(path);
  expect(kind.fellBack.nl).toEqual([]);
});

test('the base names an item that fell back by its place; a pack that words that item drops it', () => {
  const withGaps = { ...base, fellBack: { ...base.fellBack, en: ['steps.1.todo.doen-1', 'steps.2.todo.doen-2'] } };
  const ouder = resolvePack(readPackFiles(join(packsRoot, 'packs'), 'ouder'), new Map([['base', withGaps]]));
  expect(ouder.fellBack.en).toContain('steps.2.todo.doen-2');
  expect(ouder.fellBack.en).not.toContain('steps.1.todo.doen-1');
  expect(ouder.fellBack.en).toContain('items.doen-1'); // its own Dutch rewording, not translated
});

test('a pack brings its roles, titled groups (signal lists, guides), its kader step and the routes it offers', () => {
  const pack = resolvePack(readPackFiles(join(packsRoot, 'packs'), 'rollen'), new Map([['base', base]]));
  const nl = localize(pack, 'nl');
  const en = localize(pack, 'en');
  expect(nl).toMatchObject({ kaderStep: 5, routes: ['collega'] });
  expect(nl.roles).toEqual([
    { id: 'medewerker', name: 'Medewerker', description: 'Je werkt met kinderen.' },
    { id: 'aandachtsfunctionaris', name: 'Aandachtsfunctionaris', description: "Je helpt collega's." },
  ]);
  expect(nl.steps[2].roles).toEqual({ aandachtsfunctionaris: 'Jij leidt het overleg.' });
  expect(nl.steps[1].groups).toEqual([{ id: 'signalen-jong', kind: 'signals', title: 'Signalen bij jonge kinderen', intro: 'Vink aan wat je ziet.', items: [{ id: 'sig-huilt', text: 'Huilt veel.' }, { id: 'sig-schrikt', text: 'Schrikt snel.' }] }]);
  expect(nl.steps[3].groups.map((g) => [g.id, g.kind])).toEqual([['gesprek-kind', 'guide']]);
  // English words what it has, and falls back to Dutch for the rest, each fallback named.
  expect(en.roles[0]).toEqual({ id: 'medewerker', name: 'Staff member', description: 'Je werkt met kinderen.' });
  expect(en.steps[1].groups[0]!.items).toEqual([{ id: 'sig-huilt', text: 'Cries a lot.' }, { id: 'sig-schrikt', text: 'Schrikt snel.' }]);
  expect(en.fellBack).toEqual(expect.arrayContaining(['roles.medewerker.description', 'items.sig-schrikt', 'groups.gesprek-kind.title', 'steps.2.roles.aandachtsfunctionaris']));
  // The base has neither roles nor routes: a pack without them gets empty lists.
  expect(localize(resolvePack(readPackFiles(join(packsRoot, 'packs'), 'minimaal'), new Map([['base', base]])), 'nl')).toMatchObject({ roles: [], routes: [] });
});

test('names a source, item, role or group of a pack that does not fit', () => {
  expect(packErrors('rollen-fout')).toMatchInlineSnapshot(`
    "content/packs/rollen-fout/pack.yaml:12:67 → steps.1.groups.0.items.0: "doen-1" already exists
      Fix: choose a new id: every item of a pack has its own.
    content/packs/rollen-fout/pack.yaml:8:33 → roles.0.sources.0: "bron-z" is not a source of this pack
      Fix: use one of: bron-a.
    content/packs/rollen-fout/nl.yaml:6:15 → steps.2.roles.houder: "houder" is not a role of pack.yaml
      Fix: use one of: medewerker.
    content/packs/rollen-fout/nl.yaml:1:1 → roles: has no name for the role "medewerker"
      Fix: add "medewerker: { name: …, description: … }" under "roles:".
    content/packs/rollen-fout/nl.yaml:1:1 → groups: has no title for the group "signalen"
      Fix: add "signalen: { title: … }" under "groups:"."
  `);
});

const routeDir = join(brokenDir, 'routes');

test('a route may have a short walk: questions whose outcomes name the sections that apply', () => {
  const route = compileRoute(readRouteFiles(routeDir, 'met-walk'));
  expect(route.walk).toEqual({
    start: 'acuut',
    nodes: {
      acuut: { type: 'question', answers: [{ id: 'ja', next: 'meteen', acute: true }, { id: 'nee', next: 'plannen' }] },
      meteen: { type: 'outcome', sections: ['nu'] },
      plannen: { type: 'outcome', sections: ['later', 'nu'] },
    },
  });
  expect(route.sections[0]).toEqual({ id: 'nu', for: ['onderwijs'], sources: ['bron'] });
  expect(route.text.en.walk!.acuut).toEqual({ question: 'Is it acute?', answers: { ja: 'Ja', nee: 'Nee' } });
  expect(route.fallback.en).toEqual(expect.arrayContaining(['walk.acuut.answers', 'walk.meteen']));
});

test('names a walk that leads nowhere, a section it does not have, and wording for nodes or answers it does not have', () => {
  expect(messages(() => compileRoute(readRouteFiles(routeDir, 'walk-fout')), 'walk-fout')).toMatchInlineSnapshot(`
    "content/routes/walk-fout/route.yaml:16:28 → walk.nodes.acuut.answers.1.next: leads to "nergens", which is not a node
      Fix: use one of: acuut, meteen — or add a node "nergens".
    content/routes/walk-fout/route.yaml:17:45 → walk.nodes.meteen.sections.1: "straks" is not a section of this route
      Fix: use one of: nu.
    content/routes/walk-fout/nl.yaml:10:8 → walk.weg: "weg" is not a node of the walk in route.yaml
      Fix: use one of: acuut, meteen.
    content/routes/walk-fout/nl.yaml:9:35 → walk.acuut.answers.misschien: "misschien" is not an answer of this question in route.yaml
      Fix: use one of: ja, nee.
    content/routes/walk-fout/nl.yaml:9:14 → walk.acuut.answers.nee: is missing
      Fix: add the button text of the answer "nee".
    content/routes/walk-fout/nl.yaml:7:3 → walk.meteen: is missing
      Fix: add the wording of the outcome "meteen"."
  `);
});
