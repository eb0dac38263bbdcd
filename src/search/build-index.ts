// Build time only (Node): the search index of each language (packs/search.<locale>.json), over
// every pack, route, line, region, gemeente and piece of training content. Its row in
// COLLECTIONS comes last, so everything it indexes is compiled by then.
import MiniSearch from 'minisearch';
import { join } from 'node:path';
import type { Compiled } from '../content/collections';
import { PackValidationError } from '../content/errors';
import { LOCALES, type Locale, type LocalizedPack, type StepNumber } from '../content/schema';
import { SourceFile } from '../content/source-file';
import { compactIndex, indexOptions, SEARCH_FORMAT, type SearchFile, type StoredDoc } from './format';
import { compoundParts, isStopword, stem, terms, tokenize } from './text';

/** A document before it is stored: `text` whole (searched), cut only for the snippet. */
type Doc = StoredDoc & { text: string };

/** The longest snippet source kept per document: enough for a line or two around a match. */
const SNIPPET_SOURCE = 160;

export function compileSearch(dir: string, done: Partial<Compiled>, name: string): SearchFile[] {
  const synonyms = readSynonyms(join(dir, 'synonyms.yaml'), `${name}/synonyms.yaml`);
  const docs = Object.fromEntries(LOCALES.map((l) => [l, collect(done, l)])) as Record<Locale, Doc[]>;
  // Every word and stem of the content in either language: the parts of compounds worth indexing
  // are among them (English content names Dutch things: 'kindermishandeling' → 'mishandeling').
  const vocabulary = new Set<string>();
  for (const l of LOCALES) for (const d of docs[l]) for (const w of tokenize(`${d.t} ${d.text}`)) vocabulary.add(w).add(stem(w, l));
  return LOCALES.map((l) => buildIndex(docs[l], l, synonyms[l], done.packs?.localized.filter((p) => p.locale === l) ?? [], vocabulary));
}

export function buildIndex(docs: Doc[], locale: Locale, synonyms: string[][], packs: LocalizedPack[], vocabulary: ReadonlySet<string>): SearchFile {
  const processTerm = (word: string) => {
    if (isStopword(word, locale) || word.length < 2) return [];
    const s = stem(word, locale);
    // The word itself only where a prefix of it would not reach the stem ('signale' → 'signalen', stem 'signaal').
    return [...new Set([s, ...(word.startsWith(s) ? [] : [word]), ...compoundParts(s, vocabulary)])];
  };
  const index = new MiniSearch(indexOptions(locale, processTerm));
  index.addAll(docs.map((d, id) => ({ id, title: d.t, text: d.text })));
  return {
    format: SEARCH_FORMAT,
    locale,
    packs: Object.fromEntries(packs.map((p) => [p.id, p.title])),
    synonyms: synonyms.map((set) => set.map((phrase) => terms(phrase, locale))),
    docs: docs.map(({ text, ...d }) => (d.x === undefined ? d : { ...d, x: cut(d.x) })),
    index: compactIndex(index.toJSON()),
  };
}

/** Every document of one language. */
export function collect(c: Partial<Compiled>, locale: Locale): Doc[] {
  return [...packDocs(c.packs?.localized.filter((p) => p.locale === locale) ?? []), ...helpDocs(c, locale), ...practiceDocs(c, locale)];
}

/** Packs, steps, groups and items. What several packs say alike is one document (`g`). */
function packDocs(packs: LocalizedPack[]): Doc[] {
  const shared = new Map<string, Doc>();
  const add = (pack: string, d: Doc) => {
    const key = JSON.stringify([d.k, d.t, d.text, d.p, d.c]);
    const seen = shared.get(key);
    if (seen) seen.g!.push(pack);
    else shared.set(key, { ...d, g: [pack] });
  };
  for (const pack of packs) {
    add(pack.id, { k: 'pack', t: pack.title, text: pack.description, x: pack.description, p: '', c: '' });
    for (const [n, step] of Object.entries(pack.steps) as [string, LocalizedPack['steps'][StepNumber]][]) {
      const at = `stap/${n}/`;
      const roles = Object.values(step.roles).join(' ');
      add(pack.id, { k: 'step', t: step.title, text: `${step.summary} ${roles}`, x: step.summary, p: at, c: `${n}` });
      const stepContext = `${n}. ${step.title}`;
      for (const [list, items] of [['todo', step.todo], ['record', step.record], ['tips', step.tips], ['pitfalls', step.pitfalls]] as const) {
        for (const item of items) add(pack.id, { k: 'item', t: item.text, text: '', p: `${at}#${list}`, c: stepContext });
      }
      for (const group of step.groups) {
        const p = `${at}#group-${group.id}`;
        add(pack.id, { k: 'group', t: group.title, text: group.intro ?? '', x: group.intro, p, c: stepContext });
        for (const item of group.items) add(pack.id, { k: 'item', t: item.text, text: '', p, c: `${stepContext} · ${group.title}` });
      }
    }
  }
  return [...shared.values()];
}

