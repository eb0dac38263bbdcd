import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { loadCaseStrings, t } from '../i18n';

export type LazyComponent<P extends object> = ComponentType<P> & {
  /** Loads the code (and strings) now, so that the first render shows the screen itself. */
  preload(): Promise<void>;
};

/** A component whose code loads on first use, together with the strings of the screens beyond
 * the start screen (unless `caseStrings` is false). Bundle-size sensitive: screens that only some users reach stay out of the
 * initial JavaScript. The service worker precaches every chunk, so this works offline too. */
export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>, { caseStrings = true } = {}): LazyComponent<P> {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  const start = () => (pending ??= Promise.all([load(), caseStrings ? loadCaseStrings() : undefined]).then(([c]) => (loaded = c)));
  function Lazy(props: P) {
    const [component, setComponent] = useState(() => loaded);
    // Start loading while rendering, not after paint: on a deep link every frame counts.
    if (!component) start();
    useEffect(() => {
      if (component || !pending) return;
      let live = true;
      pending.then((c) => live && setComponent(() => c), () => undefined);
      return () => { live = false; };
    }, []);
    if (!component) return <p role="status">{t('load.loading')}</p>;
    const Component = component;
    return <Component {...props} />;
  }
  return Object.assign(Lazy, { preload: () => start().then(() => undefined) });
}
