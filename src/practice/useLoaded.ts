import { useEffect, useState } from 'preact/hooks';
import { MissingContent } from '../content/load';
import type { Loaded } from '../app/usePacks';

/** What `load` resolves to, for a screen: a missing file is 'missing' (not found), any other
 * failure 'error' (try again). `retry` loads once more. */
export function useLoaded<T>(load: () => Promise<T>, key: string): Loaded<T> & { retry: () => void } {
  const [state, setState] = useState<Loaded<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    load().then(
      (value) => live && setState({ status: 'ready', value }),
      (e: unknown) => live && setState({ status: e instanceof MissingContent ? 'missing' : 'error' }),
    );
    return () => { live = false; };
  }, [key, attempt]);
  return { ...state, retry: () => setAttempt((n) => n + 1) };
}
