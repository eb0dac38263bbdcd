// Build-time only (Node): reads content/<pack>/ from disk. The app never imports this file.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, YAMLParseError } from 'yaml';
import { PackValidationError, type PackError } from './errors';
import { LOCALES, type CompiledPack, type CompiledRoute, type PackSummary } from './schema';
import { compileRoute } from './validate-route';
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

/** content/routes/ holds special routes, not a pack. */
export const ROUTES_FOLDER = 'routes';

export function packFolders(contentDir: string): string[] {
  return subfolders(contentDir).filter((name) => name !== ROUTES_FOLDER);
}

export function routeFolders(contentDir: string): string[] {
  const dir = join(contentDir, ROUTES_FOLDER);
  return existsSync(dir) ? subfolders(dir) : [];
}

function subfolders(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
}

export function readRouteFiles(contentDir: string, folder: string) {
  const errors: PackError[] = [];
  const dir = join(contentDir, ROUTES_FOLDER, folder);
  const file = (name: string) => `content/${ROUTES_FOLDER}/${folder}/${name}`;
  const route = readYaml(join(dir, 'route.yaml'), file('route.yaml'), errors);
  if (route === undefined && errors.length === 0) errors.push({ file: file('route.yaml'), field: '', message: 'is missing', fix: 'every route folder needs a route.yaml; copy content/routes/collega/route.yaml.' });
  const texts = Object.fromEntries(LOCALES.map((l) => [l, readYaml(join(dir, `${l}.yaml`), file(`${l}.yaml`), errors)]));
  return { folder, route, texts, errors };
}

/** Compiles every pack folder; reports the problems of all packs together, then throws. */
export function compileAll(contentDir: string): { packs: CompiledPack[]; index: PackSummary[]; routes: CompiledRoute[] } {
  const packs: CompiledPack[] = [];
  const routes: CompiledRoute[] = [];
  const errors: PackError[] = [];
  const collect = <T>(list: T[], compile: () => T) => {
    try {
      list.push(compile());
    } catch (e) {
      if (!(e instanceof PackValidationError)) throw e;
      errors.push(...e.errors);
    }
  };
  for (const folder of packFolders(contentDir)) collect(packs, () => compilePack(readPackFiles(contentDir, folder)));
  for (const folder of routeFolders(contentDir)) collect(routes, () => compileRoute(readRouteFiles(contentDir, folder)));
  if (errors.length > 0) throw new PackValidationError(errors);
  const index = packs.map((p) => ({
    id: p.id,
    version: p.version,
    beroepsgroep: p.beroepsgroep,
    locales: p.locales,
    title: Object.fromEntries(LOCALES.map((l) => [l, p.text[l].title])) as PackSummary['title'],
    description: Object.fromEntries(LOCALES.map((l) => [l, p.text[l].description])) as PackSummary['description'],
  }));
  return { packs, index, routes };
}
