// Build time only (Node): `npm run data:veilig-thuis` writes content/veilig-thuis/directory.json
// from the source files, so that nobody edits the JSON by hand:
// - ../shared/data/gemeenten-veiligthuis.csv and veiligthuis-regios.csv (beside the repository,
//   as CI checks it out), the CBS mapping and the regions' organisations;
// - content/veilig-thuis/herindelingen.yaml and aliases.yaml, hand-written and cited;
// - content/veilig-thuis/source/pc4-gemeente.csv when it is there (see its README).
// tests/unit/directory/data.test.ts runs deriveDirectory on the same files and compares.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import { csvRecords } from './derive-csv';
import { derivePostcodes, POSTCODE_FILE, POSTCODE_SOURCE_FILE } from './derive-postcodes';
import type { Alias, Directory, DirectorySource, FormerGemeente, Gemeente, VeiligThuisRegion } from './types';

/** The texts the directory is made of; null where a file is not there. */
export interface DirectoryInputs {
  gemeentenCsv: string;
  regiosCsv: string;
  herindelingenYaml: string;
  aliasesYaml: string;
  /** The postcode table and its source (both, or neither). */
  postcodes: { csv: string; sourceYaml: string } | null;
}

export const CONTENT_DIR = 'content/veilig-thuis';

/** The copy of the CBS layers the mapping comes from; see ../shared/data/README.md. */
const CBS_SOURCE: DirectorySource = {
  title: 'CBS, Gebiedsindelingen 2025 (via PDOK), lagen gemeente en veiligthuisregio',
  url: 'https://github.com/cartomap/nl',
  date: '2025',
  licence: 'CC BY 4.0',
};

/** Reads the source files: the shared data folder (default ../shared/data beside `root`) and
 * content/veilig-thuis/ under `root`. */
export function readInputs(root: string, sharedDir = resolve(root, '../shared/data')): DirectoryInputs {
  const content = join(root, CONTENT_DIR);
  const postcodes = join(content, POSTCODE_FILE);
  const postcodeSource = join(content, POSTCODE_SOURCE_FILE);
  return {
    gemeentenCsv: readFileSync(join(sharedDir, 'gemeenten-veiligthuis.csv'), 'utf8'),
    regiosCsv: readFileSync(join(sharedDir, 'veiligthuis-regios.csv'), 'utf8'),
    herindelingenYaml: readFileSync(join(content, 'herindelingen.yaml'), 'utf8'),
    aliasesYaml: readFileSync(join(content, 'aliases.yaml'), 'utf8'),
    postcodes: existsSync(postcodes) ? { csv: readFileSync(postcodes, 'utf8'), sourceYaml: readFileSync(postcodeSource, 'utf8') } : null,
  };
}

interface NamedCode { code: string; name: string }

/** The directory from its source texts. Throws with every problem found (a code that names no
 * gemeente, a source that is not listed, a name that is both former and current…). */
