import { getJson, MissingContent } from '../content/load';
import type { Conversation, Explainer, PracticeCase, PracticeIndex } from './types';

// Training content is read like the packs (precached, so offline too). A file that is missing
// throws MissingContent (the screens say 'not found'); one of the wrong shape throws an Error.

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isList = (v: unknown): v is unknown[] => Array.isArray(v);

function checked<T>(url: string, value: unknown, ok: (v: Record<string, unknown>) => boolean): T {
  if (!isObject(value) || !ok(value)) throw new Error(`${url}: not valid training content`);
  return value as T;
}

/** The ids the app puts in a file name: content ids are lower-case-with-hyphens. */
const safeId = (id: string) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id);

async function item<T>(folder: string, id: string, ok: (v: Record<string, unknown>) => boolean): Promise<T> {
  // An address that cannot be an id is simply not there (and never reaches the network).
  if (!safeId(id)) throw new MissingContent(`packs/${folder}/${id}.json`);
  const url = `packs/${folder}/${id}.json`;
  return checked<T>(url, await getJson(url), (v) => v.id === id && isObject(v.text) && ok(v));
}

export async function loadPracticeIndex(): Promise<PracticeIndex> {
  const url = 'packs/practice.json';
  return checked<PracticeIndex>(url, await getJson(url), (v) => isList(v.cases) && isList(v.explainers) && isList(v.conversations)
    && v.cases.every((c) => isObject(c) && typeof c.id === 'string' && typeof c.pack === 'string' && isObject(c.title) && isObject(c.summary)));
}

export const loadPracticeCase = (id: string) => item<PracticeCase>('practice', id, (v) =>
  typeof v.pack === 'string' && isList(v.signals) && isList(v.expert) && isList(v.sources)
  && Object.values(v.text as object).every((t) => isObject(t) && typeof t.title === 'string' && isList(t.situation) && isList(t.step2) && isList(t.step3) && isObject(t.why) && isList(t.questions) && isList(t.mistakes)));

export const loadExplainer = (id: string) => item<Explainer>('explainers', id, (v) => isList(v.sources) && isObject(v.review));

export const loadConversation = (id: string) => item<Conversation>('conversations', id, (v) => typeof v.start === 'string' && isObject(v.nodes) && isList(v.sources));
