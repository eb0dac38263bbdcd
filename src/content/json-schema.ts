// Build time only: the zod schemas as JSON Schema files in content/schema/, so an author's
// editor (VS Code with the YAML extension) completes fields and marks mistakes while typing.
// The build writes them (vite.config.ts); tests/content/json-schema.test.ts checks they are current.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { BaseSource, BaseText, BaseTranslation } from './schemas/base';
import { PackSource, PackText, PackTranslation } from './schemas/pack';
import { RouteSource, RouteText, RouteTranslation } from './schemas/route';
import { LinesSource, LinesText, LinesTranslation } from './schemas/lines';
import { PracticeSource, PracticeText } from './schemas/practice';

/** File name → schema, with the title an editor shows. */
const SCHEMAS: Record<string, { title: string; schema: z.ZodType }> = {
  'base.json': { title: 'Meldwijzer base: content/base/base.yaml', schema: BaseSource },
  'base-text.json': { title: 'Meldwijzer base wording, default language: content/base/nl.yaml', schema: BaseText },
  'base-translation.json': { title: 'Meldwijzer base wording, other languages: content/base/en.yaml', schema: BaseTranslation },
  'pack.json': { title: 'Meldwijzer pack: content/packs/<id>/pack.yaml', schema: PackSource },
  'pack-text.json': { title: 'Meldwijzer pack wording, default language: content/packs/<id>/nl.yaml', schema: PackText },
  'pack-translation.json': { title: 'Meldwijzer pack wording, other languages: content/packs/<id>/en.yaml', schema: PackTranslation },
  'route.json': { title: 'Meldwijzer special route: content/routes/<id>/route.yaml', schema: RouteSource },
  'route-text.json': { title: 'Meldwijzer route wording, default language', schema: RouteText },
  'route-translation.json': { title: 'Meldwijzer route wording, other languages', schema: RouteTranslation },
  'lines.json': { title: 'Meldwijzer national lines: content/lines/lines.yaml', schema: LinesSource },
  'lines-text.json': { title: 'Meldwijzer national lines wording, default language: content/lines/nl.yaml', schema: LinesText },
  'lines-translation.json': { title: 'Meldwijzer national lines wording, other languages: content/lines/en.yaml', schema: LinesTranslation },
  'practice.json': { title: 'Meldwijzer practice case: content/practice/<id>/practice.yaml', schema: PracticeSource },
  // One schema for both languages: a practice case is complete in each.
  'practice-text.json': { title: 'Meldwijzer practice case wording: content/practice/<id>/nl.yaml and en.yaml', schema: PracticeText },
};

export function jsonSchemas(): Map<string, string> {
  return new Map(Object.entries(SCHEMAS).map(([file, { title, schema }]) => {
    // 'input': what an author writes, so fields with a default are optional.
    const json = { ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }), title };
    return [file, `${JSON.stringify(json, null, 2)}\n`];
  }));
}

/** Writes the files that differ; returns their names. */
export function writeJsonSchemas(dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  for (const [file, text] of jsonSchemas()) {
    const path = join(dir, file);
    if (existsSync(path) && readFileSync(path, 'utf8') === text) continue;
    writeFileSync(path, text);
    written.push(file);
  }
  return written;
}
