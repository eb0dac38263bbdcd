import { afterEach, expect, test, vi } from 'vitest';
import { MissingContent } from '../../../src/content/load';
import { loadConversation, loadExplainer, loadPracticeCase, loadPracticeIndex } from '../../../src/practice/load';

afterEach(() => vi.unstubAllGlobals());

const text = { title: 'Daan (8)', summary: 's', situation: ['p'], signals: 'w', step2: ['a'], step3: ['b'], why: { a1: 'y' }, questions: ['q'], mistakes: ['m'] };
const practice = { id: 'daan', version: '1.0.0', reviewed: '2026-12-01', pack: 'algemeen', route: null, locales: ['nl', 'en'], signals: ['x'], expert: [{ node: 'a1', answer: 'ja' }], sources: [], text: { nl: text, en: text } };

function serve(files: Record<string, unknown>) {
  const fetch = vi.fn(async (url: string) => {
    const name = Object.keys(files).find((f) => url.endsWith(f));
    return name ? new Response(JSON.stringify(files[name])) : new Response('', { status: 404 });
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

test('a practice case and the index of the right shape load', async () => {
  serve({ 'packs/practice/daan.json': practice, 'packs/practice.json': { cases: [{ id: 'daan', pack: 'algemeen', route: null, title: { nl: 'D', en: 'D' }, summary: { nl: 's', en: 's' } }], explainers: [], conversations: [] } });
  expect((await loadPracticeCase('daan')).pack).toBe('algemeen');
  expect((await loadPracticeIndex()).cases).toHaveLength(1);
});

test('a case that is not there is not found; one that is no id never reaches the network', async () => {
  const fetch = serve({});
  await expect(loadPracticeCase('onbekend')).rejects.toBeInstanceOf(MissingContent);
  await expect(loadPracticeCase('../index')).rejects.toBeInstanceOf(MissingContent);
  await expect(loadExplainer('Hoofdletters')).rejects.toBeInstanceOf(MissingContent);
  await expect(loadConversation('onbekend')).rejects.toBeInstanceOf(MissingContent);
  expect(fetch).toHaveBeenCalledTimes(2);
});

test('a file of the wrong shape is an error, not a case', async () => {
  serve({ 'packs/practice/daan.json': { ...practice, id: 'iemand-anders' }, 'packs/practice/sara.json': { ...practice, id: 'sara', text: { nl: { title: 'x' } } }, 'packs/practice.json': { cases: 'geen lijst' } });
  await expect(loadPracticeCase('daan')).rejects.toThrow(/not valid/);
  await expect(loadPracticeCase('sara')).rejects.toThrow(/not valid/);
  await expect(loadPracticeIndex()).rejects.toThrow(/not valid/);
});
