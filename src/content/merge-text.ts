// Build time only: how a pack's wording is laid over the wording it extends.
import { isRecord } from './errors';

/**
 * `over` laid over `under`, map by map: a pack that rewords one answer of a question keeps the
 * texts of the other answers. Texts and lists (an explanation's paragraphs) are replaced whole.
 */
export function mergeText<T>(under: T, over: unknown): T {
  if (!isRecord(under) || !isRecord(over)) return (over === undefined ? under : over) as T;
  const out: Record<string, unknown> = { ...under };
  for (const [key, value] of Object.entries(over)) out[key] = mergeText(under[key], value);
  return out as T;
}

/** The dotted paths of every text and list in `value`, e.g. kader.nodes.a1.answers.ja. */
export function leafPaths(value: unknown, path: string[] = []): string[] {
  if (!isRecord(value)) return [path.join('.')];
  return Object.entries(value).flatMap(([key, v]) => leafPaths(v, [...path, key]));
}

/** The value at a dotted path, or undefined. */
export function at(value: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((v, key) => (isRecord(v) ? v[key] : undefined), value);
}
