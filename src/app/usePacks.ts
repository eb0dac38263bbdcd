import { useCallback, useEffect, useState } from 'preact/hooks';
import { loadIndex, loadPack } from '../content/load';
import type { Locale, LocalizedPack, PackSummary } from '../content/schema';

export type Loaded<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error' } | { status: 'missing' };

const key = (id: string, lang: Locale) => `${id}.${lang}`;

/** The pack list, and the pack the route asks for in the user's language, each with its loading
 * state. Both load in parallel: waiting for the list before fetching the pack would cost a round
 * trip. After a language switch the pack stays on screen in the language it has until the other
 * file is there (both are precached, so offline too). */
export function usePacks(packId: string | undefined, lang: Locale, loaded: { index?: PackSummary[]; pack?: LocalizedPack } = {}) {
  const [attempt, setAttempt] = useState(0);
  const [index, setIndex] = useState<Loaded<PackSummary[]>>(loaded.index ? { status: 'ready', value: loaded.index } : { status: 'loading' });
  const [packs, setPacks] = useState<Record<string, LocalizedPack>>(loaded.pack ? { [key(loaded.pack.id, loaded.pack.locale)]: loaded.pack } : {});
  const [failed, setFailed] = useState<string | undefined>();

  useEffect(() => {
    if (attempt === 0 && loaded.index) return;
    setIndex({ status: 'loading' });
    loadIndex().then((value) => setIndex({ status: 'ready', value }), () => setIndex({ status: 'error' }));
  }, [attempt]);

  useEffect(() => {
    if (!packId || packs[key(packId, lang)]) return;
    setFailed(undefined);
    loadPack(packId, lang).then((p) => setPacks((all) => ({ ...all, [key(p.id, p.locale)]: p })), () => setFailed(key(packId, lang)));
  }, [packId, lang, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);

  const unknown = index.status === 'ready' && !index.value.some((p) => p.id === packId);
  const shown = packId ? packs[key(packId, lang)] ?? Object.values(packs).find((p) => p.id === packId) : undefined;
  let pack: Loaded<LocalizedPack> = { status: 'loading' };
  if (unknown) pack = { status: 'missing' };
  else if (shown) pack = { status: 'ready', value: shown };
  else if ((packId && failed === key(packId, lang)) || index.status === 'error') pack = { status: 'error' };
  return { index, pack, retry };
}
