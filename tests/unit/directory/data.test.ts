import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { PackValidationError } from '../../../src/content/errors';
import { checkDirectory, compileDirectory } from '../../../src/directory/compile';
import { deriveDirectory, formatDirectory, readInputs, type DirectoryInputs } from '../../../src/directory/derive';
import { parseCsv } from '../../../src/directory/derive-csv';
import type { Directory } from '../../../src/directory/types';

const root = resolve(import.meta.dirname, '../../..');
const inputs = readInputs(root);
const committed = readFileSync(join(root, 'content/veilig-thuis/directory.json'), 'utf8');
const dir = JSON.parse(committed) as Directory;
const named = (name: string) => dir.gemeenten.find((g) => g.name === name)!;
const region = (code: string) => dir.regions.find((r) => r.code === code)!;

describe('the committed directory', () => {
  test('is exactly what the source files give (no hand edit, not stale: run npm run data:veilig-thuis)', () => {
    expect(formatDirectory(deriveDirectory(inputs))).toBe(committed);
  });

  test('has 25 regions and 342 gemeenten, and passes the build check', () => {
    expect(dir.regions).toHaveLength(25);
    expect(dir.gemeenten).toHaveLength(342);
    expect(checkDirectory(dir, 'directory.json')).toEqual([]);
  });

  test('Heusden → Midden-Brabant (not Oost-Brabant), Gouda → Hollands Midden', () => {
    expect(named('Heusden').vt).toBe('VT15');
    expect(region('VT15').name).toBe('Veilig Thuis Midden-Brabant');
    expect(named('Gouda').vt).toBe('VT10');
    expect(region('VT10').name).toBe('Veilig Thuis Hollands Midden');
  });

  test('a quoted name with a comma stays one gemeente', () => {
    expect(named('Nuenen, Gerwen en Nederwetten').code).toBe('GM0820');
  });

  test('Haaren → its four successors; Weesp → Amsterdam on 24 March 2022; Landerd → Maashorst', () => {
    const former = (name: string) => dir.former.find((f) => f.name === name)!;
    const names = (codes: string[]) => codes.map((c) => dir.gemeenten.find((g) => g.code === c)!.name).sort();
    expect(names(former('Haaren').to)).toEqual(['Boxtel', 'Oisterwijk', 'Tilburg', 'Vught']);
    expect(former('Haaren').review).toMatch(/Helvoirt/);
    expect(names(former('Weesp').to)).toEqual(['Amsterdam']);
    expect(former('Weesp').until).toBe('2022-03-24');
    expect(names(former('Landerd').to)).toEqual(['Maashorst']);
    for (const f of dir.former) expect(dir.sources[f.source]?.url).toMatch(/^https:\/\//);
  });

  test("aliases: Den Haag, Den Bosch, and both Bergens without CBS's province mark", () => {
    const alias = (name: string) => dir.aliases.filter((a) => a.name === name).map((a) => dir.gemeenten.find((g) => g.code === a.code)!.name).sort();
    expect(alias('Den Haag')).toEqual(["'s-Gravenhage"]);
    expect(alias('Den Bosch')).toEqual(["'s-Hertogenbosch"]);
    expect(alias('Bergen')).toEqual(['Bergen (L.)', 'Bergen (NH.)']);
  });
});

describe('the generator refuses bad sources', () => {
  const change = (patch: Partial<DirectoryInputs>) => () => deriveDirectory({ ...inputs, ...patch });

  test('a successor code that is not a gemeente, or a name that does not match the code', () => {
    expect(change({ herindelingenYaml: inputs.herindelingenYaml.replace('code: GM1991, name: Maashorst', 'code: GM9999, name: Maashorst') })).toThrow(/GM9999 is not one of the 342 gemeenten/);
    expect(change({ herindelingenYaml: inputs.herindelingenYaml.replace('code: GM1991, name: Maashorst', 'code: GM1991, name: Uden') })).toThrow(/GM1991 is "Maashorst"/);
  });

  test('a herindeling whose source is not listed', () => {
    expect(change({ herindelingenYaml: inputs.herindelingenYaml.replace('source: stb-2021-296\n', 'source: nowhere\n') })).toThrow(/source nowhere is not listed/);
  });

  test('a former name that is still a gemeente', () => {
    expect(change({ herindelingenYaml: inputs.herindelingenYaml.replace('names: [Weesp]', 'names: [Gouda]') })).toThrow(/Gouda is still a gemeente/);
  });

  test('an alias code that is not a gemeente', () => {
    expect(change({ aliasesYaml: inputs.aliasesYaml.replace('code: GM0796', 'code: GM0000') })).toThrow(/GM0000 is not one of/);
  });

  test('a postcode table naming a gemeente that does not exist', () => {
    const postcodes = { csv: 'pc4,gemeentecode\n1381,GM0363\n5271,GM0796\n5271,GM1721\n9999,GM0457\n', sourceYaml: 'title: test\nurl: https://example.org\ndate: "2024"\n' };
    expect(change({ postcodes })).toThrow(/postcode 9999 names GM0457/);
    const ok = deriveDirectory({ ...inputs, postcodes: { ...postcodes, csv: postcodes.csv.replace('9999,GM0457\n', '') } });
    expect(ok.postcodes).toEqual({ 1381: ['GM0363'], 5271: ['GM0796', 'GM1721'] });
  });
});

describe('CSV', () => {
  test('quoted fields, doubled quotes, CRLF and a final line end', () => {
    expect(parseCsv('a,b\r\n"Nuenen, Gerwen en Nederwetten","say ""hi"""\r\n')).toEqual([['a', 'b'], ['Nuenen, Gerwen en Nederwetten', 'say "hi"']]);
  });
  test('an unclosed quote is an error, not a silent merge of rows', () => {
    expect(() => parseCsv('a\n"open\n')).toThrow(/never closed/);
  });
});

describe('the build check (compile.ts)', () => {
  const problems = (edit: (d: Directory) => void) => {
    const d = structuredClone(dir);
    edit(d);
    return checkDirectory(d, 'content/veilig-thuis/directory.json');
  };

  test('each problem names file, field, message and fix', () => {
    const [p] = problems((d) => { d.former[0]!.to = ['GM9999']; });
    expect(p).toEqual({ file: 'content/veilig-thuis/directory.json', field: 'former.0.to.0', message: expect.stringContaining('GM9999'), fix: expect.stringContaining('herindelingen.yaml') });
  });

  test('finds unknown codes, unlisted sources, wrong counts and bad postcodes', () => {
    const fields = (edit: (d: Directory) => void) => problems(edit).map((p) => p.field);
    expect(fields((d) => { d.aliases[0]!.code = 'GM0000'; })).toEqual(['aliases.0.code']);
    expect(fields((d) => { d.former[0]!.source = 'nowhere'; })).toEqual(['former.0.source']);
    expect(fields((d) => { d.gemeenten[0]!.vt = 'VT16'; })).toEqual(['gemeenten.0.vt']);
    expect(fields((d) => { d.gemeenten.pop(); })).toEqual(['gemeenten']);
    expect(fields((d) => { d.regions[0]!.code = 'X1'; })).toContain('regions.0.code');
    expect(fields((d) => { d.postcodes = { 1381: ['GM0457'] }; })).toEqual(['postcodes.1381.0', 'postcodes']);
    expect(fields((d) => { delete (d as Partial<Directory>).postcodes; })).toEqual(['postcodes']);
  });

  test('a directory.json that is not JSON fails the build with a PackError', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'vt-'));
    writeFileSync(join(tmp, 'directory.json'), '{"regions": [');
    expect(() => compileDirectory(tmp, 'content/veilig-thuis')).toThrow(PackValidationError);
  });
});
