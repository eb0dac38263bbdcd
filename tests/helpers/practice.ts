import type { PracticeCase, PracticeIndex } from '../../src/practice/types';

// A fictional practice case for the algemeen pack until the real ones are compiled, with a valid
// expert path (a1 ja, a2 ja-structureel, passing melden-veiligheid, a3 ja, a4 ja → hulp).
const text = {
  title: 'Sam (9) en de stille ochtenden',
  summary: 'Een medewerker ziet een kind dat vaak hongerig en stil is.',
  situation: ['Sam komt al weken zonder ontbijt en zegt weinig.', 'Een ouder reageert boos op vragen.'],
  signals: 'Deze signalen samen passen bij verwaarlozing.',
  step2: ['Overleg met de aandachtsfunctionaris en vraag Veilig Thuis om advies.'],
  step3: ['Vertel de ouder wat je ziet, zonder te oordelen.'],
  why: { a1: 'Er zijn meerdere signalen.', a2: 'Het speelt al weken.', a3: 'Je kunt zelf hulp bieden.', a4: 'De ouder werkt mee.' },
  questions: ['Wat zou jij eerst doen?'],
  mistakes: ['Wachten tot er meer signalen zijn.'],
};

export function practiceFixture(signals: string[]): { index: PracticeIndex; cases: PracticeCase[] } {
  const c: PracticeCase = {
    id: 'sam-stille-ochtenden', version: '1.0.0', reviewed: '2026-12-01', pack: 'algemeen', route: null, locales: ['nl', 'en'], signals,
    expert: [{ node: 'a1', answer: 'ja' }, { node: 'a2', answer: 'ja-structureel' }, { node: 'melden-veiligheid' }, { node: 'a3', answer: 'ja' }, { node: 'a4', answer: 'ja' }],
    sources: [{ id: 'rijksoverheid-meldcode', title: 'Meldcode huiselijk geweld en kindermishandeling', url: 'https://www.rijksoverheid.nl/onderwerpen/huiselijk-geweld/meldcode', date: '2026-11' }],
    text: { nl: text, en: { ...text, title: 'Sam (9) and the quiet mornings' } },
  };
  return {
    index: { cases: [{ id: c.id, pack: c.pack, route: null, title: { nl: text.title, en: c.text.en.title }, summary: { nl: text.summary, en: text.summary } }], explainers: [], conversations: [] },
    cases: [c],
  };
}

/** The body for a training file's address, or undefined when it is not one. */
export function practiceBody(url: string, fixture: ReturnType<typeof practiceFixture>): Response | undefined {
  if (url.endsWith('packs/practice.json')) return new Response(JSON.stringify(fixture.index));
  const id = /packs\/practice\/([^/]+)\.json$/.exec(url)?.[1];
  if (id === undefined) return undefined;
  const c = fixture.cases.find((x) => x.id === id);
  return c ? new Response(JSON.stringify(c)) : new Response('not found', { status: 404 });
}
