// Build time only: content/regions/<id>/, one region's sociale kaart, checked like a route. Every
// entry cites where in the regional document it comes from, is tagged for step 2 or 5, and has
// its wording in every language; the region's Veilig Thuis code must exist in the directory.
import { join } from 'node:path';
import { PackValidationError } from './errors';
import { LOCALES, type Locale } from './schema';
import { RegionSource, RegionText } from './schemas/region';
import { localeFiles, SourceFile } from './source-file';
import { REGION_FORMAT, type CompiledRegion, type RegionSummary } from './region-pack';
import type { Directory } from '../directory/types';

export interface RegionFiles {
  folder: string;
  region: SourceFile;
  texts: Record<Locale, SourceFile>;
}

export function readRegionFiles(regionsDir: string, folder: string, name = `content/regions/${folder}`): RegionFiles {
  const dir = join(regionsDir, folder);
  return { folder, region: new SourceFile(join(dir, 'region.yaml'), `${name}/region.yaml`), texts: localeFiles(dir, name) };
}

/** `directory` null: a content folder without one (the tests'), so the code is not checked. */
export function compileRegion(files: RegionFiles, directory: Directory | null): CompiledRegion {
  const all = [files.region, ...Object.values(files.texts)];
  const failed = () => new PackValidationError(all.flatMap((f) => f.errors));
  if (all.some((f) => f.errors.length > 0)) throw failed();
  const r = files.region;
  if (!r.exists) r.fail([], 'is missing', 'every region folder needs a region.yaml; copy content/regions/hollands-midden/region.yaml.');
  const source = r.check(RegionSource);
  if (!source) throw failed();
  if (source.id !== files.folder) r.fail(['id'], `"${source.id}" differs from the folder name "${files.folder}"`, `rename the folder or set id: ${files.folder}.`);
  if (directory && !directory.regions.some((d) => d.code === source.vt)) {
    r.fail(['vt'], `"${source.vt}" is not a Veilig Thuis region of content/veilig-thuis/directory.json`, `use one of: ${directory.regions.map((d) => d.code).join(', ')}.`);
  }
  const ids = source.entries.map((e) => e.id);
  source.entries.forEach((e, i) => { if (ids.indexOf(e.id) !== i) r.fail(['entries', i, 'id'], `"${e.id}" is used twice`, 'give every entry its own id.'); });

  const text = {} as Record<Locale, RegionText>;
  for (const locale of LOCALES) {
    const file = files.texts[locale];
    if (!file.exists) {
      file.fail([], `is missing: a sociale kaart needs its ${locale} text`, `add ${locale}.yaml with title, intro, review and every entry's name, what and when.`);
      continue;
    }
    const value = file.check(RegionText);
    if (!value) continue;
    for (const id of ids) if (!value.entries[id]) file.fail(['entries', id], 'is missing', `add the entry "${id}" with name, what and when.`);
    for (const id of Object.keys(value.entries)) if (!ids.includes(id)) file.fail(['entries', id], `"${id}" is not an entry of region.yaml`, `use one of: ${ids.join(', ')}.`);
    text[locale] = value;
  }
  // Review points are shown in the reader's language: each language lists the same points.
  const counts = LOCALES.filter((l) => text[l]).map((l) => text[l].review.length);
  if (new Set(counts).size > 1) files.texts[LOCALES[1]!].fail(['review'], `has ${text[LOCALES[1]!]?.review.length} points, ${LOCALES[0]}.yaml has ${text[LOCALES[0]]?.review.length}`, 'translate every review point, one for one.');
  if (all.some((f) => f.errors.length > 0)) throw failed();
  return { format: REGION_FORMAT, ...source, text };
}

export const regionSummary = (r: CompiledRegion): RegionSummary => ({
  id: r.id,
  vt: r.vt,
  title: Object.fromEntries(LOCALES.map((l) => [l, r.text[l].title])) as RegionSummary['title'],
});