export function deriveDirectory(inputs: DirectoryInputs): Directory {
  const problems: string[] = [];
  const gemeenten: Gemeente[] = csvRecords(inputs.gemeentenCsv, 'gemeenten-veiligthuis.csv', ['gemeentecode', 'gemeentenaam', 'veiligthuisregio_code']).map((r) => ({
    code: r.gemeentecode!,
    name: r.gemeentenaam!,
    vt: r.veiligthuisregio_code!,
  }));
  const regions: VeiligThuisRegion[] = csvRecords(inputs.regiosCsv, 'veiligthuis-regios.csv', [
    'veiligthuisregio_code', 'veiligthuisregio_naam_cbs', 'organisatie', 'website', 'telefoon_professionals', 'bron', 'gecontroleerd',
  ]).map((r) => ({
    code: r.veiligthuisregio_code!,
    cbsName: r.veiligthuisregio_naam_cbs!,
    name: r.organisatie!,
    website: r.website || null,
    phone: r.telefoon_professionals || null,
    source: r.bron || null,
    // 'onbekend' in the CSV: the page shows no date.
    checked: r.gecontroleerd && r.gecontroleerd !== 'onbekend' ? r.gecontroleerd : null,
  }));
  const byCode = new Map(gemeenten.map((g) => [g.code, g]));
  const current = new Set(gemeenten.map((g) => g.name.toLowerCase()));
  // Each region carries its own source page and check date (veiligthuis-regios.csv, bron and gecontroleerd).
  const sources: Record<string, DirectorySource> = { cbs: CBS_SOURCE };

  /** The code, after checking that CBS gives it the name the hand-written file says. */
  const gemeente = (ref: NamedCode, where: string): string => {
    const g = byCode.get(ref?.code);
    if (!g) problems.push(`${where}: ${ref?.code} is not one of the ${gemeenten.length} gemeenten`);
    else if (g.name !== ref.name) problems.push(`${where}: ${ref.code} is "${g.name}" in the CBS file, not "${ref.name}"`);
    return ref?.code;
  };
  const addSources = (file: string, list: unknown) => {
    for (const [key, s] of Object.entries((list ?? {}) as Record<string, DirectorySource>)) {
      if (!s?.title || !s.url || !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(String(s.date))) problems.push(`${file}: source ${key} needs title, url and date (YYYY, YYYY-MM or YYYY-MM-DD)`);
      if (sources[key]) problems.push(`${file}: source ${key} is listed twice`);
      sources[key] = { title: s.title, url: s.url, date: String(s.date), ...(s.licence ? { licence: s.licence } : {}) };
    }
  };
  const used = new Set(['cbs']);
  const source = (key: string | undefined, where: string): string | undefined => {
    if (key === undefined) return undefined;
    if (!sources[key]) problems.push(`${where}: source ${key} is not listed under sources`);
    used.add(key);
    return key;
  };

  const herindelingen = parse(inputs.herindelingenYaml) as { sources?: unknown; herindelingen?: { date: string; names: string[]; to: NamedCode[]; source: string; review?: string }[] };
  addSources('herindelingen.yaml', herindelingen.sources);
  const former: FormerGemeente[] = [];
  for (const [n, h] of (herindelingen.herindelingen ?? []).entries()) {
    const where = `herindelingen.yaml, herindeling ${n + 1}`;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(String(h.date))) problems.push(`${where}: date "${h.date}" is not YYYY-MM-DD`);
    if (!h.to?.length) problems.push(`${where}: no successor (to)`);
    const to = (h.to ?? []).map((t, k) => gemeente(t, `${where}, to ${k + 1}`));
    const src = source(h.source, where) ?? '';
    if (!h.source) problems.push(`${where}: no source`);
    for (const name of h.names ?? []) {
      if (current.has(name.toLowerCase())) problems.push(`${where}: ${name} is still a gemeente`);
      if (former.some((f) => f.name === name)) problems.push(`${where}: ${name} is listed twice`);
      former.push({ name, until: String(h.date), to, source: src, ...(h.review ? { review: h.review } : {}) });
    }
  }

  const aliasFile = parse(inputs.aliasesYaml) as { sources?: unknown; aliases?: { name: string; gemeente: NamedCode; source?: string }[] };
  addSources('aliases.yaml', aliasFile.sources);
  const aliases: Alias[] = (aliasFile.aliases ?? []).map((a, n) => {
    const where = `aliases.yaml, alias ${n + 1}`;
    if (current.has(a.name.toLowerCase())) problems.push(`${where}: ${a.name} is already a gemeente's own name`);
    const key = source(a.source, where);
    return { name: a.name, code: gemeente(a.gemeente, where), ...(key ? { source: key } : {}) };
  });
  // CBS tells apart gemeenten with the same name by a province mark, 'Bergen (NH.)'; people type 'Bergen'.
  for (const g of gemeenten) {
    const plain = /^(.*\S) \([A-Z]+\.\)$/.exec(g.name)?.[1];
    if (plain && !aliases.some((a) => a.name === plain && a.code === g.code)) aliases.push({ name: plain, code: g.code, source: 'cbs' });
  }

  let postcodes: Record<string, string[]> | null = null;
  if (inputs.postcodes !== null) {
    const derived = derivePostcodes(inputs.postcodes.csv, inputs.postcodes.sourceYaml);
    postcodes = derived.postcodes;
    for (const [pc, codes] of Object.entries(postcodes)) for (const c of codes) if (!byCode.has(c)) problems.push(`${POSTCODE_FILE}: postcode ${pc} names ${c}, which is not one of the gemeenten`);
    sources.postcodes = derived.source;
    used.add('postcodes');
  }

  if (problems.length) throw new Error(`The Veilig Thuis directory cannot be made:\n- ${problems.join('\n- ')}`);
  // Only the sources something refers to travel with the data.
  const cited = Object.fromEntries(Object.entries(sources).filter(([k]) => used.has(k)));
  return { sources: cited, regions, gemeenten, former, aliases, postcodes };
}

/** The file's text: compact (it is precached), but one entry per line so a change shows in a diff. */
export function formatDirectory(d: Directory): string {
  const list = (items: unknown[]) => (items.length ? `[\n${items.map((i) => JSON.stringify(i)).join(',\n')}\n]` : '[]');
  const postcodes = d.postcodes === null ? 'null' : `{\n${Object.entries(d.postcodes).map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(',\n')}\n}`;
  return `{"sources":${JSON.stringify(d.sources)},\n"regions":${list(d.regions)},\n"gemeenten":${list(d.gemeenten)},\n"former":${list(d.former)},\n"aliases":${list(d.aliases)},\n"postcodes":${postcodes}}\n`;
}

/** `npm run data:veilig-thuis [--shared DIR] [--check]`: writes directory.json, or with --check
 * only says whether it is up to date (exit code 1 when not). */
export function main(args: string[], root = process.cwd()): number {
  const at = args.indexOf('--shared');
  const shared = at >= 0 ? resolve(args[at + 1] ?? '') : undefined;
  const out = join(root, CONTENT_DIR, 'directory.json');
  let text: string;
  try {
    text = formatDirectory(deriveDirectory(readInputs(root, shared)));
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    return 1;
  }
  const name = relative(process.cwd(), out);
  const old = existsSync(out) ? readFileSync(out, 'utf8') : '';
  if (args.includes('--check')) {
    if (old === text) return 0;
    console.error(`${name} is not what the source files give. Run: npm run data:veilig-thuis`);
    return 1;
  }
  writeFileSync(out, text);
  console.log(old === text ? `${name}: unchanged` : `${name}: written (${Buffer.byteLength(text)} bytes)`);
  return 0;
}
