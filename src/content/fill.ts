// Build time only: a translation filled from the default language, field by field.
import { isRecord } from './errors';

export interface FillReport {
  /** Paths that were missing and took the default language's text. */
  fellBack: string[];
  /** An item whose id the default language does not have. */
  unknownItem: (path: PropertyKey[], id: string) => void;
}

const isItemList = (v: unknown): v is { id: string; text: string }[] => Array.isArray(v) && v.every((x) => isRecord(x) && typeof x.id === 'string');

/**
 * Fills `tr` (a translation, possibly partial) from `def` (the default language): a missing
 * field takes the default's value and its path is reported. Items are matched by id, so a
 * translation never attaches a text to another item. Fields only the translation has are kept;
 * the callers check them (a node or answer the kader does not have, for example).
 */
export function fill(tr: unknown, def: unknown, path: PropertyKey[], report: FillReport): unknown {
  if (tr === undefined) {
    report.fellBack.push(path.join('.'));
    return def;
  }
  if (isItemList(def) && Array.isArray(tr)) {
    const byId = new Map(tr.filter(isRecord).map((x) => [x.id, x]));
    tr.forEach((x, i) => { if (isRecord(x) && !def.some((d) => d.id === x.id)) report.unknownItem([...path, i, 'id'], String(x.id)); });
    return def.map((d) => {
      const own = byId.get(d.id);
      if (own === undefined) report.fellBack.push([...path, d.id].join('.'));
      return own === undefined ? d : { ...d, text: own.text };
    });
  }
  if (Array.isArray(def) || !isRecord(def) || !isRecord(tr)) return tr;
  const out: Record<string, unknown> = { ...tr };
  for (const key of Object.keys(def)) out[key] = fill(tr[key], def[key], [...path, key], report);
  return out;
}

/** A whole file: a missing file is an empty one, so each top-level field is reported. */
export function fillFile(tr: unknown, def: Record<string, unknown>, report: FillReport): unknown {
  return fill(tr ?? {}, def, [], report);
}
