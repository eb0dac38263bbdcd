// Build time only (Node): the content linter, `npm run lint:content [folder]`. The build's compiler
// (collections.ts) already checks the form of every file, the graphs and the rules between files;
// the linter runs it and adds what a shipped pack or route must also have: text in every language,
// well-formed links, sources, a check date and a changelog entry for its version, phone numbers in
// one format with their hours, and only routes that exist. content/README.md states the rules.
import { relative, resolve } from 'node:path';
import { compileAll, subfolders } from './collections';
import { formatPackError, isRecord, PackValidationError, type PackError } from './errors';
import { fill } from './fill';
import { LOCALES, type Locale } from './schema';
import { localeFiles, SourceFile } from './source-file';

export interface Finding extends PackError {
  /** An error fails the lint (exit code 1); a warning is only shown. */
  severity: 'error' | 'warning';
}

export interface LintOptions {
  /** How messages name the folder; default: its path relative to the working directory. */
  name?: string;
  /** The day check dates are measured against; default: today. */
  today?: Date;
}

/** A check date older than this many months is a warning: someone should look at it again. */
export const REVIEW_MONTHS = 18;

/** Lints a content folder (base/, packs/<id>/, routes/<id>/, lines/, regions/<id>/, practice/<id>/); every problem, errors first. */
export function lintContent(dir: string, options: LintOptions = {}): Finding[] {
  const name = options.name ?? (relative(process.cwd(), resolve(dir)).replaceAll('\\', '/') || '.');
  const today = options.today ?? new Date();
  const findings: Finding[] = [];
  try {
    compileAll(dir, name);
  } catch (e) {
    if (!(e instanceof PackValidationError)) throw e;
    findings.push(...e.errors.map((x) => ({ ...x, severity: 'error' as const })));
  }
  const lint = new Lint(findings);
  const routes = subfolders(resolve(dir, 'routes'));

  const base = folder(resolve(dir, 'base'), `${name}/base`, 'base.yaml');
  if (base) {
    lint.folder(base, routes);
    lint.reviewed(base.structure, today);
  }
  for (const id of subfolders(resolve(dir, 'packs'))) {
    const pack = folder(resolve(dir, 'packs', id), `${name}/packs/${id}`, 'pack.yaml');
    if (!pack) continue;
    lint.folder(pack, routes);
    lint.reviewed(pack.structure, today, 'the pack');
    lint.changelog(pack.structure);
    lint.packSources(pack);
    lint.offers(pack.structure, routes, `${name}/routes`);
  }
  for (const id of routes) {
    const route = folder(resolve(dir, 'routes', id), `${name}/routes/${id}`, 'route.yaml');
    if (!route) continue;
    lint.folder(route, routes);
    lint.reviewed(route.structure, today, 'the route');
    lint.changelog(route.structure);
  }
  const lines = folder(resolve(dir, 'lines'), `${name}/lines`, 'lines.yaml');
  if (lines) {
    lint.folder(lines, routes);
    lint.reviewed(lines.structure, today, 'the lines');
    lint.lines(lines, today);
  }
  // Regional sociale kaarten: the compiler checks sources per entry, step tags, the Veilig Thuis
  // code and both languages; here every text (links, phone numbers) and the check date.
  for (const id of subfolders(resolve(dir, 'regions'))) {
    const region = folder(resolve(dir, 'regions', id), `${name}/regions/${id}`, 'region.yaml');
    if (!region) continue;
    lint.folder(region, routes);
    lint.reviewed(region.structure, today, 'the region');
  }
  // Practice cases: the compiler replays the expert's walk on the pack's graph and checks the
  // signals, route, both languages and every "why"; here every text and the check date.
  for (const id of subfolders(resolve(dir, 'practice'))) {
    const practice = folder(resolve(dir, 'practice', id), `${name}/practice/${id}`, 'practice.yaml');
    if (!practice) continue;
    lint.folder(practice, routes);
    lint.reviewed(practice.structure, today, 'the practice case');
  }
  // Training explainers and conversations: the compiler checks sources per section, the
  // conversation's graph and both languages; here every text (links, phone numbers) and the check date.
  for (const [kind, file, what] of [['explainers', 'explainer.yaml', 'the explainer'], ['conversations', 'conversation.yaml', 'the conversation']] as const) {
    for (const id of subfolders(resolve(dir, kind))) {
      const f = folder(resolve(dir, kind, id), `${name}/${kind}/${id}`, file);
      if (!f) continue;
      lint.folder(f, routes);
      lint.reviewed(f.structure, today, what);
    }
  }
  // The compiler and the linter may both see a problem (a changelog without the current version).
  const seen = new Set<string>();
  const unique = findings.filter((f) => !seen.has(formatFinding(f)) && Boolean(seen.add(formatFinding(f))));
  return [...unique.filter((f) => f.severity === 'error'), ...unique.filter((f) => f.severity === 'warning')];
}

