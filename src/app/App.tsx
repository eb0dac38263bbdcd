import { useEffect, useRef, useState } from 'preact/hooks';
import type { Locale } from '../content/schema';
import { currentLanguage, setLanguage, t, type Key } from '../i18n';
import { HelpBar } from '../ui/HelpBar';
import { PageFooter, PageHeader } from '../ui/PageHeader';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import { LoadError } from '../ui/LoadError';
import { Notices } from '../ui/Notices';
import { NotFound } from '../ui/NotFound';
import { Toasts } from '../ui/Toasts';
import { StartScreen } from '../ui/StartScreen';
import type { PackChanges } from '../ui/UpdateBanner';
import type { UpdateSource } from '../sw/register';
import { CaseBar, ConflictDialog, DataScreen, InfoScreen, InstallOffer, LocalScreen, LockScreen, PracticeScreen, SearchEntry, SearchScreen, PracticeBanner, OfflineReady, PackRoutes, RouteScreen, UpdateBanner, VerantwoordingScreen } from './screens';
import { useSpecialRoute } from './useSpecialRoute';
import type { FirstScreen } from './preload';
import { requestHeadingFocus } from '../ui/Heading';
import { forgetPrerendered } from '../ui/prerendered';
import { href, ROUTES } from '../routes';
import { readPackChoice, saveLanguage, savePackChoice } from './settings';
import type { PackRoute, Route } from '../routes';
import type { LocalRoute } from './LocalRoutes';
import type { PracticeRoute } from './PracticeRoutes';
import { useRoute } from './useRoute';
import { navigate } from './navigation';
import { usePacks } from './usePacks';
import { useSession } from './useSession';
import { useLock } from './useLock';
import { useSettings } from './useSettings';
import { useQuickHide } from './useQuickHide';
import { useIdleLock } from './useIdleLock';
import { HiddenScreen } from '../ui/HiddenScreen';
import { HideButton } from '../ui/HideButton';
import { useOnline } from './useOnline';
import { useLeaveGuards } from './useLeaveGuards';

interface Props {
  /** The screen the page opened on, with the data already loaded for it. */
  first: FirstScreen;
  notices: Key[];
  updates?: UpdateSource;
}

