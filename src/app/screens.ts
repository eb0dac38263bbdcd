import type { ScreenGroup } from '../routes';
import { lazyComponent, type LazyComponent } from '../ui/lazy';

// Bundle-size sensitive: only the start screen ships with the shell; each pack screen loads on
// first use (in parallel with the pack itself) and is precached for offline use.
export const PackRoutes = lazyComponent(() => import('./PackRoutes').then((m) => m.PackRoutes), { strings: ['pack'] });
export const DataScreen = lazyComponent(() => import('./DataRoute').then((m) => m.DataRoute));
export const RouteScreen = lazyComponent(() => import('../ui/RouteScreen').then((m) => m.RouteScreen), { strings: ['pack'] });
export const InfoScreen = lazyComponent(() => import('../ui/InfoScreen').then((m) => m.InfoScreen), { strings: ['info'] });
export const VerantwoordingScreen = lazyComponent(() => import('./VerantwoordingRoute').then((m) => m.VerantwoordingRoute), { strings: ['info'] });
export const LocalScreen = lazyComponent(() => import('./LocalRoutes').then((m) => m.LocalRoutes), { strings: ['local'] });
export const PracticeScreen = lazyComponent(() => import('./PracticeRoutes').then((m) => m.PracticeRoutes), { strings: ['practice'] });
export const SearchScreen = lazyComponent(() => import('./SearchRoute').then((m) => m.SearchRoute), { strings: ['search'] });
// 'Zoeken' in the header and the '/' key, on every screen: loaded beside the first one, like FooterHelp.
export const SearchEntry = lazyComponent(() => import('./SearchEntry').then((m) => m.SearchEntry), { strings: ['search'], quiet: true });
export const LockScreen = lazyComponent(() => import('../ui/LockScreen').then((m) => m.LockScreen));
// Late messages: quiet (nothing shows until they are there), their strings with the case screens.
export const InstallOffer = lazyComponent(() => import('./OfferInstall').then((m) => m.OfferInstall), { quiet: true });
export const OfflineReady = lazyComponent(() => import('../ui/OfflineReady').then((m) => m.OfflineReady), { quiet: true });
// Shows once a case is open, which the session reads after start-up anyway.
export const CaseBar = lazyComponent(() => import('../ui/CaseBar').then((m) => m.CaseBar), { quiet: true });
// Oefenmodus on every screen; its code and strings load with entering it.
export const PracticeBanner = lazyComponent(() => import('./PracticeBanner').then((m) => m.PracticeBanner), { strings: ['practice'], quiet: true });
export const UpdateBanner = lazyComponent(() => import('../ui/UpdateBanner').then((m) => m.UpdateBanner), { quiet: true });
export const ConflictDialog = lazyComponent(() => import('../ui/ConflictDialog').then((m) => m.ConflictDialog));

/** The code of each lazily loaded group of screens the route table names (routes.ts). */
export const SCREEN_GROUPS: Record<ScreenGroup, Pick<LazyComponent<never>, 'preload'>> = { pack: PackRoutes, data: DataScreen, route: RouteScreen, info: InfoScreen, verantwoording: VerantwoordingScreen, local: LocalScreen, practice: PracticeScreen, search: SearchScreen };
