import { useEffect, useState } from 'preact/hooks';
import { loadIndex, loadPack, loadRoute, loadRouteList } from '../content/load';
import type { Locale, Verantwoording } from '../content/schema';
import { verantwoording } from '../content/verantwoording';
import { t } from '../i18n';
import { LoadError } from '../ui/LoadError';
import { VerantwoordingScreen } from '../ui/VerantwoordingScreen';
import type { Loaded } from './usePacks';

/** Every pack and route, from the files the service worker already keeps (nothing is precached
 * twice): the pack list, each pack in the user's language, the route list and each route. */
export async function loadVerantwoording(lang: Locale): Promise<Verantwoording> {
  const [index, list] = await Promise.all([loadIndex(), loadRouteList()]);
  const ids = list.map((r) => r.id);
  const [packs, routes] = await Promise.all([Promise.all(index.map((p) => loadPack(p.id, lang))), Promise.all(ids.map(loadRoute))]);
  return verantwoording(index, packs, routes);
}

/** The Verantwoording screen with its content: given when the first screen loaded it, else
 * loaded here. Loaded on first use, so neither the screen nor its loading is in the shell. A
 * language switch needs no reload: titles come in every language, the rest is written once. */
export function VerantwoordingRoute({ first, lang }: { first?: Verantwoording; lang: Locale }) {
  const [attempt, setAttempt] = useState(0);
  const [all, setAll] = useState<Loaded<Verantwoording>>(first ? { status: 'ready', value: first } : { status: 'loading' });
  useEffect(() => {
    if (all.status === 'ready') return;
    setAll({ status: 'loading' });
    loadVerantwoording(lang).then((value) => setAll({ status: 'ready', value }), () => setAll({ status: 'error' }));
  }, [attempt]);
  if (all.status === 'ready') return <VerantwoordingScreen all={all.value} lang={lang} />;
  if (all.status === 'loading') return <p role="status">{t('load.loading')}</p>;
  return <LoadError onRetry={() => setAttempt((n) => n + 1)} />;
}
