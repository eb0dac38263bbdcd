import { useCallback, useEffect, useState } from 'preact/hooks';
import { loadRoute, MissingContent } from '../content/load';
import type { CompiledRoute } from '../content/schema';
import type { Loaded } from './usePacks';

/** A special route's content: given when the first screen loaded it, else fetched. */
export function useSpecialRoute(id: string | undefined, first?: CompiledRoute) {
  const [attempt, setAttempt] = useState(0);
  const [loaded, setLoaded] = useState<Record<string, Loaded<CompiledRoute>>>(first ? { [first.id]: { status: 'ready', value: first } } : {});
  const current = id ? loaded[id] : undefined;
  useEffect(() => {
    if (!id || current?.status === 'ready') return;
    setLoaded((all) => ({ ...all, [id]: { status: 'loading' } }));
    loadRoute(id).then(
      (value) => setLoaded((all) => ({ ...all, [id]: { status: 'ready', value } })),
      (e) => setLoaded((all) => ({ ...all, [id]: { status: e instanceof MissingContent ? 'missing' : 'error' } })),
    );
  }, [id, attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { special: current ?? ({ status: 'loading' } as Loaded<CompiledRoute>), retry };
}
