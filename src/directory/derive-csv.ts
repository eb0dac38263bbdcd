// Build time only (Node, via derive.ts): reads the CSV files of ../shared/data/. RFC 4180: fields
// may be quoted ("Nuenen, Gerwen en Nederwetten"), a quote inside a quoted field is doubled, and
// a quoted field may hold commas and line ends. Splitting on commas would cut such names in two.

/** The rows of a CSV text, each a list of fields; a final line end adds no empty row. Throws on
 * a quote that is never closed or text straight after a closing quote. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; // a byte-order mark is not part of the first name
  let quoted = false;
  let line = 1;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') { field += '"'; i += 2; continue; }
        quoted = false;
        i++;
        const next = text[i];
        if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') throw new Error(`CSV line ${line}: text after a closing quote`);
        continue;
      }
      if (c === '\n') line++;
      field += c;
      i++;
      continue;
    }
    if (c === '"' && field === '') { quoted = true; i++; continue; }
    if (c === ',') { row.push(field); field = ''; i++; continue; }
    if (c === '\r' || c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      continue;
    }
    field += c;
    i++;
  }
  if (quoted) throw new Error(`CSV line ${line}: a quoted field is never closed`);
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows;
}

/** The rows as records by the header's column names; every row must have the header's length. */
export function csvRecords(text: string, file: string, columns: readonly string[]): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) throw new Error(`${file}: empty`);
  const missing = columns.filter((c) => !header.includes(c));
  if (missing.length) throw new Error(`${file}: no column ${missing.join(', ')} (has ${header.join(', ')})`);
  return rows.map((r, n) => {
    if (r.length !== header.length) throw new Error(`${file} row ${n + 2}: ${r.length} fields, the header has ${header.length}`);
    return Object.fromEntries(header.map((h, k) => [h, r[k]!]));
  });
}
