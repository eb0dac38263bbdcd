import { useCallback, useEffect, useState } from 'preact/hooks';
import { loadIndex, loadPack } from '../content/load';
import type { Locale, LocalizedPack, PackSummary } from '../content/schema';

export type Loaded<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error' } | { status: 'missing' };

/** The pack list, and the pack the route asks for in the user's language, each with its loading
 * state. Both load in parallel: waiting for the list before fetching the pack would cost a round
 * trip. After a language switch the pack stays on screen in the language it has until the other
 * file is there (both are precached, so this works offline too). */
export function usePacks(packId: string | undefined, lang: Locale, loaded: { index?: PackSummary[]; pack?: LocalizedPack } = {}) {
  const [attempt, setAttempt] = useState(0);
  const [index, setIndex] = useState<Loaded<PackSummary[]>>(loaded.index ? { status: 'ready', value: loaded.index } : { status: 'loading' });
  const [packs, setPacks] = useState<Record<string, LocalizedPack>>(loaded.pack ? { [loaded.pack.id]: loaded.pack } : {});
  const [failed, setFailed] = useState<string | undefined>();

  useEffect(() => {
    if (attempt === 0 && loaded.index) return;
    setIndex({ status: 'loading' });
    loadIndex().then((value) => setIndex({ status: 'ready', value }), () => setIndex({ status: 'error' }));
  }, [attempt]);

  useEffect(() => {
    if (!packId || packs[packId]?.locale === lang) return;
    setFailed(undefined);
    loadPack(packId, lang).then((p) => setPacks((all) => ({ ...all, [p.id]: p })), () => setFailed(packId));
  }, [packId, lang, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);

  const unknown = index.status === 'ready' && !index.value.some((p) => p.id === packId);
  let pack: Loaded<LocalizedPack> = { status: 'loading' };
  if (unknown) pack = { status: 'missing' };
  else if (packId && packs[packId]) pack = { status: 'ready', value: packs[packId] };
  else if (failed === packId || index.status === 'error') pack = { status: 'error' };
  return { index, pack, retry };
}
