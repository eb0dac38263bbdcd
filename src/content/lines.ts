// Build time only: content/lines/, the national lines, checked and compiled into packs/lines.json.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PackValidationError } from './errors';
import { fillFile } from './fill';
import { LINES_FORMAT, type CompiledLines, type Line, type LineText } from './lines-types';
import { LOCALES, type Locale, type RouteSummary } from './schema';
import { LinesSource, LinesText, LinesTranslation } from './schemas/lines';
import { localeFiles, SourceFile } from './source-file';

interface Wording { intro: string; lines: Record<string, LineText> }

/** `routes`: the special routes there are (their ids and titles); a line naming another is an error.
 * Undefined when the routes themselves failed: their errors say why, and the ids are not checked.
 * Null when the folder has no lines.yaml (a test's content folder). */
export function compileLines(dir: string, name: string, routes: RouteSummary[] | undefined): CompiledLines | null {
  const structure = new SourceFile(join(dir, 'lines.yaml'), `${name}/lines.yaml`);
  if (!existsSync(dir) || !structure.exists) return null;
  const texts = localeFiles(dir, name);
  const all = [structure, ...Object.values(texts)];
  const failed = () => new PackValidationError(all.flatMap((f) => f.errors));
  if (all.some((f) => f.errors.length > 0)) throw failed();
  const source = structure.check(LinesSource);
  if (!source) throw failed();

  const ids = source.lines.map((l) => l.id);
  const routeIds = routes?.map((r) => r.id);
  source.lines.forEach((line, i) => {
    if (ids.indexOf(line.id) !== i) structure.fail(['lines', i, 'id'], `"${line.id}" is used twice`, 'give every line its own id.');
    if (line.kind === 'phone' && !line.phones?.length) structure.fail(['lines', i, 'phones'], 'is missing: a phone line needs its number', 'add "phones: [\\"0800-2000\\"]" with the number a source gives, or use kind: web.');
    if (line.kind !== 'web' && line.allDay === undefined) structure.fail(['lines', i, 'allDay'], 'is missing: say whether the line is open day and night', 'write "allDay: true" when a source says 24/7, else "allDay: false" and give "hours" in nl.yaml and en.yaml.');
    line.routes.forEach((r, j) => {
      if (routeIds && !routeIds.includes(r)) structure.fail(['lines', i, 'routes', j], `"${r}" is not a route`, `use one of: ${routeIds.join(', ') || '(there are no routes)'}; or add the folder content/routes/${r}/.`);
    });
  });

  const def = texts[source.defaultLocale];
  if (!def.exists) def.fail([], 'is missing', 'add nl.yaml with intro and, per line, name and for.');
  const base = (def.exists ? def.check(LinesText) : undefined) as Wording | undefined;
  const text = {} as Record<Locale, Wording>;
  if (base) {
    for (const id of ids) if (!base.lines[id]) def.fail(['lines', id], 'is missing', `add the wording of "${id}": name and for.`);
    for (const id of Object.keys(base.lines)) if (!ids.includes(id)) def.fail(['lines', id], `"${id}" is not a line of lines.yaml`, `use one of: ${ids.join(', ')}.`);
    // Hours are part of the number: a line that is not open day and night says when it is.
    source.lines.forEach((line) => {
      if (line.kind !== 'web' && line.allDay === false && base.lines[line.id] && !base.lines[line.id]!.hours) {
        def.fail(['lines', line.id, 'hours'], 'is missing: lines.yaml says the line is not open day and night', 'add "hours:" as the owner states them, e.g. "Werkdagen 9.00–17.00 uur."');
      }
    });
    text[source.defaultLocale] = base;
    for (const locale of LOCALES) {
      if (locale === source.defaultLocale) continue;
      const file = texts[locale];
      if (file.exists) file.check(LinesTranslation);
      for (const id of Object.keys((file.value as { lines?: object } | undefined)?.lines ?? {})) if (!ids.includes(id)) file.fail(['lines', id], `"${id}" is not a line of lines.yaml`, `use one of: ${ids.join(', ')}.`);
      // Missing wording falls back to Dutch here; the content linter does not let that ship.
      text[locale] = fillFile(file.value, base as unknown as Record<string, unknown>, { fellBack: [], unknownItem: () => undefined }) as typeof base;
    }
  }
  if (all.some((f) => f.errors.length > 0) || !base) throw failed();

  const lines: Line[] = source.lines.map((l) => ({
    id: l.id,
    kind: l.kind,
    phones: (l.phones ?? []).map((number) => ({ number, tel: number.replace(/\D/g, '') })),
    allDay: l.allDay ?? false,
    free: l.free ?? false,
    callers: l.callers,
    always: l.always ?? false,
    website: l.website,
    routes: l.routes,
    reviewed: l.reviewed,
    sources: l.sources,
    review: l.review,
    text: Object.fromEntries(LOCALES.map((loc) => [loc, text[loc].lines[l.id] as LineText])) as Record<Locale, LineText>,
  }));
  const used = new Set(lines.flatMap((l) => l.routes));
  return {
    format: LINES_FORMAT,
    defaultLocale: source.defaultLocale,
    reviewed: source.reviewed,
    review: source.review,
    intro: Object.fromEntries(LOCALES.map((loc) => [loc, text[loc].intro])) as Record<Locale, string>,
    routes: (routes ?? []).filter((r) => used.has(r.id)).map((r) => ({ id: r.id, title: r.title })),
    lines,
  };
}
