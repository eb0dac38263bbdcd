import { lazyComponent } from './lazy';

/** CallLink for screens whose strings are the pack's: it loads with the case strings it needs,
 * and shows nothing until then (a link, not a screen). */
export const CallLinkLazy = lazyComponent(() => import('./CallLink').then((m) => m.CallLink), { quiet: true });
