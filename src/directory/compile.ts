// Build time only (Node): reads and checks content/veilig-thuis/ for the build (collections.ts).
// The file is generated (npm run data:veilig-thuis), so a problem here means a hand edit, a
// stale file or a broken source: every message says how to put it right.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isRecord, PackValidationError, type PackError } from '../content/errors';
import type { Directory } from './types';

/** Since the herindeling of 1 January 2023 (see herindelingen.yaml), and the CBS 2025 layer. */
export const GEMEENTEN = 342;
/** Since Oost-Brabant replaced VT16 and VT26 (CBS 2023). */
export const REGIONS = 25;

const REGENERATE = 'Do not edit directory.json by hand: fix the source file, then run npm run data:veilig-thuis';
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** The directory as the app loads it (packs/veilig-thuis.json); null when the folder has none. */
export function compileDirectory(dir: string, name: string): Directory | null {
  const path = join(dir, 'directory.json');
  if (!existsSync(path)) return null;
  const file = `${name}/directory.json`;
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new PackValidationError([{ file, field: '', message: `not valid JSON (${e instanceof Error ? e.message : e})`, fix: REGENERATE }]);
  }
  const problems = checkDirectory(data, file);
  if (problems.length) throw new PackValidationError(problems);
  return data as Directory;
}

/** Every problem of a directory: counts, codes that name nothing, sources that are not listed. */
export function checkDirectory(data: unknown, file: string): PackError[] {
  const problems: PackError[] = [];
  const add = (field: string, message: string, fix = REGENERATE) => problems.push({ file, field, message, fix });
  if (!isRecord(data)) {
    add('', 'not a directory (expected an object with sources, regions, gemeenten, former, aliases, postcodes)');
    return problems;
  }
  for (const key of ['regions', 'gemeenten', 'former', 'aliases'] as const) {
    if (!Array.isArray(data[key])) add(key, `${key} is missing or not a list`);
  }
  if (!isRecord(data.sources)) add('sources', 'sources is missing or not an object');
  if (problems.length) return problems;
  const d = data as unknown as Directory;

  for (const [key, s] of Object.entries(d.sources)) {
    if (!s?.title || !s.url || !DATE.test(String(s.date))) add(`sources.${key}`, `source ${key} needs a title, a url and a date (YYYY, YYYY-MM or YYYY-MM-DD)`, 'Give it all three in the YAML file that lists it, then run npm run data:veilig-thuis');
  }
  const source = (key: string | undefined, field: string) => {
    if (key !== undefined && !d.sources[key]) add(field, `source "${key}" is not listed under sources`, 'List it under sources in the YAML file that uses it, then run npm run data:veilig-thuis');
  };

  const regions = new Set<string>();
  d.regions.forEach((r, i) => {
    if (!/^VT\d{2}$/.test(r?.code)) add(`regions.${i}.code`, `"${r?.code}" is not a Veilig Thuis region code (VT + 2 digits)`);
    else if (regions.has(r.code)) add(`regions.${i}.code`, `${r.code} is listed twice`);
    regions.add(r?.code);
    if (!r?.name) add(`regions.${i}.name`, `${r?.code} has no organisation name`, 'Fill in organisatie in ../shared/data/veiligthuis-regios.csv');
  });
  if (d.regions.length !== REGIONS) add('regions', `${d.regions.length} regions, expected ${REGIONS}`, `Check ../shared/data/veiligthuis-regios.csv; if CBS really changed the regions, change REGIONS in src/directory/compile.ts`);

  const gemeenten = new Set<string>();
  d.gemeenten.forEach((g, i) => {
    if (!/^GM\d{4}$/.test(g?.code)) add(`gemeenten.${i}.code`, `"${g?.code}" is not a CBS gemeentecode (GM + 4 digits)`);
    else if (gemeenten.has(g.code)) add(`gemeenten.${i}.code`, `${g.code} is listed twice`);
    gemeenten.add(g?.code);
    if (!g?.name) add(`gemeenten.${i}.name`, `${g?.code} has no name`);
    if (!regions.has(g?.vt)) add(`gemeenten.${i}.vt`, `${g?.name} (${g?.code}) names region ${g?.vt}, which the file does not have`);
  });
  if (d.gemeenten.length !== GEMEENTEN) add('gemeenten', `${d.gemeenten.length} gemeenten, expected ${GEMEENTEN}`, `Check ../shared/data/gemeenten-veiligthuis.csv; after a herindeling, add it to herindelingen.yaml and change GEMEENTEN in src/directory/compile.ts`);
  const known = (code: string, field: string, what: string, fix: string) => {
    if (!gemeenten.has(code)) add(field, `${what} names ${code}, which is not one of the gemeenten`, fix);
  };

  d.former.forEach((f, i) => {
    if (!f?.name) add(`former.${i}.name`, 'a former gemeente without a name', 'Give every entry names in content/veilig-thuis/herindelingen.yaml');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(String(f?.until))) add(`former.${i}.until`, `${f?.name}: "${f?.until}" is not a date (YYYY-MM-DD)`, 'Fix its date in content/veilig-thuis/herindelingen.yaml');
    if (!Array.isArray(f?.to) || !f.to.length) add(`former.${i}.to`, `${f?.name} has no successor`, 'Give it one in content/veilig-thuis/herindelingen.yaml');
    else f.to.forEach((c, k) => known(c, `former.${i}.to.${k}`, `former gemeente ${f.name}`, 'Fix the successor code in content/veilig-thuis/herindelingen.yaml'));
    if (!f?.source) add(`former.${i}.source`, `${f?.name} has no source`, 'Cite one in content/veilig-thuis/herindelingen.yaml');
    else source(f.source, `former.${i}.source`);
  });

  d.aliases.forEach((a, i) => {
    if (!a?.name) add(`aliases.${i}.name`, 'an alias without a name', 'Fix content/veilig-thuis/aliases.yaml');
    known(a?.code, `aliases.${i}.code`, `alias ${a?.name}`, 'Fix its code in content/veilig-thuis/aliases.yaml');
    source(a?.source, `aliases.${i}.source`);
  });

  if (d.postcodes !== null && d.postcodes !== undefined) {
    if (!isRecord(d.postcodes)) add('postcodes', 'postcodes is neither null nor an object');
    else {
      for (const [pc, codes] of Object.entries(d.postcodes)) {
        if (!/^[1-9]\d{3}$/.test(pc)) add(`postcodes.${pc}`, `"${pc}" is not a 4-digit postcode`, 'Fix content/veilig-thuis/source/pc4-gemeente.csv');
        if (!Array.isArray(codes) || !codes.length) add(`postcodes.${pc}`, `postcode ${pc} names no gemeente`, 'Fix content/veilig-thuis/source/pc4-gemeente.csv');
        else codes.forEach((c, k) => known(c, `postcodes.${pc}.${k}`, `postcode ${pc}`, 'Fix content/veilig-thuis/source/pc4-gemeente.csv, or refresh it for this year'));
      }
      source('postcodes', 'postcodes');
    }
  } else if (d.postcodes === undefined) add('postcodes', 'postcodes is missing (null when there is no table)');
  return problems;
}
