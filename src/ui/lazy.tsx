import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { loadStrings, t, type StringsPart } from '../i18n';

export type LazyComponent<P extends object> = ComponentType<P> & {
  /** Loads the code (and strings) now, so that the first render shows the screen itself. */
  preload(): Promise<void>;
};

/** A component whose code loads on first use, together with the strings its screens need
 * (default: those of the case screens). `quiet`: nothing, not 'loading', until it is there
 * (for messages that come late, like an update). Bundle-size sensitive: screens that only some users
 * reach stay out of the initial JavaScript. The service worker precaches every chunk and string
 * file, so this works offline too. */
export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>, { strings = ['cases'] as StringsPart[], quiet = false } = {}): LazyComponent<P> {
  let loaded: ComponentType<P> | undefined;
  let code: Promise<ComponentType<P>> | undefined;
  // Strings are asked for on every start: loading is cached per i18n instance, and the
  // prerender makes a fresh instance for every page.
  let pending: Promise<ComponentType<P>> | undefined;
  const start = () => (pending = Promise.all([code ??= load(), ...strings.map(loadStrings)]).then(([c]) => (loaded = c)));
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
    // A quiet one (a late message, not a screen) shows nothing until it is there.
    if (!component) return quiet ? null : <p role="status">{t('load.loading')}</p>;
    const Component = component;
    return <Component {...props} />;
  }
  return Object.assign(Lazy, { preload: () => start().then(() => undefined) });
}
