// Build-time only (Node): reads content/<pack>/ from disk. The app never imports this file.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, YAMLParseError } from 'yaml';
import { PackValidationError, type PackError } from './errors';
import { LOCALES, type CompiledPack, type PackSummary } from './schema';
import { compilePack, type PackFiles } from './validate';

function readYaml(path: string, file: string, errors: PackError[]): unknown {
  if (!existsSync(path)) return undefined;
  try {
    return parse(readFileSync(path, 'utf8'), { uniqueKeys: true });
  } catch (e) {
    const line = e instanceof YAMLParseError && e.linePos ? ` (line ${e.linePos[0].line})` : '';
    errors.push({ file, field: '', message: `is not valid YAML${line}: ${(e as Error).message.split('\n')[0]}`, fix: 'check the indentation and put quotes around text that contains a colon.' });
    return undefined;
  }
}

export function readPackFiles(contentDir: string, folder: string): PackFiles {
  const errors: PackError[] = [];
  const dir = join(contentDir, folder);
  const file = (name: string) => `content/${folder}/${name}`;
  const pack = readYaml(join(dir, 'pack.yaml'), file('pack.yaml'), errors);
  if (pack === undefined && errors.length === 0) {
    errors.push({ file: file('pack.yaml'), field: '', message: 'is missing', fix: 'every pack folder needs a pack.yaml; copy content/algemeen/pack.yaml.' });
  }
  const texts = Object.fromEntries(LOCALES.map((l) => [l, readYaml(join(dir, `${l}.yaml`), file(`${l}.yaml`), errors)]));
  return { folder, pack, texts, errors };
}

export function packFolders(contentDir: string): string[] {
  return readdirSync(contentDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
}

/** Compiles every pack folder; reports the problems of all packs together, then throws. */
export function compileAll(contentDir: string): { packs: CompiledPack[]; index: PackSummary[] } {
  const packs: CompiledPack[] = [];
  const errors: PackError[] = [];
  for (const folder of packFolders(contentDir)) {
    try {
      packs.push(compilePack(readPackFiles(contentDir, folder)));
    } catch (e) {
      if (!(e instanceof PackValidationError)) throw e;
      errors.push(...e.errors);
    }
  }
  if (errors.length > 0) throw new PackValidationError(errors);
  const index = packs.map((p) => ({
    id: p.id,
    version: p.version,
    beroepsgroep: p.beroepsgroep,
    locales: p.locales,
    title: Object.fromEntries(LOCALES.map((l) => [l, p.text[l].title])) as PackSummary['title'],
    description: Object.fromEntries(LOCALES.map((l) => [l, p.text[l].description])) as PackSummary['description'],
  }));
  return { packs, index };
}
