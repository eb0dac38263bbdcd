import type { Case } from './types';

const MAX_LABEL = 80; // as storage/restore.ts keeps labels

/** The case under a new id, its label marked as a copy (cut so the mark always fits, never
 * splitting an emoji). */
export function copyOf(c: Case, id: string, suffix = ' (kopie)'): Case {
  let label = c.label.slice(0, MAX_LABEL - suffix.length);
  if (/[\uD800-\uDBFF]$/.test(label)) label = label.slice(0, -1);
  return { ...c, id, label: label + suffix };
}
