import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { subfolders } from '../../src/content/collections';
import { jsonSchemas } from '../../src/content/json-schema';
import { contentDir } from '../helpers/packs';

test('the JSON Schema files in content/schema/ are those the zod schemas give (npm run build writes them)', () => {
  for (const [file, text] of jsonSchemas()) {
    const path = resolve(contentDir, 'schema', file);
    expect(existsSync(path), `${file} is missing: run npm run build`).toBe(true);
    expect(readFileSync(path, 'utf8'), `${file} is out of date: run npm run build`).toBe(text);
  }
});

test('every content file names its JSON Schema for the editor', () => {
  const expected: Record<string, string> = {
    'base/base.yaml': '../schema/base.json', 'base/nl.yaml': '../schema/base-text.json', 'base/en.yaml': '../schema/base-translation.json',
    'packs/algemeen/pack.yaml': '../../schema/pack.json', 'packs/algemeen/nl.yaml': '../../schema/pack-text.json', 'packs/algemeen/en.yaml': '../../schema/pack-translation.json',
    'routes/collega/route.yaml': '../../schema/route.json', 'routes/collega/nl.yaml': '../../schema/route-text.json', 'routes/collega/en.yaml': '../../schema/route-translation.json',
  };
  // Every practice case names its schemas too (one for both languages' wording).
  for (const id of subfolders(resolve(contentDir, 'practice'))) {
    Object.assign(expected, { [`practice/${id}/practice.yaml`]: '../../schema/practice.json', [`practice/${id}/nl.yaml`]: '../../schema/practice-text.json', [`practice/${id}/en.yaml`]: '../../schema/practice-text.json' });
  }
  for (const [file, schema] of Object.entries(expected)) {
    expect(readFileSync(resolve(contentDir, file), 'utf8').split('\n')[0], file).toBe(`# yaml-language-server: $schema=${schema}`);
    expect(existsSync(resolve(contentDir, file, '..', schema)), schema).toBe(true);
  }
});

test('the schema an editor gets knows the closed lists and the doc comments', () => {
  const pack = JSON.parse(jsonSchemas().get('pack.json')!);
  expect(pack.properties.beroepsgroep.enum).toContain('kinderopvang');
  expect(pack.properties.extends.description).toMatch(/base/);
  expect(pack.required).toEqual(expect.arrayContaining(['id', 'version', 'beroepsgroep', 'extends']));
  expect(pack.additionalProperties).toBe(false);
  const practice = JSON.parse(jsonSchemas().get('practice.json')!);
  expect(practice.required).toEqual(expect.arrayContaining(['id', 'pack', 'route', 'signals', 'expert', 'sources']));
  expect(practice.properties.expert.items.required).toEqual(['node']);
  const text = JSON.parse(jsonSchemas().get('practice-text.json')!);
  expect(text.required).toEqual(expect.arrayContaining(['title', 'summary', 'situation', 'why', 'questions', 'mistakes']));
});
