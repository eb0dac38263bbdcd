import { fitCase } from '../cases/fit';
import type { Case } from '../cases/types';
import type { Kader } from '../meldcode/types';
import { clip, isoTimestamp, MAX_LABEL, normaliseCase } from './restore';

/**
 * The backup file: the user's only way to move cases to another device or keep them safe, since
 * nothing leaves the device otherwise. Pure functions; the UI reads and writes the file.
 */

export const BACKUP_FORMAT = 'meldwijzer-backup';
export const BACKUP_VERSION = 1;
/** Larger files are refused unread. The UI should compare File.size with this before reading. */
export const MAX_BACKUP_BYTES = 50 * 1024 * 1024;

export type BackupError = 'not-json' | 'not-ours' | 'newer-version' | 'empty' | 'too-large';

export type ParsedBackup =
  | { ok: false; error: BackupError; /** With 'newer-version': the file's version. */ version?: number }
  | {
      ok: true;
      /** When the file was made (ISO), or null if the file does not say. */
      exportedAt: string | null;
      /** New cases, ready for addCases. */
      toAdd: Case[];
      /** Cases whose id is already on this device (or earlier in the file): the UI asks whether
       * to import them as copies (asCopy). */
      duplicates: Case[];
      /** Records that could not be read as a case at all. */
      rejected: number;
    };

export function serialiseBackup(cases: Case[], now: Date): string {
  return JSON.stringify({ format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), app: 'Meldwijzer', cases }, null, 2);
}

export function parseBackup(text: string, { existingIds }: { existingIds: Set<string> }): ParsedBackup {
  // A UTF-16 length never exceeds the UTF-8 size, so this never lets a too-large file through.
  if (text.length > MAX_BACKUP_BYTES) return { ok: false, error: 'too-large' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: 'not-json' };
  }
  if (typeof data !== 'object' || data === null || !('format' in data) || data.format !== BACKUP_FORMAT) return { ok: false, error: 'not-ours' };
  const version = 'version' in data ? data.version : undefined;
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1) return { ok: false, error: 'not-ours' };
  // A newer app may have changed what fields mean; guessing could corrupt the cases.
  if (version > BACKUP_VERSION) return { ok: false, error: 'newer-version', version };
  const records = 'cases' in data ? data.cases : undefined;
  if (!Array.isArray(records)) return { ok: false, error: 'not-ours' };
  if (records.length === 0) return { ok: false, error: 'empty' };

  const seen = new Set(existingIds);
  const toAdd: Case[] = [];
  const duplicates: Case[] = [];
  let rejected = 0;
  for (const record of records) {
    const c = normaliseCase(record);
    if (!c) rejected++;
    else if (seen.has(c.id)) duplicates.push(c);
    else {
      seen.add(c.id);
      toAdd.push(c);
    }
  }
  const exportedAt = 'exportedAt' in data ? isoTimestamp(data.exportedAt) || null : null;
  return { ok: true, exportedAt, toAdd, duplicates, rejected };
}

export type ReadBackup = Extract<ParsedBackup, { ok: true }>;
export type FittedBackup = ReadBackup & { trimmed: number };

/**
 * The cases of a read backup with every afwegingskader walk fitted to its pack (fitCase), so no
 * imported case can make opening it throw. Cases of a pack not at hand stay as they are; they are
 * fitted when opened. `trimmed` counts the cases that lose answers, for the preview to say so.
 */
export function fitBackup(read: ReadBackup, kaders: Map<string, Kader>): FittedBackup {
  let trimmed = 0;
  const fit = (c: Case) => {
    const kader = kaders.get(c.packId);
    if (!kader) return c;
    const { fitted, dropped } = fitCase(c, kader);
    if (dropped > 0) trimmed++;
    return fitted;
  };
  return { ...read, toAdd: read.toAdd.map(fit), duplicates: read.duplicates.map(fit), trimmed };
}

/** The case under a new id, its label marked as a copy (a long label is cut so the mark still fits).
 * The UI passes the suffix in the user's language. */
export function asCopy(c: Case, newId: string = crypto.randomUUID(), suffix = ' (kopie)'): Case {
  return { ...c, id: newId, label: clip(c.label, MAX_LABEL - suffix.length) + suffix };
}
