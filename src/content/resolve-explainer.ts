// Build time only: content/explainers/<id>/, one explainer for the training. Checked like a
// region: every section cites sources of explainer.yaml, the text is complete in every language,
// and each language has the same sections (citing the same sources) and the same review points.
import { LOCALES, type Locale } from './schema';
import { ExplainerSource, ExplainerText } from './schemas/explainer';
import { openFolder, readFolderFiles, shownInEveryLanguage, type FolderFiles } from './resolve-folder';
import type { Explainer } from '../practice/types';

export function readExplainerFiles(explainersDir: string, folder: string, name = `content/explainers/${folder}`): FolderFiles {
  return readFolderFiles(explainersDir, folder, 'explainer', name);
}

export function compileExplainer(files: FolderFiles): Explainer {
  const { source, settle } = openFolder(files, ExplainerSource, {
    missingFix: 'every explainer folder needs an explainer.yaml; see content/README.md, "Uitleg".',
    unlisted: shownInEveryLanguage('an explainer'),
  });
  const e = files.structure;
  const ids = source.sources.map((s) => s.id);
  ids.forEach((id, i) => { if (ids.indexOf(id) !== i) e.fail(['sources', i, 'id'], `"${id}" is used twice`, 'give every source its own id.'); });

  const text = {} as Record<Locale, ExplainerText>;
  for (const locale of LOCALES) {
    const file = files.texts[locale];
    if (!file.exists) {
      file.fail([], `is missing: an explainer needs its ${locale} text`, `add ${locale}.yaml with title, summary, sections and review.`);
      continue;
    }
    const value = file.check(ExplainerText);
    if (!value) continue;
    value.sections.forEach((s, i) => s.sources.forEach((id, j) => {
      if (!ids.includes(id)) file.fail(['sections', i, 'sources', j], `"${id}" is not a source of explainer.yaml`, `use one of: ${ids.join(', ')}; or add the source to explainer.yaml.`);
    }));
    text[locale] = value;
  }
  // Every language tells the same thing: the same sections, citing the same sources, and the same review points.
  const [first, ...others] = LOCALES.filter((l) => text[l]);
  for (const l of others) {
    const a = text[first!], b = text[l], file = files.texts[l];
    if (a.sections.length !== b.sections.length) file.fail(['sections'], `has ${b.sections.length} sections, ${first}.yaml has ${a.sections.length}`, 'translate every section, one for one.');
    else b.sections.forEach((s, i) => {
      if (s.sources.join() !== a.sections[i]!.sources.join()) file.fail(['sections', i, 'sources'], `cites [${s.sources.join(', ')}], ${first}.yaml cites [${a.sections[i]!.sources.join(', ')}]`, 'a translation cites the same sources as the original.');
    });
    if (a.review.length !== b.review.length) file.fail(['review'], `has ${b.review.length} points, ${first}.yaml has ${a.review.length}`, 'translate every review point, one for one.');
  }
  settle();
  return {
    id: source.id,
    version: source.version,
    reviewed: source.reviewed,
    locales: source.locales,
    sources: source.sources,
    review: Object.fromEntries(LOCALES.map((l) => [l, text[l].review])) as Explainer['review'],
    text: Object.fromEntries(LOCALES.map((l) => [l, { title: text[l].title, summary: text[l].summary, sections: text[l].sections }])) as Explainer['text'],
  };
}
