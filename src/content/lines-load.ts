// The national lines in the app: packs/lines.json, precached by the service worker.
import { LINES_FORMAT, type CompiledLines } from './lines-types';
import { getJson } from './load';

let cached: Promise<CompiledLines> | undefined;

/** Loaded once per page; a failure is not kept, so a later screen tries again. */
export function loadLines(): Promise<CompiledLines> {
  cached ??= getJson('packs/lines.json').then((data) => {
    const lines = data as CompiledLines;
    if (lines?.format !== LINES_FORMAT || !Array.isArray(lines.lines) || !Array.isArray(lines.routes)) throw new Error('packs/lines.json: not the national lines');
    return lines;
  });
  cached.catch(() => { cached = undefined; });
  return cached;
}
