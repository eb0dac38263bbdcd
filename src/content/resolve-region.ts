// Build time only: content/regions/<id>/, one region's sociale kaart, checked like a route. Every
// entry cites where in the regional document it comes from, is tagged for step 2 or 5, and has
// its wording in every language; the region's Veilig Thuis code must exist in the directory.
import { LOCALES, type Locale } from './schema';
import { RegionSource, RegionText } from './schemas/region';
import { openFolder, readFolderFiles, type FolderFiles } from './resolve-folder';
import { REGION_FORMAT, type CompiledRegion, type RegionSummary } from './region-pack';
import type { Directory } from '../directory/types';

export function readRegionFiles(regionsDir: string, folder: string, name = `content/regions/${folder}`): FolderFiles {
  return readFolderFiles(regionsDir, folder, 'region', name);
}

/** `directory` null: a content folder without one (the tests'), so the code is not checked. */
export function compileRegion(files: FolderFiles, directory: Directory | null): CompiledRegion {
  const { source, settle } = openFolder(files, RegionSource, { missingFix: 'every region folder needs a region.yaml; copy content/regions/hollands-midden/region.yaml.' });
  const r = files.structure;
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
  settle();
  return { format: REGION_FORMAT, ...source, text };
}

export const regionSummary = (r: CompiledRegion): RegionSummary => ({
  id: r.id,
  vt: r.vt,
  title: Object.fromEntries(LOCALES.map((l) => [l, r.text[l].title])) as RegionSummary['title'],
});
