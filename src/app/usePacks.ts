import { useCallback, useEffect, useState } from 'preact/hooks';
import { loadIndex, loadPack } from '../content/load';
import type { CompiledPack, PackSummary } from '../content/schema';

export type Loaded<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error' } | { status: 'missing' };

/** The pack list, and the pack the route asks for, each with its loading state. */
export function usePacks(packId: string | undefined) {
  const [attempt, setAttempt] = useState(0);
  const [index, setIndex] = useState<Loaded<PackSummary[]>>({ status: 'loading' });
  const [packs, setPacks] = useState<Record<string, CompiledPack>>({});
  const [packError, setPackError] = useState(false);

  useEffect(() => {
    setIndex({ status: 'loading' });
    loadIndex().then((value) => setIndex({ status: 'ready', value }), () => setIndex({ status: 'error' }));
  }, [attempt]);

  const known = index.status === 'ready' && packId !== undefined && index.value.some((p) => p.id === packId);
  useEffect(() => {
    if (!known || !packId || packs[packId]) return;
    setPackError(false);
    loadPack(packId).then((p) => setPacks((all) => ({ ...all, [p.id]: p })), () => setPackError(true));
  }, [known, packId, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);

  let pack: Loaded<CompiledPack> = { status: 'loading' };
  if (index.status === 'error' || packError) pack = { status: 'error' };
  else if (index.status === 'ready' && !known) pack = { status: 'missing' };
  else if (packId && packs[packId]) pack = { status: 'ready', value: packs[packId] };
  return { index, pack, retry };
}
