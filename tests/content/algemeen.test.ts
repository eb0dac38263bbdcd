import { describe, expect, test } from 'vitest';
import { outcomeOnPath } from '../../src/content/wording';
import { allWalks } from '../../src/meldcode/check';
import { position } from '../../src/meldcode/engine';
import { questionAt } from '../../src/content/wording';
import { compiledAlgemeen, texts } from '../helpers/packs';

// What the Algemeen pack says must match the afwegingskader and its own sources
// (shared/domain/afwegingskader.graph.json, issue 10). Each check names the mistake it guards against.
const pack = compiledAlgemeen();

const SAYS = {
  nl: { again: /nieuwe melding|ook als je eerder|ook al heb je eerder/i, joint: /niet nog een keer/i, report: /(^|\. )Meld /, },
  en: { again: /new report|even if you have reported before|even though you reported before/i, joint: /not report a second time/i, report: /(^|\. )Report /, },
} as const;

describe.each(['nl', 'en'] as const)('every walk through the Algemeen pack (%s)', (lang) => {
  const { kader } = compiledAlgemeen(lang);
  const walks = allWalks(kader).map((moves) => position(kader, { start: kader.start, moves }));

  test('names in its reasons only the meldnormen the walk lists', () => {
    for (const walk of walks) {
      const { why } = outcomeOnPath(kader, walk.path, walk.path.length - 1);
      for (const [, n] of why.matchAll(/meldnorm (\d)/gi)) expect(walk.meldnormen, `${walk.path.join(' → ')}: ${why}`).toContain(Number(n));
    }
  });

  test('says "report again" wherever the engine asks for a new melding after an earlier one', () => {
    for (const walk of walks.filter((w) => w.report === 'again')) {
      const o = outcomeOnPath(kader, walk.path, walk.path.length - 1);
      expect(o.text, walk.path.join(' → ')).toMatch(SAYS[lang].again);
    }
  });

  test('says "you already reported" for a joint conclusion, under a title of its own', () => {
    for (const walk of walks.filter((w) => w.report === 'joint')) {
      const o = outcomeOnPath(kader, walk.path, walk.path.length - 1);
      expect(o.text, walk.path.join(' → ')).toMatch(SAYS[lang].joint);
      expect(o.text).not.toMatch(SAYS[lang].report);
      const earlier = walk.path.slice(0, -1).map((_, i) => outcomeOnPath(kader, walk.path, i).title);
      expect(earlier, 'the summary would list the same outcome twice').not.toContain(o.title);
    }
  });

  test('never tells a walk without a melding to report', () => {
    for (const walk of walks.filter((w) => w.report === 'none')) {
      expect(outcomeOnPath(kader, walk.path, walk.path.length - 1).text).not.toMatch(SAYS[lang].report);
    }
  });
});

const q = (lang: 'nl' | 'en', id: string) => questionAt(compiledAlgemeen(lang).kader, id).text;
/** All of a question's help, wherever the screen puts it: hint, explanation, definitions. */
const help = (lang: 'nl' | 'en', id: string) => {
  const text = q(lang, id);
  return [text.hint, ...(text.explanation ?? []), ...(text.definitions ?? []).flatMap((d) => [d.title, ...d.text])].join(' ');
};

test('"acuut" covers the coming hours or days and a victim who tells, as the pack\'s own definition does', () => {
  expect(q('nl', 'a2').answers['ja-acuut']).toMatch(/uren of dagen/);
  expect(q('nl', 'a2').answers['ja-acuut']).toMatch(/slachtoffer vertelt/);
  expect(q('en', 'a2').answers['ja-acuut']).toMatch(/hours or days/);
  expect(q('en', 'a2').answers['ja-acuut']).toMatch(/victim tells/);
  expect(help('nl', 'a2')).toMatch(/wurging/);
  expect(help('nl', 'a2')).toMatch(/wapens/);
  expect(help('en', 'a2')).toMatch(/strangulation/);
  expect(help('en', 'a2')).toMatch(/systematically witnesses/);
  expect(help('en', 'a2')).not.toMatch(/regularly/);
});