export function formatFinding(f: Finding): string {
  return f.severity === 'warning' ? `warning: ${formatPackError(f)}` : formatPackError(f);
}

/** 1 when any finding is an error, 0 with warnings only. */
export const exitCode = (findings: readonly Finding[]) => (findings.some((f) => f.severity === 'error') ? 1 : 0);

/** The command: lints `args[0]` (default content/), prints every finding, returns the exit code. */
export function main(args: readonly string[] = []): number {
  const dir = args[0] ?? 'content';
  const findings = lintContent(dir);
  for (const f of findings) console.error(formatFinding(f));
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  console.error(`${dir}: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`);
  return exitCode(findings);
}

interface Folder {
  structure: SourceFile;
  texts: Record<Locale, SourceFile>;
  defaultLocale: Locale;
}

/** A folder's files, parsed on their own; a file the compiler could not read is left to its message. */
function folder(dir: string, name: string, structureFile: string): Folder | undefined {
  const structure = new SourceFile(resolve(dir, structureFile), `${name}/${structureFile}`);
  if (!structure.exists || structure.errors.length > 0 || !isRecord(structure.value)) return undefined;
  const own = structure.value.defaultLocale;
  return { structure, texts: localeFiles(dir, name), defaultLocale: (LOCALES as readonly unknown[]).includes(own) ? (own as Locale) : LOCALES[0] };
}

/** Dutch service numbers (0800, 0900, 0906, 0909) have 8 to 11 digits; every other number 10. */
const SERVICE = /^0(800|900|906|909)/;
/** The one format: the prefix (area code, 06, or service prefix), a dash, then the rest in groups
 * separated by single spaces, e.g. 0800-2000, 0900-111 3 111, 070-123 4567. */
const PHONE_FORMAT = /^0[1-9]\d{0,2}-\d+(?: \d+)*$/;
/** Something that looks like a Dutch phone number in any format: starts with 0, +31 or a prefix in
 * brackets ("(0800) 2000"). An opening bracket before a number in the right format ("(0900-111 3 111,
 * kantooruren)") is punctuation, not part of the number. */
