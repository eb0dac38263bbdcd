// Build time only (Node): reads and checks content/veilig-thuis/ for the build (collections.ts).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PackValidationError } from '../content/errors';
import type { Directory } from './types';

/** The directory as the app loads it (packs/veilig-thuis.json). */
export function compileDirectory(dir: string, name: string): Directory | null {
  const file = join(dir, 'directory.json');
  if (!existsSync(file)) return null;
  const data = JSON.parse(readFileSync(file, 'utf8')) as Directory;
  const problems: string[] = [];
  const codes = new Set(data.regions.map((r) => r.code));
  for (const g of data.gemeenten) if (!codes.has(g.vt)) problems.push(`${g.name} (${g.code}) names region ${g.vt}, which the file does not have`);
  if (problems.length) {
    throw new PackValidationError(problems.map((message) => ({ file: `${name}/directory.json`, field: 'gemeenten', message, fix: 'Regenerate it: npm run data:veilig-thuis' })));
  }
  return data;
}
