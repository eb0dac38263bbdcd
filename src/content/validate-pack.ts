import { checkKader, type KaderProblem } from '../meldcode/check';
import type { Answer, Exit, Kader, KaderNode, OutcomeCode } from '../meldcode/types';
import { describe, FileChecker, isRecord } from './errors';
import { BEROEPSGROEPEN, LOCALES, STEP_NUMBERS, WAYPOINT_SEGMENT, type ChangelogEntry, type Locale, type PackSource, type Source, type StepNumber } from './schema';
import { RESERVED_SEGMENTS } from '../routes';

export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const OUTCOME_CODES: OutcomeCode[] = [
  'afsluiten-en-vastleggen',
  'melden',
  'hulp-bieden-of-organiseren',
  'hulp-afsluiten-met-monitoring',
  'opnieuw-melden',
];
const PACK_FIELDS = ['id', 'version', 'beroepsgroep', 'defaultLocale', 'locales', 'reviewed', 'sources', 'review', 'kaderStep', 'kader', 'changelog'];

export function isDate(text: string, precision: 'day' | 'any'): boolean {
  const pattern = precision === 'day' ? /^\d{4}-\d{2}-\d{2}$/ : /^\d{4}(-\d{2}(-\d{2})?)?$/;
  if (!pattern.test(text)) return false;
  const [y, m = 1, d = 1] = text.split('-').map(Number);
  const date = new Date(Date.UTC(y!, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function oneOf(list: readonly unknown[]): string {
  return list.map((v) => String(v)).join(', ');
}

/** Reads pack.yaml into a typed PackSource, or reports every field that is wrong. */
export type ValidPackSource = PackSource & { defaultLocale: Locale; kaderStep: StepNumber; changelog: ChangelogEntry[] };

/** Addresses (from the route table) and folders of the app itself. */
export const RESERVED_IDS = [...RESERVED_SEGMENTS, 'assets', 'icons', 'packs'];

export function validatePackSource(raw: unknown, folder: string, c: FileChecker): ValidPackSource | undefined {
  if (!isRecord(raw)) return c.fail('', `expected a group of fields, got ${describe(raw)}`, 'start from content/algemeen/pack.yaml as an example.');
  for (const key of Object.keys(raw)) {
    if (!PACK_FIELDS.includes(key)) c.fail(key, 'unknown field', `remove it or check the spelling; allowed fields: ${oneOf(PACK_FIELDS)}.`);
  }
  const text = (field: string, pattern?: RegExp, fix = 'write it as text.'): string | undefined => {
    const v = raw[field];
    if (v === undefined) return c.fail(field, 'is missing', `add "${field}:" (see content/README.md).`);
    if (typeof v !== 'string' || v.trim() === '') return c.fail(field, `expected text, got ${describe(v)}`, fix);
    if (pattern && !pattern.test(v)) return c.fail(field, `"${v}" has the wrong form`, fix);
    return v;
  };
  const enumField = <T extends string>(field: string, list: readonly T[], fallback?: T): T | undefined => {
    const v = raw[field] ?? fallback;
    if (v === undefined) return c.fail(field, 'is missing', `add "${field}:" with one of: ${oneOf(list)}.`);
    if (!list.includes(v as T)) return c.fail(field, `${describe(v)} is not allowed`, `use one of: ${oneOf(list)}.`);
    return v as T;
  };

  const id = text('id', SLUG, 'use lower-case letters, digits and dashes, e.g. "onderwijs".');
  // The id is also the pack's folder in the built site, beside the app's own folders.
  if (id && RESERVED_IDS.includes(id)) c.fail('id', `"${id}" is taken by the app (/${id}/)`, 'choose another id.');
  if (id && id !== folder) c.fail('id', `"${id}" differs from the folder name "${folder}"`, `rename the folder or set id: ${folder}.`);
  const version = text('version', /^\d+\.\d+\.\d+$/, 'use a version like 1.0.0 and raise it on every change.');
  const beroepsgroep = enumField('beroepsgroep', BEROEPSGROEPEN);
  const defaultLocale = enumField<Locale>('defaultLocale', LOCALES, 'nl');
  const locales = readLocales(raw.locales, defaultLocale, c);
  const reviewed = text('reviewed', undefined, 'write the date of the last content check as YYYY-MM-DD.');
  if (reviewed && !isDate(reviewed, 'day')) c.fail('reviewed', `"${reviewed}" is not a date`, 'write it as YYYY-MM-DD, e.g. 2026-11-23.');
  const sources = readSources(raw.sources, c);
  const review = readReview(raw.review, c);
  const kaderStep = raw.kaderStep ?? 4;
  if (!STEP_NUMBERS.includes(kaderStep as 1)) c.fail('kaderStep', `${describe(kaderStep)} is not a step`, 'use a step number from 1 to 5 (usually 4).');
  const kader = readKader(raw.kader, c);
  const changelog = readChangelog(raw.changelog, version, c);

  if (c.errors.length > 0) return undefined;
  return {
    id: id!, version: version!, beroepsgroep: beroepsgroep!, defaultLocale: defaultLocale!, locales: locales!,
    reviewed: reviewed!, sources: sources!, review, kaderStep: kaderStep as StepNumber, kader: kader!, changelog,
  };
}

export function readLocales(v: unknown, defaultLocale: Locale | undefined, c: FileChecker): Locale[] | undefined {
  if (!Array.isArray(v) || v.length === 0) return c.fail('locales', `expected a list of languages, got ${describe(v)}`, `write e.g. "locales: [nl, en]"; allowed: ${oneOf(LOCALES)}.`);
  v.forEach((l, i) => {
    if (!LOCALES.includes(l)) c.fail(`locales.${i}`, `${describe(l)} is not a supported language`, `use one of: ${oneOf(LOCALES)}.`);
  });
  if (defaultLocale && !v.includes(defaultLocale)) c.fail('locales', `does not include the default language "${defaultLocale}"`, `add ${defaultLocale} to the list.`);
  return v as Locale[];
}

export function readSources(v: unknown, c: FileChecker): Source[] | undefined {
  if (!Array.isArray(v) || v.length === 0) return c.fail('sources', `expected a list of sources, got ${describe(v)}`, 'every pack cites at least one source with title, url and date.');
  v.forEach((s, i) => {
    const at = `sources.${i}`;
    if (!isRecord(s)) return c.fail(at, `expected title, url and date, got ${describe(s)}`, 'write each source as a group with title, url and date.');
    if (typeof s.title !== 'string' || !s.title.trim()) c.fail(`${at}.title`, 'is missing', 'add the title of the source.');
    if (typeof s.url !== 'string' || !/^https?:\/\/[^\s]+\.[^\s]+$/.test(s.url)) c.fail(`${at}.url`, `${describe(s.url)} is not a web address`, 'write the full address, starting with https://.');
    if (typeof s.date !== 'string' || !isDate(s.date, 'any')) c.fail(`${at}.date`, `${describe(s.date)} is not a date`, 'write YYYY-MM-DD (or YYYY-MM, or YYYY when only the year is known) in quotes.');
  });
  return v as Source[];
}

/** Optional; when present, its newest entry must be the pack's version, so no change ships unlisted. */
function readChangelog(v: unknown, version: string | undefined, c: FileChecker): ChangelogEntry[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) {
    c.fail('changelog', `expected a list of versions, got ${describe(v)}`, 'write each version as a group with version, date and changes.');
    return [];
  }
  v.forEach((e, i) => {
    const at = `changelog.${i}`;
    if (!isRecord(e)) return c.fail(at, `expected version, date and changes, got ${describe(e)}`, 'write each version as a group with version, date and changes.');
    if (typeof e.version !== 'string' || !/^\d+\.\d+\.\d+$/.test(e.version)) c.fail(`${at}.version`, `${describe(e.version)} is not a version`, 'write it like 1.1.0.');
    if (typeof e.date !== 'string' || !isDate(e.date, 'day')) c.fail(`${at}.date`, `${describe(e.date)} is not a date`, 'write it as "YYYY-MM-DD".');
    if (!Array.isArray(e.changes) || e.changes.length === 0 || e.changes.some((x) => typeof x !== 'string' || !x.trim())) {
      c.fail(`${at}.changes`, `expected a list of texts, got ${describe(e.changes)}`, 'write each change as a line starting with "- ".');
    }
  });
  const newest = v[0] as { version?: unknown } | undefined;
  if (version && isRecord(newest) && newest.version !== version) c.fail('changelog.0.version', `the newest entry is ${describe(newest.version)}, but the pack is version ${version}`, 'put an entry for the current version at the top.');
  return v as ChangelogEntry[];
}

export function readReview(v: unknown, c: FileChecker): string[] {
  if (v === undefined) return [];
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) {
    c.fail('review', `expected a list of texts, got ${describe(v)}`, 'write each point to check as a line starting with "- ".');
    return [];
  }
  return v as string[];
}

function readKader(v: unknown, c: FileChecker): Kader | undefined {
  if (!isRecord(v) || !isRecord(v.nodes)) return c.fail('kader', `expected start and nodes, got ${describe(v)}`, 'copy the kader section of content/algemeen/pack.yaml and adapt it.');
  if (typeof v.start !== 'string') return c.fail('kader.start', `expected a node name, got ${describe(v.start)}`, 'name the first question, e.g. "start: a1".');
  const nodes: Record<string, KaderNode> = {};
  for (const [id, node] of Object.entries(v.nodes)) {
    const at = `kader.nodes.${id}`;
    if (!SLUG.test(id)) c.fail(at, `"${id}" is not a valid node name`, 'use lower-case letters, digits and dashes.');
    if (id === WAYPOINT_SEGMENT) c.fail(at, `"${id}" is taken by the app (the address of every waypoint)`, 'choose another node name.');
    const read = readNode(node, at, c);
    if (read) nodes[id] = read;
  }
  const kader = { start: v.start, nodes };
  if (c.errors.length === 0) {
    for (const p of checkKader(kader)) c.fail(`kader.${p.at}`, problemText(p), problemFix(p, Object.keys(nodes)));
  }
  return kader;
}

function readNode(node: unknown, at: string, c: FileChecker): KaderNode | undefined {
  if (!isRecord(node)) return c.fail(at, `expected a question or outcome, got ${describe(node)}`, 'give the node "type: question" or "type: outcome".');
  if (node.type === 'question') {
    if (!Number.isInteger(node.afweging) || (node.afweging as number) < 1 || (node.afweging as number) > 5) {
      c.fail(`${at}.afweging`, `${describe(node.afweging)} is not an afweging`, 'use the number of the afweging, 1 to 5.');
    }
    if (!Array.isArray(node.answers)) return c.fail(`${at}.answers`, `expected a list of answers, got ${describe(node.answers)}`, 'give each question at least a "ja" and a "nee" answer.');
    const answers = node.answers.map((a, i) => readAnswer(a, `${at}.answers.${i}`, c));
    return stripUndefined<KaderNode>({ type: 'question', afweging: node.afweging as number, answers: answers.filter((a): a is Answer => !!a), exits: readExits(node.exits, at, c) });
  }
  if (node.type === 'outcome') {
    if (!OUTCOME_CODES.includes(node.code as OutcomeCode)) c.fail(`${at}.code`, `${describe(node.code)} is not a known outcome`, `use one of: ${oneOf(OUTCOME_CODES)}.`);
    if (node.meldnorm !== undefined && ![1, 2, 3].includes(node.meldnorm as number)) c.fail(`${at}.meldnorm`, `${describe(node.meldnorm)} is not a meldnorm`, 'use 1, 2 or 3, or leave it out.');
    if (node.next !== undefined && typeof node.next !== 'string') c.fail(`${at}.next`, `expected a node name, got ${describe(node.next)}`, 'name the question that follows, or leave it out for an end point.');
    for (const flag of ['withVeiligThuis', 'followUp', 'alwaysReport'] as const) {
      if (node[flag] !== undefined && typeof node[flag] !== 'boolean') c.fail(`${at}.${flag}`, `expected true or false, got ${describe(node[flag])}`, 'write true or false, or leave it out.');
    }
    const { type: _t, code, meldnorm, next, withVeiligThuis, followUp, alwaysReport } = node;
    return stripUndefined<KaderNode>({
      type: 'outcome', code: code as OutcomeCode, meldnorm: meldnorm as 1, next: next as string, withVeiligThuis: withVeiligThuis as boolean,
      followUp: followUp as boolean, alwaysReport: alwaysReport as boolean, exits: readExits(node.exits, at, c),
    });
  }
  return c.fail(`${at}.type`, `${describe(node.type)} is not a node type`, 'use "question" or "outcome".');
}

function readAnswer(a: unknown, at: string, c: FileChecker): Answer | undefined {
  if (!isRecord(a)) return c.fail(at, `expected id, value and next, got ${describe(a)}`, 'write the answer as a group with id, value and next.');
  if (typeof a.id !== 'string' || !SLUG.test(a.id)) c.fail(`${at}.id`, `${describe(a.id)} is not a valid answer name`, 'use lower-case letters, digits and dashes, e.g. "ja".');
  if (a.value !== 'ja' && a.value !== 'nee') c.fail(`${at}.value`, `${describe(a.value)} is not allowed`, 'use ja or nee: the branch of the official kader this answer follows.');
  if (typeof a.next !== 'string') c.fail(`${at}.next`, `expected a node name, got ${describe(a.next)}`, 'name the node this answer leads to.');
  if (a.acute !== undefined && typeof a.acute !== 'boolean') c.fail(`${at}.acute`, `expected true or false, got ${describe(a.acute)}`, 'write true or leave it out.');
  return stripUndefined({ id: a.id as string, value: a.value as 'ja', next: a.next as string, acute: a.acute as boolean });
}

function readExits(v: unknown, at: string, c: FileChecker): Exit[] | undefined {
  if (v === undefined) return undefined;
  if (!Array.isArray(v)) return c.fail(`${at}.exits`, `expected a list of exits, got ${describe(v)}`, 'write each exit as "- { id: nieuwe-zorg, next: <node> }".');
  return v.flatMap((e, i) => {
    const where = `${at}.exits.${i}`;
    if (!isRecord(e)) return c.fail(where, `expected id and next, got ${describe(e)}`, 'write the exit as a group with id and next.') ?? [];
    if (typeof e.id !== 'string' || !SLUG.test(e.id)) c.fail(`${where}.id`, `${describe(e.id)} is not a valid exit name`, 'use lower-case letters, digits and dashes, e.g. "nieuwe-zorg".');
    if (typeof e.next !== 'string') c.fail(`${where}.next`, `expected a node name, got ${describe(e.next)}`, 'name the outcome this exit leads to.');
    return [{ id: e.id as string, next: e.next as string }];
  });
}

function stripUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

function problemText(p: KaderProblem): string {
  switch (p.code) {
    case 'missing-start': return `the start "${p.target}" is not a node`;
    case 'dangling-edge': return `leads to "${p.target}", which is not a node`;
    case 'unreachable': return 'no answer leads to this node, so nobody can reach it';
    case 'cycle': return `leads back to "${p.target}", so a walk could go round forever`;
    case 'no-answers': return 'a question needs at least two answers';
    case 'duplicate-answer': return 'two answers or exits of this node share a name';
    case 'no-outcome': return 'this path never reaches an outcome';
  }
}

function problemFix(p: KaderProblem, names: string[]): string {
  switch (p.code) {
    case 'missing-start':
    case 'dangling-edge': return `use one of: ${names.join(', ')} — or add a node "${p.target}".`;
    case 'unreachable': return 'point an answer or outcome "next" to it, or remove the node.';
    case 'cycle': return 'every answer must lead forward, to a later question or an outcome.';
    case 'no-answers': return 'give the question a "ja" and a "nee" answer.';
    case 'duplicate-answer': return 'give each answer and exit of a node its own id.';
    case 'no-outcome': return 'let every path end in a node with "type: outcome".';
  }
}