export function App({ first, notices: initialNotices, updates }: Props) {
  const route = useRoute(first.route);
  const packId = 'pack' in route ? route.pack : undefined;
  const [lang, setLang] = useState<Locale>(currentLanguage);
  const { index, pack, retry } = usePacks(packId, lang, first);
  const { special, retry: retrySpecial } = useSpecialRoute(route.name === 'route' || route.name === 'packRoute' ? route.route : undefined, first.special);
  const [notices, setNotices] = useState(initialNotices);
  const { session, state, walks, walk: walkCase, outdated, practice } = useSession();
  const lock = useLock(session);
  const settings = useSettings();
  const [chosenPack, setChosenPack] = useState(readPackChoice);
  const choosePack = (id: string) => { savePackChoice(id); setChosenPack(id); };
  // Said once, on the screen where it arrived: it goes with the next navigation, so it never
  // sits over a walk-through.
  const [offlineReadyAt, setOfflineReadyAt] = useState<Route | null>(null);
  const routeRef = useRef(route);
  routeRef.current = route;
  const [applyUpdate, setApplyUpdate] = useState<(() => void) | undefined>(undefined);
  const [changes, setChanges] = useState<PackChanges[]>([]);

  useEffect(() => {
    updates?.onOfflineReady(() => setOfflineReadyAt(routeRef.current));
    updates?.onUpdateReady((apply) => setApplyUpdate(() => apply));
  }, [updates]);

  const current = pack.status === 'ready' ? pack.value : undefined;
  // What the waiting version changes in the content, read from its precached packs (loaded only then).
  useEffect(() => {
    if (!applyUpdate || index.status !== 'ready') return;
    void import('./whats-new').then((m) => m.whatsNew(index.value, lang)).then(setChanges, () => undefined);
  }, [applyUpdate, index, lang]);
  // Set by the pack screens, which hold the walk (and load the engine with them).
  const [acute, setAcute] = useState(false);

  const changeLanguage = async (next: Locale) => {
    // Remembered at once, not after the strings have loaded: a reload right after the click keeps it.
    const saved = saveLanguage(next);
    await setLanguage(next).catch(() => undefined);
    setLang(next);
    document.documentElement.lang = next;
    if (!saved && !notices.includes('notice.noStorage')) setNotices([...notices, 'notice.noStorage']);
  };

  // The app has taken over the page (tests wait for this; the prerendered page looks the same).
  useEffect(() => { document.documentElement.dataset.app = 'started'; }, []);
  useFocusOnNavigation(route);
  useFocusOnLockChange(lock.lock);
  const quickHide = useQuickHide(() => void session.flush());
  useIdleLock(lock.lock === 'unlocked', lock.idleMinutes, lock.lockNow);
  useLeaveGuards({ blankWhenHidden: settings.settings?.blankWhenHidden === true, hide: quickHide.hide, unlocked: lock.lock === 'unlocked', lockNow: lock.lockNow });
  const online = useOnline(lang);

  // Updating swaps the code, so it is offered only outside a walk-through; notes are flushed first.
  const safeForUpdate = ROUTES[route.name].safeForUpdate;
  // "Later" holds the offer back until the start screen is visited again (another visit: a new route).
  const [laterAt, setLaterAt] = useState<Route | null>(null);
  if (laterAt && route !== laterAt && route.name === 'start') setLaterAt(null);
  // Putting the app on the device is offered once a case is saved (then there is something to keep).
  // Whether this browser has an offer at all is decided in the lazy InstallOffer.
  const offerInstall = settings.settings?.installDismissed === false && (state.cases?.length ?? 0) > 0;

  let screen;
  if (lock.lock === 'locked') {
    screen = <LockScreen onUnlock={lock.unlock} onWipe={() => void import('./lock-actions').then((m) => m.wipe(session)).then(() => location.reload())} />;
  } else if (route.name === 'start') {
    screen = index.status === 'error' ? <LoadError onRetry={retry} /> : (
      <StartScreen
        packs={index.status === 'ready' ? index.value : undefined}
        lang={lang}
        cases={state.cases}
        storageProblem={state.storageProblem}
        lostOpen={state.lostActive}
        lastBackupAt={settings.settings?.lastBackupAt}
        chosen={chosenPack}
        onChoose={choosePack}
        onGo={(id) => { choosePack(id); navigate({ name: 'pack', pack: id }); }}
        onOpen={(c) => void session.open(c.id).then((opened) => opened && navigate({ name: 'case', pack: c.packId }))}
        onRemove={(id) => void session.remove(id)}
      />
    );
  } else if (route.name === 'data') {
    screen = <DataScreen session={session} state={state} lock={lock} settings={settings} lang={lang} />;
  } else if (route.name === 'about' || route.name === 'privacy' || route.name === 'accessibility') {
    screen = <InfoScreen page={route.name} packs={index.status === 'ready' ? index.value : undefined} lang={lang} />;
  } else if (route.name === 'verantwoording') {
    screen = <VerantwoordingScreen first={first.verantwoording} lang={lang} />;
  } else if (route.name === 'search') {
    screen = <SearchScreen lang={lang} />;
  } else if (ROUTES[route.name].screen === 'local') {
    // The route table says which screens a group shows; the group's own switch checks the rest.
    screen = <LocalScreen route={route as LocalRoute} lang={lang} />;
  } else if (ROUTES[route.name].screen === 'practice') {
    screen = <PracticeScreen route={route as PracticeRoute} lang={lang} session={session} />;
  } else if (route.name === 'route') {
    if (special.status === 'ready') screen = <RouteScreen route={special.value} lang={lang} />;
    else if (special.status === 'loading') screen = <p role="status">{t('load.loading')}</p>;
    else screen = special.status === 'missing' ? <NotFound /> : <LoadError onRetry={retrySpecial} />;
  } else if (route.name === 'notFound' || pack.status === 'missing') {
    screen = <NotFound />;
  } else if (pack.status === 'error') {
    screen = <LoadError onRetry={retry} />;
  } else if (pack.status === 'loading' || !current) {
    screen = <p role="status">{t('load.loading')}</p>;
  } else {
    screen = <PackRoutes route={route as PackRoute} pack={current} special={special} onRetrySpecial={retrySpecial} lang={lang} session={session} walks={walks} active={state.active} walkActive={walkCase} listed={state.cases !== undefined} packs={index.status === 'ready' ? index.value : undefined} onAcute={setAcute} />;
  }

  if (quickHide.hidden) {
    // Coming back from the hidden screen needs the passphrase when a lock is set.
    const show = () => { if (lock.lock === 'unlocked') void lock.lockNow(); quickHide.show(); requestHeadingFocus(); };
    return <HiddenScreen onShow={show} />;
  }

  return (
    <>
      <a class="skip-link" href="#main" onClick={(e) => { e.preventDefault(); document.getElementById('main')?.focus(); }}>{t('common.skip')}</a>
      <HelpBar acute={acute} hide={<HideButton presses={quickHide.presses} onHide={quickHide.hide} />} />
      <PageHeader homeHref={href({ name: 'start' })} pack={current && { title: current.title, href: href({ name: 'pack', pack: current.id }) }}>
        {/* Locked, the lock screen is the only way on: '/' would change the screen behind it. */}
        {lock.lock !== 'locked' && <SearchEntry />}
        <LanguageSwitch value={lang} onChange={(next) => void changeLanguage(next)} />
      </PageHeader>
      {practice && <PracticeBanner />}
      <p class="offline-status" role="status">{online ? '' : t('offline.status')}</p>
      {state.active && (
        <CaseBar
          active={state.active}
          saveState={state.saveState}
          summaryHref={href({ name: 'summary', pack: state.active.packId })}
          overviewHref={href({ name: 'case', pack: state.active.packId })}
          onClose={() => void session.close().then((closed) => closed && navigate({ name: 'start' }))}
          offerLock={lock.lock === 'none'}
        />
      )}
      <Notices keys={outdated ? [...notices, 'storage.outdated'] : notices} />
      <main id="main" tabIndex={-1} lang={current && !current.locales.includes(lang) ? current.defaultLocale : undefined}>
        {screen}
        <Toasts>
          {offlineReadyAt === route && <OfflineReady onClose={() => setOfflineReadyAt(null)} />}
          {applyUpdate && safeForUpdate && !laterAt && <UpdateBanner changes={changes} onUpdate={() => void session.flush().then(applyUpdate)} onLater={() => setLaterAt(route)} />}
          {offerInstall && safeForUpdate && !(applyUpdate && !laterAt) && (
            <InstallOffer onDismissed={() => settings.show('installDismissed', true)} />
          )}
        </Toasts>
      </main>
      {state.conflict && <ConflictDialog stored={state.conflict} mine={state.active} lang={lang} onChoose={(choice) => void session.resolve(choice)} />}
      <PageFooter />
    </>
  );
}

/** Locking and unlocking swap the whole screen without a navigation: the new title takes focus,
 * as after the idle lock, instead of focus falling back to the page itself. */
function useFocusOnLockChange(lock: string) {
  const before = useRef(lock);
  useEffect(() => {
    const was = before.current;
    before.current = lock;
    if ((was === 'unlocked' && lock === 'locked') || (was === 'locked' && lock === 'unlocked')) requestHeadingFocus();
  }, [lock]);
}

/** After navigation (not on first load), the new screen's title takes focus: see Heading. */
function useFocusOnNavigation(route: Route) {
  const first = useRef(route);
  useEffect(() => {
    if (route === first.current) return;
    requestHeadingFocus();
    forgetPrerendered(); // a later visit to the first screen starts clean
  }, [route]);
}