test('afweging 2 keeps its definitions of acute and structural unsafety, as disclosures after the answers', () => {
  expect(q('nl', 'a2').definitions?.map((d) => d.title)).toEqual(['Wat is acute onveiligheid?', 'Wat is structurele onveiligheid?']);
  expect(q('en', 'a2').definitions?.map((d) => d.title)).toEqual(['What is acute unsafety?', 'What is structural unsafety?']);
  expect(q('nl', 'a2').definitions?.[0]?.text[3]).toMatch(/disclosure/);
  expect(q('nl', 'a2').hint).toMatch(/Kies dan acuut/);
});

test('both answers to afweging 5 ask about safety and/or wellbeing (herstel), as the official question does', () => {
  for (const id of ['ja', 'nee']) {
    expect(q('nl', 'a5').answers[id]).toMatch(/veiligheid en\/of het welzijn/);
    expect(q('en', 'a5').answers[id]).toMatch(/safety and\/or wellbeing/);
  }
});

test('step 5: before a melding, ask for a reaction, try to meet objections, and record what the client said', () => {
  const step = pack.steps[5];
  const todo = texts(step.todo);
  expect(todo).toMatch(/Vertel het de cliënt vooraf/);
  expect(todo).not.toMatch(/Vertel dat de cliënt/);
  expect(todo).toMatch(/reactie/);
  expect(todo).toMatch(/bezwaren/);
  expect(todo).toMatch(/Schrijf op wat de cliënt zei/);
  expect(texts(step.record)).toMatch(/hoe de cliënt reageerde/);
  expect(texts(compiledAlgemeen('en').steps[5].todo)).toMatch(/objections/);
});

test('the kindcheck records whether the client is the only carer and a possible pregnancy', () => {
  expect(texts(pack.steps[1].record)).toMatch(/alleen voor de kinderen/);
  expect(texts(pack.steps[1].record)).toMatch(/zwanger/);
  expect(texts(compiledAlgemeen('en').steps[1].record)).toMatch(/pregnant/);
});

test('eer, huwelijksdwang and VGV: no talk with the victim before expert advice, care with phones, VGV acute within the hour', () => {
  const nl = pack.steps;
  expect(texts(nl[3].tips)).toMatch(/niet met het \(mogelijke\) slachtoffer voordat je deskundig advies/);
  expect(texts(nl[3].tips)).toMatch(/telefoon/);
  expect(texts(nl[2].todo)).toMatch(/Veilig Thuis én de politie/);
  expect(texts(nl[2].todo)).toMatch(/binnen een uur/);
});

test('the meldcode is described as being about huiselijk geweld and kindermishandeling, not "alle vormen van geweld"', () => {
  expect(JSON.stringify(pack)).not.toMatch(/alle vormen van geweld/);
  expect(JSON.stringify(compiledAlgemeen('en'))).not.toMatch(/all forms of violence/);
});

test('the pack cites the meldrecht, the Besluit as in force from 2019, and a source for "open melden, tenzij"', () => {
  const urls = pack.sources.map((s) => s.url);
  expect(pack.sources.find((s) => /5\.2\.6/.test(s.title))?.url).toMatch(/wetten\.overheid\.nl\/BWBR0035362/);
  expect(urls).toContain('https://zoek.officielebekendmakingen.nl/stb-2017-291.html');
  expect(pack.sources.find((s) => /open melden/i.test(s.title))).toBeDefined();
});

test('the new version lists its changes', () => {
  expect(pack.version).toBe('1.2.0');
  expect(pack.changelog[0]).toMatchObject({ version: '1.2.0' });
  expect(pack.changelog[1]).toMatchObject({ version: '1.1.0' });
  expect(pack.changelog[1]!.changes.length).toBeGreaterThanOrEqual(9);
});
