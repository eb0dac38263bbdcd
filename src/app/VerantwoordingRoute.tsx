import { useEffect, useState } from 'preact/hooks';
import { loadVerantwoording } from '../content/load';
import type { Locale, Verantwoording } from '../content/schema';
import { t } from '../i18n';
import { LoadError } from '../ui/LoadError';
import { VerantwoordingScreen } from '../ui/VerantwoordingScreen';
import type { Loaded } from './usePacks';

/** The Verantwoording screen with its file: given when the first screen loaded it, else fetched
 * here. Loaded on first use, so neither the screen nor the fetch is in the shell. */
export function VerantwoordingRoute({ first, lang }: { first?: Verantwoording; lang: Locale }) {
  const [attempt, setAttempt] = useState(0);
  const [all, setAll] = useState<Loaded<Verantwoording>>(first ? { status: 'ready', value: first } : { status: 'loading' });
  useEffect(() => {
    if (all.status === 'ready') return;
    setAll({ status: 'loading' });
    loadVerantwoording().then((value) => setAll({ status: 'ready', value }), () => setAll({ status: 'error' }));
  }, [attempt]);
  if (all.status === 'ready') return <VerantwoordingScreen all={all.value} lang={lang} />;
  if (all.status === 'loading') return <p role="status">{t('load.loading')}</p>;
  return <LoadError onRetry={() => setAttempt((n) => n + 1)} />;
}
