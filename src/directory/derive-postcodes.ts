// Build time only (Node, via derive.ts): a table of 4-digit postcodes → gemeente(n), when one
// with a source is in content/veilig-thuis/source/ (none yet: see content/veilig-thuis/README.md).
import { parse } from 'yaml';
import { csvRecords } from './derive-csv';
import type { DirectorySource } from './types';

/** One row per postcode and gemeente it lies in: columns pc4, gemeentecode. */
export const POSTCODE_FILE = 'source/pc4-gemeente.csv';
/** Where that table came from: title, url, date, licence (YAML). */
export const POSTCODE_SOURCE_FILE = 'source/pc4-gemeente.yaml';

/** PC4 → the gemeentecodes it lies in (sorted, several where it crosses a border). */
export function derivePostcodes(csv: string, sourceYaml: string): { postcodes: Record<string, string[]>; source: DirectorySource } {
  const postcodes: Record<string, string[]> = {};
  for (const [n, r] of csvRecords(csv, POSTCODE_FILE, ['pc4', 'gemeentecode']).entries()) {
    if (!/^[1-9]\d{3}$/.test(r.pc4!)) throw new Error(`${POSTCODE_FILE} row ${n + 2}: "${r.pc4}" is not a 4-digit postcode`);
    const codes = (postcodes[r.pc4!] ??= []);
    if (!codes.includes(r.gemeentecode!)) codes.push(r.gemeentecode!);
  }
  for (const codes of Object.values(postcodes)) codes.sort();
  const source = parse(sourceYaml) as DirectorySource;
  if (!source?.title || !source.url || !source.date) throw new Error(`${POSTCODE_SOURCE_FILE}: needs title, url and date`);
  // Numeric order, so the file reads like a postcode book.
  const sorted = Object.fromEntries(Object.entries(postcodes).sort(([a], [b]) => a.localeCompare(b)));
  return { postcodes: sorted, source: { title: source.title, url: source.url, date: String(source.date), ...(source.licence ? { licence: source.licence } : {}) } };
}
