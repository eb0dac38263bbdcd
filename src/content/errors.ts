/** A problem in content, told so that an author can find and fix it. */
export interface PackError {
  /** Path of the source file, relative to the project, e.g. content/packs/algemeen/pack.yaml. */
  file: string;
  /** Dotted path to the field inside that file, e.g. kader.nodes.a3.answers.1.next. */
  field: string;
  message: string;
  fix: string;
  /** Where in the file (1-based), when the YAML parser knows: editors jump to file:line:column. */
  line?: number;
  column?: number;
}

export function formatPackError(e: PackError): string {
  const at = e.line ? `:${e.line}:${e.column ?? 1}` : '';
  return `${e.file}${at} → ${e.field || '(whole file)'}: ${e.message}\n  Fix: ${e.fix}`;
}

export class PackValidationError extends Error {
  override name = 'PackValidationError';
  constructor(readonly errors: PackError[]) {
    super(`Content is invalid (${errors.length} problem${errors.length === 1 ? '' : 's'}):\n${errors.map(formatPackError).join('\n')}`);
  }
}

export function describe(value: unknown): string {
  if (value === null) return 'nothing (null)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === 'object') return 'a group of fields';
  return `${typeof value} ${String(value)}`;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
