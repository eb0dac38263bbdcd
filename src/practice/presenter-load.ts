import { getJson } from '../content/load';
import type { PracticeCase } from './types';

/**
 * A minimal loader for the presenter view until src/practice/load.ts (practice mode) lands:
 * packs/practice/<id>.json, checked for what the presenter reads. A file that is not there
 * throws MissingContent (a not-found screen); one of the wrong shape is a load error.
 */
export async function loadPresenterCase(id: string): Promise<PracticeCase> {
  const file = (await getJson(`packs/practice/${encodeURIComponent(id)}.json`)) as Partial<PracticeCase> | null;
  const ok = file?.id === id && typeof file.pack === 'string' && Array.isArray(file.expert) && Array.isArray(file.signals)
    && typeof file.text === 'object' && file.text !== null && Object.values(file.text).every((t) => typeof t?.title === 'string' && Array.isArray(t.situation));
  if (!ok) throw new Error(`packs/practice/${id}.json: not a practice case`);
  return file as PracticeCase;
}
