// Build time only (Node): one YAML source file, parsed with positions, so every problem can
// name its line and column.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { z } from 'zod';
import { describe, isRecord, type PackError } from './errors';
import { LOCALES, type Locale } from './schema';

export class SourceFile {
  readonly errors: PackError[] = [];
  /** The parsed value; undefined when the file is missing or is not valid YAML. */
  value: unknown;
  readonly exists: boolean;
  private doc: Document | undefined;
  private lines = new LineCounter();

  /** `name` is how messages name the file, e.g. content/base/nl.yaml. */
  constructor(readonly path: string, readonly name: string, text?: string) {
    const source = text ?? (existsSync(path) ? readFileSync(path, 'utf8') : undefined);
    this.exists = source !== undefined;
    if (source === undefined) return;
    const doc = parseDocument(source, { uniqueKeys: true, lineCounter: this.lines, prettyErrors: false });
    const bad = doc.errors[0];
    if (bad) {
      const { line, col } = this.lines.linePos(bad.pos[0]);
      this.errors.push({ file: name, field: '', line, column: col, message: `is not valid YAML: ${bad.message.split('\n')[0]}`, fix: 'check the indentation and put quotes around text that contains a colon.' });
      return;
    }
    this.doc = doc;
    this.value = doc.toJS();
  }

  /** Records a problem at a field, with the line and column of that field when it exists
   * (or of the nearest enclosing one, for a field that is missing). */
  fail(path: readonly PropertyKey[], message: string, fix: string): undefined {
    const pos = this.position(path);
    this.errors.push({ file: this.name, field: path.map(String).join('.'), ...pos, message, fix });
    return undefined;
  }

  /** Checks the value against a schema; every issue becomes a PackError. Returns the parsed
   * value when there was none. */
  check<S extends z.ZodType>(schema: S, value: unknown = this.value, at: PropertyKey[] = []): z.output<S> | undefined {
    const result = schema.safeParse(value, { error: () => '' });
    if (result.success) return result.data;
    for (const issue of result.error.issues) this.issue(issue, value, at);
    return undefined;
  }

  private issue(issue: z.core.$ZodIssue, root: unknown, at: PropertyKey[]) {
    const path = [...at, ...issue.path];
    const value = valueAt(root, issue.path);
    switch (issue.code) {
      case 'unrecognized_keys':
        for (const key of issue.keys) this.fail([...path, key], unknownWhat(path, key), issue.message || 'remove it or check the spelling.');
        return;
      case 'invalid_type':
        if (value === undefined) return this.fail(path, 'is missing', issue.message || `add "${String(path.at(-1))}:" (see content/README.md).`);
        return this.fail(path, `expected ${WORDS[issue.expected] ?? issue.expected}, got ${describe(value)}`, issue.message || 'see content/README.md for the form of this field.');
      case 'invalid_value':
        return this.fail(path, `${describe(value)} is not allowed`, issue.message || `use one of: ${issue.values.map(String).join(', ')}.`);
      case 'invalid_union':
        if (issue.discriminator) return this.fail(path, `${describe(value)} is not allowed`, issue.message || `use one of: ${((issue as { options?: unknown[] }).options ?? []).map(String).join(', ')}.`);
        return this.fail(path, `does not have the form of any of the allowed kinds (got ${describe(value)})`, issue.message || 'see content/README.md.');
      case 'invalid_key':
        return this.fail(path, `"${String(path.at(-1))}" is not a valid name`, 'use lower-case letters, digits and dashes.');
      case 'too_small':
        return this.fail(path, Array.isArray(value) ? 'is an empty list' : 'is empty', issue.message || 'fill it in, or leave the field out.');
      default:
        return this.fail(path, typeof value === 'string' ? `"${value}" has the wrong form` : `${describe(value)} has the wrong form`, issue.message || 'see content/README.md.');
    }
  }

  private position(path: readonly PropertyKey[]): { line?: number; column?: number } {
    let node: Node | undefined = this.doc?.contents ?? undefined;
    let found = node;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
        if (!pair) break;
        // The value when there is one; the key for a key without a value.
        node = (pair.value as Node | null) ?? (pair.key as Node);
        found = node.range ? node : (pair.key as Node);
      } else if (isSeq(node)) {
        const item = node.items[Number(segment)] as Node | undefined;
        if (!item) break;
        node = found = item;
      } else break;
    }
    const offset = found?.range?.[0];
    if (offset === undefined) return {};
    const { line, col } = this.lines.linePos(offset);
    return { line, column: col };
  }
}

const WORDS: Record<string, string> = { string: 'text', array: 'a list', object: 'a group of fields', number: 'a number', boolean: 'true or false' };

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v = root;
  for (const p of path) v = isRecord(v) || Array.isArray(v) ? (v as Record<PropertyKey, unknown>)[p as string] : undefined;
  return v;
}

function unknownWhat(at: readonly PropertyKey[], key: string): string {
  const parent = at.map(String).join('.');
  if (parent === 'steps') return `unknown step "${key}": the meldcode has steps 1 to 5`;
  return 'unknown field';
}

/** The text files of a content folder, one per language (`<dir>/nl.yaml`, …), named `<name>/nl.yaml`
 * in messages. Every collection (base, packs, routes) keeps its wording this way. */
export function localeFiles(dir: string, name: string): Record<Locale, SourceFile> {
  return Object.fromEntries(LOCALES.map((l) => [l, new SourceFile(join(dir, `${l}.yaml`), `${name}/${l}.yaml`)])) as Record<Locale, SourceFile>;
}
