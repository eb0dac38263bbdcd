import type { Locale } from '../content/schema';
import { loadIndex, loadRouteList } from '../content/load';
import { loadPracticeIndex } from '../practice/load';
import { useLoaded } from '../practice/useLoaded';
import { t } from '../i18n';
import { LoadError } from './LoadError';
import { PracticeListScreen } from './PracticeListScreen';

/** /oefenen/ with its content: the practice index, and the pack and route names beside it
 * (without those the list still shows, with ids). */
export function PracticeList({ lang }: { lang: Locale }) {
  const index = useLoaded(loadPracticeIndex, 'index');
  const names = useLoaded(() => Promise.all([loadIndex(), loadRouteList()]).catch(() => [undefined, undefined] as const), 'names');
  if (index.status === 'loading') return <p role="status">{t('load.loading')}</p>;
  if (index.status !== 'ready') return <LoadError onRetry={index.retry} />;
  const [packs, routes] = names.status === 'ready' ? names.value : [];
  return <PracticeListScreen index={index.value} packs={packs} routes={routes} lang={lang} />;
}
