import { useEffect, useState } from 'preact/hooks';
import type { Locale, StepNumber } from '../content/schema';
import type { CaseSession } from '../cases/session';
import { loadPack } from '../content/load';
import { loadPracticeCase } from '../practice/load';
import { enterPractice, practisedCase, UnsavedRealCase } from '../practice/mode';
import { useLoaded } from '../practice/useLoaded';
import { navigate } from './navigation';
import { t } from '../i18n';
import { href, type Route } from '../routes';
import { LoadError } from '../ui/LoadError';
import { PracticeCaseScreen } from '../ui/PracticeCaseScreen';
import { NotFound } from '../ui/NotFound';

/** The practice case and its pack in the user's language (a pack that is gone: not found too). */
const loadBoth = (id: string, lang: Locale) => loadPracticeCase(id).then(async (practice) => ({ practice, pack: await loadPack(practice.pack, lang) }));

type Both = Awaited<ReturnType<typeof loadBoth>>;

/** Enters oefenmodus with this case and opens `to` (replacing the address on a deep link, so
 * Back does not come here again and loop). Resolves false when the real case's last changes
 * could not be saved (then nothing changed). */
async function start(session: CaseSession, { practice, pack }: Both, to: Route, replace: boolean): Promise<boolean> {
  try {
    await enterPractice(session, practice.id, pack);
  } catch (e) {
    if (e instanceof UnsavedRealCase) return false;
    throw e;
  }
  navigate(href(to), { replace });
  return true;
}

export function PracticeCaseRoute({ id, lang, session }: { id: string; lang: Locale; session: CaseSession }) {
  const both = useLoaded(() => loadBoth(id, lang), `${id}:${lang}`);
  const [unsaved, setUnsaved] = useState(false);
  if (both.status === 'loading') return <p role="status">{t('load.loading')}</p>;
  if (both.status === 'missing') return <NotFound />;
  if (both.status === 'error') return <LoadError onRetry={both.retry} />;
  const { practice, pack } = both.value;
  const onStart = () => void start(session, both.value, { name: 'case', pack: practice.pack }, false).then((ok) => setUnsaved(!ok));
  return <PracticeCaseScreen practice={practice} pack={pack} lang={lang} practised={practisedCase(id)} unsaved={unsaved} onStart={onStart} />;
}

/** A trainer's deep link: oefenmodus with case `id`, on the pack's own step screen. */
export function PracticeStepRoute({ id, step, lang, session }: { id: string; step: StepNumber; lang: Locale; session: CaseSession }) {
  const both = useLoaded(() => loadBoth(id, lang), `${id}:${lang}`);
  const [unsaved, setUnsaved] = useState(false);
  const ready = both.status === 'ready' ? both.value : null;
  const go = (b: Both) => void start(session, b, { name: 'step', pack: b.practice.pack, step }, true).then((ok) => setUnsaved(!ok));
  useEffect(() => { if (ready) go(ready); }, [ready]);
  if (both.status === 'missing') return <NotFound />;
  if (both.status === 'error') return <LoadError onRetry={both.retry} />;
  if (unsaved && ready) return <PracticeCaseScreen practice={ready.practice} pack={ready.pack} lang={lang} practised={null} unsaved onStart={() => go(ready)} />;
  return <p role="status">{t('load.loading')}</p>;
}
