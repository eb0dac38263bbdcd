import { renderToString } from 'preact-render-to-string';
import { App } from '../app/App';
import { preloadScreen } from '../app/preload';
import type { Route } from '../routes';
import type { LocalizedPack, CompiledRoute, PackSummary, Verantwoording } from '../content/schema';
import { initI18n } from '../i18n';
import { pageTitle } from '../ui/Heading';
import { preloadStart } from '../ui/StartScreen';
import type { PracticeCase } from '../practice/types';
import { FooterHelp } from '../ui/PageHeader';
import { SearchEntry } from '../app/screens';

// The build plugin reaches the routes through this module: loaded by Vite, it knows the base.
export { routePath } from '../routes';

/** One screen as the app first renders it for a new visitor (Dutch, no case, no lock), for the
 * page the static host serves at that address. Runs at build time, in Node. Returns HTML:
 * `title` is escaped like the heading it comes from. */
export async function renderScreen(route: Route, index: PackSummary[], pack?: LocalizedPack, special?: CompiledRoute, verantwoording?: Verantwoording, presented?: { practice: PracticeCase; pack: LocalizedPack }): Promise<{ body: string; title: string }> {
  initI18n('nl', { strict: true });
  await Promise.all([preloadScreen(route), FooterHelp.preload(), SearchEntry.preload()]);
  if (route.name === 'start') await preloadStart(index);
  // Rendered with the step, not fetched after the page is written (the module server is gone by then).
  if (route.name === 'step') await (await import('../ui/StepScreen')).LocalHelp.preload();
  if (presented) (await import('../practice/presenter-cache')).primePresenter(presented.practice, presented.pack);
  const body = renderToString(<App first={{ route, index, pack, special, verantwoording }} notices={[]} />);
  // The same title the Heading component gives the browser tab.
  const heading = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(body)?.[1]?.replace(/<[^>]+>/g, '').trim();
  return { body, title: pageTitle(heading) };
}
