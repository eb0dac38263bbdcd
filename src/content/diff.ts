// What a pack file says beside the base file (packs/base.<locale>.json): only what differs.
// Five packs repeating the whole national meldcode cost the precache 40 KB gzipped; a new pack now
// costs what it changes. `diff` runs at build time, `applyDiff` in the app (load.ts).

type Json = unknown;

const isMap = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);

function same(a: Json, b: Json): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => same(x, b[i]));
  if (isMap(a) && isMap(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => k in b && same(a[k], b[k]));
  }
  return false;
}

/**
 * `to` as changes to `from`, map by map: a key whose value is the same is left out, a key `to`
 * no longer has is `null`, a list or text that differs is given whole (lists of items keep their
 * order and ids that way). Content never holds `null` itself, so it can mean "removed".
 */
export function diff(from: Json, to: Json): Json {
  if (!isMap(from) || !isMap(to)) return to;
  const out: Record<string, Json> = {};
  for (const [k, v] of Object.entries(to)) if (!(k in from) || !same(from[k], v)) out[k] = diff(from[k], v);
  for (const k of Object.keys(from)) if (!(k in to)) out[k] = null;
  return out;
}

/** The inverse of `diff`: applyDiff(from, diff(from, to)) deep-equals `to`. */
export function applyDiff(from: Json, changes: Json): Json {
  if (!isMap(from) || !isMap(changes)) return changes;
  const out: Record<string, Json> = { ...from };
  for (const [k, v] of Object.entries(changes)) {
    // Own keys only: a file's "__proto__" is a key like any other, never the prototype.
    if (v === null) delete out[k];
    else Object.defineProperty(out, k, { value: applyDiff(Object.hasOwn(from, k) ? from[k] : undefined, v), enumerable: true, writable: true, configurable: true });
  }
  return out;
}