/** Routes, lines, regions and the Veilig Thuis of every gemeente. */
function helpDocs(c: Partial<Compiled>, locale: Locale): Doc[] {
  const docs: Doc[] = [];
  for (const route of c.routes ?? []) {
    const text = route.text[locale] ?? route.text[route.defaultLocale]!;
    const p = `route/${route.id}/`;
    docs.push({ k: 'route', t: text.title, text: `${text.intro} ${text.meldcode}`, x: text.intro, p, c: '' });
    for (const s of route.sections) {
      const section = text.sections[s.id];
      if (section) docs.push({ k: 'route', t: section.title, text: section.items.join(' '), x: section.items.join(' '), p: `${p}#route-${s.id}`, c: text.title });
    }
  }
  for (const line of c.lines?.lines ?? []) {
    const text = line.text[locale];
    const about = [text.for, text.hours, text.note].filter(Boolean).join(' ');
    // The card's id on /lijnen/: under 'always' or under its first route.
    const card = line.always ? `always-${line.id}` : `${line.routes[0] ?? 'line'}-${line.id}`;
    docs.push({ k: 'line', t: text.name, text: `${about} ${line.phones.map((ph) => ph.number).join(' ')}`, x: about, p: `lijnen/#${card}`, c: line.phones.map((ph) => ph.number).join(', ') });
  }
  for (const region of c.regions ?? []) {
    const text = region.text[locale];
    const p = `regio/${region.id}/`;
    docs.push({ k: 'region', t: text.title, text: text.intro, x: text.intro, p, c: '' });
    for (const e of region.entries) {
      const entry = text.entries[e.id]!;
      docs.push({ k: 'region', t: entry.name, text: `${entry.what} ${entry.when}`, x: entry.what, p: `${p}#region-${e.id}`, c: text.title });
    }
  }
  const vt = c.veiligThuis;
  if (vt) {
    const org = new Map(vt.regions.map((r) => [r.code, r.name]));
    const byCode = new Map(vt.gemeenten.map((g) => [g.code, g]));
    for (const r of vt.regions) docs.push({ k: 'gemeente', t: r.name, text: r.cbsName, p: 'veilig-thuis/', c: r.phone ?? '' });
    for (const g of vt.gemeenten) docs.push({ k: 'gemeente', t: g.name, text: '', p: 'veilig-thuis/', c: org.get(g.vt) ?? '' });
    // 'Den Haag', 'Den Bosch': another name of a gemeente; a former gemeente leads to its successors' Veilig Thuis.
    for (const a of vt.aliases) {
      const g = byCode.get(a.code);
      if (g) docs.push({ k: 'gemeente', t: a.name, text: g.name, p: 'veilig-thuis/', c: `${g.name} · ${org.get(g.vt) ?? ''}` });
    }
    for (const f of vt.former) {
      const to = f.to.map((code) => byCode.get(code)).filter((g) => g !== undefined);
      const orgs = [...new Set(to.map((g) => org.get(g.vt)))].join(', ');
      docs.push({ k: 'gemeente', t: f.name, text: to.map((g) => g.name).join(' '), p: 'veilig-thuis/', c: `${to.map((g) => g.name).join(', ')} · ${orgs}` });
    }
  }
  return docs;
}

/** Practice cases, explainers and conversation exercises (training mode). */
function practiceDocs(c: Partial<Compiled>, locale: Locale): Doc[] {
  const docs: Doc[] = [];
  for (const pc of c.practice?.cases ?? []) {
    const text = pc.text[locale] ?? pc.text[pc.locales[0]!]!;
    docs.push({ k: 'practice', t: text.title, text: `${text.summary} ${text.situation.join(' ')}`, x: text.summary, p: `oefenen/${pc.id}/`, c: '' });
  }
  for (const e of c.explainers ?? []) {
    const text = e.text[locale] ?? e.text[e.locales[0]!]!;
    docs.push({ k: 'explainer', t: text.title, text: `${text.summary} ${text.sections.map((s) => s.title).join(' ')}`, x: text.summary, p: `oefenen/uitleg/${e.id}/`, c: '' });
  }
  for (const conv of c.conversations ?? []) {
    const text = conv.text[locale] ?? conv.text[conv.locales[0]!]!;
    docs.push({ k: 'conversation', t: text.title, text: text.intro, x: text.intro, p: `oefenen/gesprek/${conv.id}/`, c: '' });
  }
  return docs;
}

/** A snippet's source, cut at a word near SNIPPET_SOURCE. */
function cut(text: string): string {
  if (text.length <= SNIPPET_SOURCE) return text;
  const end = text.lastIndexOf(' ', SNIPPET_SOURCE);
  return `${text.slice(0, end > SNIPPET_SOURCE / 2 ? end : SNIPPET_SOURCE)}…`;
}

/** content/search/synonyms.yaml: a list of sets, each with its words per language and why they
 * belong together. */
export function readSynonyms(path: string, name: string): Record<Locale, string[][]> {
  const file = new SourceFile(path, name);
  const out: Record<Locale, string[][]> = { nl: [], en: [] };
  if (!file.exists) return out;
  if (!Array.isArray(file.value)) {
    file.fail([], 'is not a list of synonym sets', 'write each set as "- why: …" with "nl: [woord, …]" and "en: [word, …]".');
  } else {
    file.value.forEach((set: unknown, i) => {
      const s = set as Record<string, unknown> | null;
      if (typeof s?.why !== 'string' || !s.why.trim()) file.fail([i, 'why'], 'says not why these words belong together', 'add "why: <one sentence>" to the set.');
      for (const locale of LOCALES) {
        const words = s?.[locale];
        if (words === undefined) continue;
        if (!Array.isArray(words) || words.length < 2 || !words.every((w) => typeof w === 'string' && terms(w, locale).length > 0)) {
          file.fail([i, locale], 'is not a list of at least two words', `write e.g. "${locale}: [VGV, meisjesbesnijdenis]".`);
        } else out[locale].push(words);
      }
    });
  }
  if (file.errors.length > 0) throw new PackValidationError(file.errors);
  return out;
}
