import { getJson } from '../content/load';
import type { Directory } from './types';

let loading: Promise<Directory> | undefined;

/** The Veilig Thuis directory (packs/veilig-thuis.json, precached), read once per page. A failed
 * read is not kept: the next call tries again. */
export function loadDirectory(): Promise<Directory> {
  loading ??= getJson('packs/veilig-thuis.json').then((data) => {
    const d = data as Directory;
    if (!d || !Array.isArray(d.regions) || !Array.isArray(d.gemeenten)) throw new Error('packs/veilig-thuis.json: not a directory');
    return d;
  });
  loading.catch(() => { loading = undefined; });
  return loading;
}
