/** A problem in a content pack, told so that an author can find and fix it. */
export interface PackError {
  /** Path of the source file, relative to the project, e.g. content/algemeen/pack.yaml. */
  file: string;
  /** Dotted path to the field inside that file, e.g. kader.nodes.a3.answers.1.next. */
  field: string;
  message: string;
  fix: string;
}

export function formatPackError(e: PackError): string {
  return `${e.file} → ${e.field || '(whole file)'}: ${e.message}\n  Fix: ${e.fix}`;
}

export class PackValidationError extends Error {
  override name = 'PackValidationError';
  constructor(readonly errors: PackError[]) {
    super(`Content pack is invalid (${errors.length} problem${errors.length === 1 ? '' : 's'}):\n${errors.map(formatPackError).join('\n')}`);
  }
}

/** Collects errors for one file, so that one build run reports every problem at once. */
export class FileChecker {
  readonly errors: PackError[] = [];
  constructor(readonly file: string) {}

  fail(field: string, message: string, fix: string): undefined {
    this.errors.push({ file: this.file, field, message, fix });
    return undefined;
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
