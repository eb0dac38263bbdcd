import { IDBFactory } from 'fake-indexeddb';
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, expect, vi } from 'vitest';
import { App } from '../../src/app/App';
import { currentRoute } from '../../src/app/navigation';
import { routeSummary, type CompiledPacks } from '../../src/content/collections';
import type { Key } from '../../src/i18n';
import { closeDatabase } from '../../src/storage/db';
import type { UpdateSource } from '../../src/sw/register';
import { compiledContent } from './packs';

/** Packs served beside the shipped ones: whole packs, as a test compiles them. */
export type ExtraPacks = Pick<CompiledPacks, 'localized' | 'index'>;

const compiled = compiledContent();

/** Serves the real compiled packs the way the built app does, without a server; `extra` adds
 * packs that are not shipped (a test pack), or replaces a real one of the same id (a new version). */
export function stubPackFetch(delay?: Promise<void>, extra: ExtraPacks = { localized: [], index: [] }, only?: string[]) {
  const index = [...extra.index, ...compiled.packs.index.filter((p) => !extra.index.some((e) => e.id === p.id))].filter((p) => !only || only.includes(p.id));
  const localized = [...extra.localized, ...compiled.packs.localized];
  const fetch = vi.fn(async (url: string) => {
    await delay;
    const route = /packs\/routes\/([a-z0-9-]+)\.json$/.exec(url)?.[1];
    const [, id, locale] = /packs\/([a-z0-9-]+)(?:\.([a-z]{2}))?\.json$/.exec(url) ?? [];
    const body = route ? compiled.routes.find((r) => r.id === route)
      : id === 'index' ? index : id === 'routes' ? compiled.routes.map(routeSummary) : localized.find((p) => p.id === id && p.locale === locale);
    return body ? new Response(JSON.stringify(body)) : new Response('not found', { status: 404 });
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

/** Like the browser's back button or an address typed in: the app hears about it through popstate. */
export function go(path: string) {
  history.pushState(null, '', path);
  dispatchEvent(new PopStateEvent('popstate'));
}

/** `only`: the ids of the packs the index lists (e.g. a site with Algemeen alone). */
export async function renderApp({ path = '/', notices = [] as Key[], updates, extra, only }: { path?: string; notices?: Key[]; updates?: UpdateSource; extra?: ExtraPacks; only?: string[] } = {}) {
  const fetch = stubPackFetch(undefined, extra, only);
  history.replaceState(null, '', path);
  const result = render(<App first={{ route: currentRoute() }} notices={notices} updates={updates} />);
  await waitFor(() => expect(screen.queryByText(/geladen|loading/i)).toBeNull());
  return Object.assign(result, { fetch });
}

/** Every test on a fresh device: an empty IndexedDB and no remembered choices; afterwards the
 * screen is removed and the database closed (the next test's IndexedDB is another one). */
export function freshDevice() {
  beforeEach(() => {
    globalThis.indexedDB = new IDBFactory();
    localStorage.clear();
  });
  afterEach(async () => {
    cleanup();
    await closeDatabase();
  });
}
