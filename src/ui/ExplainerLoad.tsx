import { useEffect, useState } from 'preact/hooks';

// Shared by the explainer and the conversation exercise screens (named Explainer* to stay out of
// the practice-mode screens' files, src/ui/Practice*.tsx).
/** What a practice screen's content is while loading: undefined (loading), 'missing' (no such
 * item: not found), 'error' (it could not be fetched), or the item. */
export type Loaded<T> = T | undefined | 'missing' | 'error';

export function useLoaded<T>(id: string, load: (id: string) => Promise<T | null>): Loaded<T> {
  const [value, setValue] = useState<Loaded<T>>(undefined);
  useEffect(() => {
    let live = true;
    setValue(undefined);
    load(id).then((v) => live && setValue(v ?? 'missing'), () => live && setValue('error'));
    return () => { live = false; };
  }, [id, load]);
  return value;
}
