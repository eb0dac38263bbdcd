import { loadPack } from '../content/load';
import type { Locale, LocalizedPack } from '../content/schema';
import { loadPracticeCase } from './load';
import type { PracticeCase } from './types';

/** A practice case and its pack, ready before the presenter view first renders: at build time
 * (the prerendered page shows the first slide) and on a page load (the app's first render is that
 * same slide, so nothing waits for data after the page has painted). */
const ready = new Map<string, { practice: PracticeCase; pack: LocalizedPack }>();
const key = (id: string, lang: Locale) => `${id}:${lang}`;

export function primePresenter(practice: PracticeCase, pack: LocalizedPack): void {
  ready.set(key(practice.id, pack.locale), { practice, pack });
}

export function primedPresenter(id: string, lang: Locale): { practice: PracticeCase; pack: LocalizedPack } | undefined {
  return ready.get(key(id, lang));
}

/** Loads both for a page that opens on the presenter view; a failure is left to the screen. */
export function preloadPresenter(id: string, lang: Locale): Promise<void> {
  return loadPracticeCase(id)
    .then(async (practice) => primePresenter(practice, await loadPack(practice.pack, lang)))
    .catch(() => undefined);
}
