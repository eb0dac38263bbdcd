// App side: loading one explainer or conversation exercise (packs/explainers/<id>.json,
// packs/conversations/<id>.json). Here until P2's src/practice/load.ts lands with the same two
// functions; then the screens can import from there and this file goes.
import { getJson, MissingContent } from '../content/load';
import type { Conversation, Explainer } from './types';

/** null: no such explainer (a wrong address); a network problem throws. */
export async function loadExplainer(id: string): Promise<Explainer | null> {
  const value = await item('explainers', id);
  if (value === null) return null;
  const e = value as Explainer;
  if (e?.id !== id || !e.text || !Array.isArray(e.sources)) throw new Error(`packs/explainers/${id}.json: not an explainer`);
  return e;
}

/** null: no such conversation exercise; a network problem throws. */
export async function loadConversation(id: string): Promise<Conversation | null> {
  const value = await item('conversations', id);
  if (value === null) return null;
  const c = value as Conversation;
  if (c?.id !== id || !c.text || !c.nodes?.[c.start]) throw new Error(`packs/conversations/${id}.json: not a conversation`);
  return c;
}

/** Offline the service worker has every real item but answers an unknown one with a network
 * error, not a 404: the list (precached too) tells a wrong address from a failed fetch. */
async function item(kind: 'explainers' | 'conversations', id: string): Promise<unknown> {
  try {
    return await getJson(`packs/${kind}/${encodeURIComponent(id)}.json`);
  } catch (e) {
    if (e instanceof MissingContent) return null;
    const list = await getJson(`packs/${kind}.json`).catch(() => null);
    if (Array.isArray(list) && !list.some((x) => x?.id === id)) return null;
    throw e;
  }
}
