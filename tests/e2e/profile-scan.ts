import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Unique strings to type into case fields, so a scan of the disk can look for exactly them.
 * Each is random on its own: markers that shared a part could be stored compressed (Snappy in
 * LevelDB and in Firefox's IndexedDB) as a reference to an earlier one, and hide from the scan. */
export function markers<K extends string>(fields: readonly K[]): Record<K, string> {
  return Object.fromEntries(fields.map((f) => [f, `Q${randomBytes(6).toString('hex')}Z`])) as Record<K, string>;
}

/** Firefox writes its session files as mozLz4: a magic, the size, then one LZ4 block. Reading
 * through it matters, because that is where Firefox keeps the state of form fields. */
const MOZ_LZ4 = Buffer.from('mozLz40\0', 'latin1');

function lz4Block(src: Buffer, size: number): Buffer {
  const out = Buffer.alloc(size);
  let i = 0;
  let o = 0;
  const length = (n: number) => {
    if (n !== 15) return n;
    let b: number;
    do { b = src[i++]!; n += b; } while (b === 255);
    return n;
  };
  while (i < src.length) {
    const token = src[i++]!;
    const literals = length(token >> 4);
    src.copy(out, o, i, i + literals);
    i += literals;
    o += literals;
    if (i >= src.length) break;
    const offset = src[i]! | (src[i + 1]! << 8);
    i += 2;
    const matched = length(token & 15) + 4;
    for (let k = 0; k < matched; k++, o++) out[o] = out[o - offset]!;
  }
  return out.subarray(0, o);
}

function readable(bytes: Buffer): Buffer[] {
  if (bytes.length < 12 || !bytes.subarray(0, 8).equals(MOZ_LZ4)) return [bytes];
  return [bytes, lz4Block(bytes.subarray(12), bytes.readUInt32LE(8))];
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    // Sockets and links (Chromium's Singleton*) are not files the browser wrote data into.
    return entry.isDirectory() ? files(path) : entry.isFile() ? [path] : [];
  });
}

/** Every file under `dir` that holds one of the markers as UTF-8 or UTF-16LE text, as
 * "marker (encoding) in relative/path": empty when the disk holds none of them. */
export function scanProfile(dir: string, found: Record<string, string>): string[] {
  const needles = Object.entries(found).flatMap(([field, text]) => (['utf8', 'utf16le'] as const).map((encoding) => ({ field, encoding, bytes: Buffer.from(text, encoding) })));
  const hits = new Set<string>();
  for (const path of files(dir)) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch {
      continue; // Removed while we walked: nothing left to leak.
    }
    for (const content of readable(bytes)) {
      for (const n of needles) if (content.includes(n.bytes)) hits.add(`${n.field} (${n.encoding}) in ${relative(dir, path)}`);
    }
  }
  return [...hits].sort();
}