const PHONE_LIKE = /(?<![\w\-/.:+])(?:\+31|\(0\d{1,3}\)|0)[\d \-./]*\d/g;
/** Words and times that say when a number can be called, in Dutch or English. */
const HOURS = /kantoortijd|kantooruren|werkdag|dag en nacht|24 uur|24\/7|7 dagen|elke dag|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|office hours|working day|weekday|day and night|24 hours|every day|around the clock|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\b\d{1,2}[.:]\d{2}\b|\b\d{1,2} ?(uur|u|am|pm)\b/i;
const URL_LIKE = /\b[a-z][a-z0-9+.-]*:\/\/[^\s"'<>]*[^\s"'<>.,;:!?)]/gi;
const TEL_LIKE = /\btel:[^\s"'<>]*[^\s"'<>.,;:!?)]/gi;
const ROUTE_ADDRESS = /(?<![\w/])\/route\/([^/\s"'<>]*)\/?/g;
/** Fields that hold a date, version or id: never a phone number or link. */
const NOT_TEXT = new Set(['id', 'date', 'reviewed', 'version', 'url']);

class Lint {
  constructor(private readonly findings: Finding[]) {}

  private add(file: SourceFile, severity: Finding['severity'], path: readonly PropertyKey[], message: string, fix: string) {
    const before = file.errors.length;
    file.fail(path, message, fix);
    this.findings.push({ ...file.errors[before]!, severity });
    file.errors.length = before;
  }

  /** Languages, links and phone numbers: every file of the folder. */
  folder(f: Folder, routes: readonly string[]) {
    const def = f.texts[f.defaultLocale];
    for (const locale of LOCALES) {
      const file = f.texts[locale];
      if (file === def || file.errors.length > 0 || !def.exists || def.errors.length > 0) continue;
      if (!file.exists) {
        // The compiler says so already when the folder lists the language.
        if (this.findings.some((x) => x.file === file.name && x.field === '')) continue;
        this.add(file, 'error', [], `is missing: every text needs a ${locale} version`, `add ${locale}.yaml with the same fields as ${def.name}, translated.`);
        continue;
      }
      const missing: string[] = [];
      fill(file.value ?? {}, def.value ?? {}, [], { fellBack: missing, unknownItem: () => undefined });
      for (const path of missing) {
        this.add(file, 'error', path.split('.'), `has no ${locale} text, but ${def.name} has`, `translate "${path}" of ${def.name} into this file.`);
      }
    }
    for (const file of [f.structure, ...Object.values(f.texts)]) {
      if (!file.exists || file.errors.length > 0) continue;
      const isText = file !== f.structure;
      for (const [path, text] of strings(file.value)) this.text(file, path, text, isText, routes);
    }
  }

  private text(file: SourceFile, path: PropertyKey[], text: string, isText: boolean, routes: readonly string[]) {
    const key = String(path.at(-1));
    if (key === 'url') {
      if (!/^https:\/\//.test(text)) this.add(file, 'error', path, `"${text}" does not start with https://`, 'use the https:// address of the source (open it in a browser to find it).');
      else if (!wellFormed(text)) this.add(file, 'error', path, `"${text}" is not a well-formed web address`, 'copy the full address from the browser\'s address bar.');
      return;
    }
    if (NOT_TEXT.has(key) || (typeof path.at(-1) === 'number' && NOT_TEXT.has(String(path.at(-2))))) return;
    for (const [url] of text.matchAll(URL_LIKE)) {
      if (!url.toLowerCase().startsWith('https://')) this.add(file, 'error', path, `link "${url}" is not https`, 'write the https:// address.');
      else if (!wellFormed(url)) this.add(file, 'error', path, `link "${url}" is not a well-formed web address`, 'copy the full address from the browser\'s address bar.');
    }
    for (const [tel] of text.matchAll(TEL_LIKE)) {
      if (!/^tel:(112|0\d{7,10})$/.test(tel)) this.add(file, 'error', path, `phone link "${tel}" has the wrong form`, 'write "tel:" and the digits only, e.g. "tel:08002000".');
    }
    const plain = text.replace(URL_LIKE, ' ').replace(TEL_LIKE, ' ');
    for (const [, id] of plain.matchAll(ROUTE_ADDRESS)) {
      if (!routes.includes(id!)) this.add(file, 'error', path, `"/route/${id}/" leads to no route`, `use one of: ${routes.map((r) => `/route/${r}/`).join(', ') || '(there are no routes)'}; or add the route's folder under routes/.`);
    }
    const numbers = [...plain.matchAll(PHONE_LIKE)].map((m) => m[0]).filter((n) => digits(n).length >= 8 && !/^\d{2}-\d{2}-\d{4}$/.test(n));
    for (const n of numbers) {
      if (!isPhoneFormat(n)) this.add(file, 'error', path, `phone number "${n}" is not in the one format`, `write it as ${suggest(n)}: the prefix, a dash, then the rest (see content/README.md, "Phone numbers").`);
    }
    if (isText && numbers.length > 0 && !HOURS.test(plain)) {
      this.add(file, 'error', path, `phone number "${numbers[0]}" without its hours`, 'say in the same text when the number can be called, as its owner states it, e.g. "(werkdagen 9.00–17.00 uur)" or "(dag en nacht)".');
    }
  }

  reviewed(file: SourceFile, today: Date, what = 'the base', at: PropertyKey[] = []) {
    const value = (valueAt(file.value, at) as Record<string, unknown>).reviewed;
    if (value === undefined) {
      this.add(file, 'error', [...at, 'reviewed'], 'is missing: every pack and route needs a check date', `add "reviewed: \\"YYYY-MM-DD\\"" with the day a person last checked ${what} against its sources.`);
      return;
    }
    if (typeof value !== 'string') return; // The compiler says what is wrong with it.
    const limit = new Date(today);
    limit.setUTCMonth(limit.getUTCMonth() - REVIEW_MONTHS);
    if (new Date(`${value}T00:00:00Z`).getTime() < limit.getTime()) {
      this.add(file, 'warning', [...at, 'reviewed'], `${value} is more than ${REVIEW_MONTHS} months ago`, `check ${what} against its sources again, then set the date you did so.`);
    }
  }

  /** content/lines/: every line has its own check date, and its hours (where lines.yaml does not
   * say day and night) say when, in every language. The compiler checks sources, route ids and form. */
  lines(f: Folder, today: Date) {
    const list = (f.structure.value as Record<string, unknown>).lines;
    if (!Array.isArray(list)) return;
    list.forEach((line, i) => {
      if (!isRecord(line)) return;
      this.reviewed(f.structure, today, `line "${String(line.id)}"`, ['lines', i]);
      for (const file of Object.values(f.texts)) {
        const words = isRecord(file.value) && isRecord(file.value.lines) ? file.value.lines[String(line.id)] : undefined;
        const hours = isRecord(words) ? words.hours : undefined;
        if (typeof hours === 'string' && !HOURS.test(hours)) {
          this.add(file, 'error', ['lines', String(line.id), 'hours'], `"${hours}" does not say when the line can be called`, 'write the days and times as the owner states them, e.g. "Werkdagen 9.00–17.00 uur." or "Working days, 9.00–17.00."');
        }
      }
    });
  }

  changelog(file: SourceFile) {
    const value = file.value as Record<string, unknown>;
    const log = value.changelog;
    if (log === undefined) {
      this.add(file, 'error', ['changelog'], 'is missing: users see what changed in each version', `add "changelog:" with an entry for version ${String(value.version)}: version, date and changes.`);
      return;
    }
    const newest = Array.isArray(log) && isRecord(log[0]) ? log[0].version : undefined;
    if (typeof value.version === 'string' && typeof newest === 'string' && newest !== value.version) {
      this.add(file, 'error', ['changelog', 0, 'version'], `the newest entry is ${newest}, but the ${file.name.endsWith('route.yaml') ? 'route' : 'pack'} is version ${value.version}`, 'put an entry for the current version at the top.');
    }
  }

  /** A pack that says anything of its own cites its own sources; one that only names itself
   * (title, description, and its answer to the start screen's 'Waar werk je?') relies on the sources of what it extends. */
  packSources(f: Folder) {
    const value = f.structure.value as Record<string, unknown>;
    // A step that adds items or groups names which of the pack's sources they come from.
    for (const [n, step] of Object.entries(isRecord(value.steps) ? value.steps : {})) {
      if (!isRecord(step) || step.sources !== undefined) continue;
      if (step.groups !== undefined || step.add !== undefined) {
        this.add(f.structure, 'error', ['steps', n], 'adds items without naming their sources', `add "sources: [<source id>]" under step ${n}, with the ids of the pack's sources these items come from.`);
      }
    }
    if (value.sources !== undefined) return; // The compiler checks the list itself.
    const ownStructure = value.steps !== undefined || value.kader !== undefined;
    const ownText = Object.values(f.texts).some((t) => isRecord(t.value) && Object.keys(t.value).some((k) => !['title', 'description', 'setting'].includes(k)));
    if (ownStructure || ownText) {
      this.add(f.structure, 'error', ['sources'], 'is missing: this pack adds or rewords content, so it must cite where that comes from', 'add "sources:" with title, url and date of each source the pack uses.');
    }
  }

  /** Every route a pack offers exists in content/routes/. */
  offers(file: SourceFile, routes: readonly string[], routesName: string) {
    const offered = (file.value as Record<string, unknown>).routes;
    if (!Array.isArray(offered)) return;
    offered.forEach((id, i) => {
      if (typeof id === 'string' && !routes.includes(id)) {
        this.add(file, 'error', ['routes', i], `"${id}" is not a route`, `use one of: ${routes.join(', ') || '(there are no routes)'}; or add the folder ${routesName}/${id}/.`);
      }
    });
  }
}

/** Every text in a parsed file, with its path. */
function strings(value: unknown, path: PropertyKey[] = []): [PropertyKey[], string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, [...path, i]));
  if (isRecord(value)) return Object.entries(value).flatMap(([k, v]) => strings(v, [...path, k]));
  return [];
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v = root;
  for (const p of path) v = isRecord(v) || Array.isArray(v) ? (v as Record<PropertyKey, unknown>)[p as string] : undefined;
  return v;
}

function wellFormed(url: string): boolean {
  try {
    const u = new URL(url);
    return /^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(u.hostname) && !/\s/.test(url);
  } catch {
    return false;
  }
}

const digits = (n: string) => {
  const d = n.replace(/\D/g, '');
  return n.startsWith('+31') ? `0${d.slice(2)}` : d;
};

export function isPhoneFormat(n: string): boolean {
  if (!PHONE_FORMAT.test(n)) return false;
  const d = digits(n);
  const prefix = n.split('-')[0]!;
  return SERVICE.test(d) ? prefix.length === 4 && d.length >= 8 && d.length <= 11 : d.length === 10;
}

function suggest(n: string): string {
  const d = digits(n);
  if (SERVICE.test(d)) return `"${d.slice(0, 4)}-${d.slice(4)}"`;
  if (d.startsWith('06')) return `"06-${d.slice(2)}"`;
  return '"0XX-XXX XXXX" (area code, a dash, the number)';
}
