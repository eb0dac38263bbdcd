import { useEffect, useState } from 'preact/hooks';
import { MissingContent, loadPack } from '../content/load';
import type { Locale, LocalizedPack } from '../content/schema';
import { t } from '../i18n';
import { loadPracticeCase } from '../practice/load';
import { primedPresenter } from '../practice/presenter-cache';
import type { PracticeCase } from '../practice/types';
import { LoadError } from './LoadError';
import { NotFound } from './NotFound';
import { PresenterView } from './PresenterView';

type Loaded = { status: 'loading' } | { status: 'missing' } | { status: 'error' } | { status: 'ready'; practice: PracticeCase; pack: LocalizedPack };

/** The presenter view of a practice case (/oefenen/<id>/presentatie/): loads the case and its
 * pack, then hands both to the slides. An unknown case is a not-found with the way to the list. */
export function Presenter({ id, lang }: { id: string; lang: Locale }) {
  // Primed on a page load and at build time: then the first render is the first slide.
  const [loaded, setLoaded] = useState<Loaded>(() => {
    const primed = primedPresenter(id, lang);
    return primed ? { status: 'ready', ...primed } : { status: 'loading' };
  });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    const primed = primedPresenter(id, lang);
    if (primed) return setLoaded({ status: 'ready', ...primed });
    let live = true;
    setLoaded({ status: 'loading' });
    loadPracticeCase(id)
      .then(async (practice) => ({ practice, pack: await loadPack(practice.pack, lang) }))
      .then(({ practice, pack }) => live && setLoaded({ status: 'ready', practice, pack }))
      .catch((e: unknown) => live && setLoaded({ status: e instanceof MissingContent ? 'missing' : 'error' }));
    return () => { live = false; };
  }, [id, lang, attempt]);

  if (loaded.status === 'loading') return <p role="status">{t('load.loading')}</p>;
  if (loaded.status === 'missing') return <NotFound />;
  if (loaded.status === 'error') return <LoadError onRetry={() => setAttempt(attempt + 1)} />;
  return <PresenterView practice={loaded.practice} pack={loaded.pack} lang={lang} />;
}
