// Build time only: content/practice/<id>/, one fictional practice case, checked against the pack
// it is walked in: its signals are items of that pack's step-1 lists, its route is one the pack
// offers, and the expert's walk is a path of the pack's afwegingskader (replayed with the engine,
// so a case can never teach a walk the app would refuse).
import { PackValidationError, type PackError } from './errors';
import { LOCALES, type Locale, type LocalizedPack } from './schema';
import { PracticeSource, PracticeText } from './schemas/practice';
import type { SourceFile } from './source-file';
import { openFolder, readFolderFiles, type FolderFiles } from './resolve-folder';
import { graphPosition, IllegalMove, initialState, next } from '../meldcode/engine';
import type { Graph, Kader, KaderState, Move } from '../meldcode/types';
import { ROUTES } from '../routes';
import type { PracticeCase, PracticeIndex } from '../practice/types';

/** Ids the app's addresses under /oefenen/ use for themselves (uitleg, gesprek): a case called
 * so could never be opened. */
export const RESERVED_PRACTICE_IDS: readonly string[] = Object.values(ROUTES)
  .map((r) => r.path.split('/'))
  .filter((s) => s[0] === 'oefenen' && s[1] && s[1][0] !== ':')
  .map((s) => s[1]!);

export function readPracticeFiles(practiceDir: string, folder: string, name = `content/practice/${folder}`): FolderFiles {
  return readFolderFiles(practiceDir, folder, 'practice', name);
}

/** `packs` undefined: the packs did not compile (their own errors say why), so what a case says
 * about its pack is not checked. */
export function compilePractice(files: FolderFiles, packs: LocalizedPack[] | undefined): PracticeCase {
  const { source, settle } = openFolder(files, PracticeSource, {
    missingFix: 'every practice case folder needs a practice.yaml; see content/README.md, "Oefencasussen".',
    unlisted: (l) => ({ message: `does not list ${l}: a practice case is written in every language the app speaks`, fix: `write "locales: [${LOCALES.join(', ')}]" and add ${l}.yaml.` }),
  });
  const p = files.structure;
  if (RESERVED_PRACTICE_IDS.includes(source.id)) p.fail(['id'], `"${source.id}" is taken by the app (/oefenen/${source.id}/)`, 'choose another id, and rename the folder to match.');
  source.signals.forEach((id, i) => { if (source.signals.indexOf(id) !== i) p.fail(['signals', i], `"${id}" is listed twice`, 'list each signal once.'); });

  const pack = packs && (packs.find((x) => x.id === source.pack && x.locale === x.defaultLocale) ?? packs.find((x) => x.id === source.pack));
  if (packs && !pack) {
    const ids = [...new Set(packs.map((x) => x.id))];
    p.fail(['pack'], `"${source.pack}" is not a pack`, `use one of: ${ids.join(', ')}.`);
  }
  if (pack) {
    const offered = pack.routes.map((r) => r.id);
    if (source.route !== null && !offered.includes(source.route)) {
      p.fail(['route'], `"${source.route}" is not a route the pack ${pack.id} offers`, `use one of: ${offered.join(', ') || '(the pack offers none)'}; or write "route: null".`);
    }
    const tickable = pack.steps[1].groups.filter((g) => g.kind !== 'guide').flatMap((g) => g.items.map((i) => i.id));
    source.signals.forEach((id, i) => {
      if (!tickable.includes(id)) p.fail(['signals', i], `"${id}" is not an item of the step-1 lists of the pack ${pack.id}`, tickable.length > 0 ? `use ids of the pack's step-1 lists: ${tickable.join(', ')}.` : `the pack ${pack.id} has no step-1 lists: write "signals: []".`);
    });
    replay(pack.kader, source.expert, p, pack.id);
  }

  // The questions of the walk, each of which needs its "why" in every language.
  const questions = source.expert.filter((m) => (pack ? pack.kader.nodes[m.node]?.type === 'question' : m.answer !== undefined)).map((m) => m.node);
  const text = {} as Record<Locale, PracticeText>;
  for (const locale of LOCALES) {
    const file = files.texts[locale];
    if (!file.exists) {
      file.fail([], `is missing: a practice case needs its ${locale} text`, `add ${locale}.yaml with title, summary, situation, signals, step2, step3, why, questions and mistakes.`);
      continue;
    }
    const value = file.check(PracticeText);
    if (!value) continue;
    for (const id of questions) if (value.why[id] === undefined) file.fail(['why', id], 'is missing', `write why the expert answers "${id}" as practice.yaml's expert says.`);
    for (const id of Object.keys(value.why)) {
      if (!questions.includes(id)) file.fail(['why', id], `"${id}" is not a question of the expert's walk in practice.yaml`, `write "why" for these nodes only: ${questions.join(', ')}.`);
    }
    text[locale] = value;
  }
  settle();
  const { id, version, reviewed, locales, route, signals, expert, sources } = source;
  return { id, version, reviewed, pack: source.pack, route, locales, signals, expert: expert.map(move), sources, text };
}

/** A move without `answer: undefined` in the JSON (the engine compares moves by their fields). */
const move = (m: { node: string; answer?: string | undefined }): Move => (m.answer === undefined ? { node: m.node } : { node: m.node, answer: m.answer });

/** Replays the expert's moves with the engine from the kader's start; the first move that does
 * not fit is reported with what that node offers. The walk must end at an outcome: one that ends
 * the walk, or one whose next question waits for a later moment ('hulp': afweging 5 is asked
 * once the help has had its time). */
function replay(kader: Kader, moves: readonly Move[], file: SourceFile, packId: string) {
  let state: KaderState = initialState(kader);
  for (const [i, m] of moves.entries()) {
    const at = graphPosition(kader, state).current;
    const problem = misfit(kader, at, m);
    if (problem) {
      file.fail(['expert', i], `move ${i + 1} (${show(m)}) is not a path of the afwegingskader of the pack ${packId}: ${problem.message}`, problem.fix);
      return;
    }
    try {
      state = next(kader, state, m.answer === undefined ? { type: 'continue', node: m.node } : { type: 'answer', node: m.node, answer: m.answer });
    } catch (e) {
      if (!(e instanceof IllegalMove)) throw e;
      file.fail(['expert', i], `move ${i + 1} (${show(m)}) is not a path of the afwegingskader of the pack ${packId}: ${e.message}`, `write a move that ${at} offers: ${offers(kader, at)}.`);
      return;
    }
  }
  const end = graphPosition(kader, state).current;
  const node = kader.nodes[end]!;
  if (node.type === 'outcome' && (!node.next || node.followUp)) return;
  const last = moves.length - 1;
  if (node.type === 'question') file.fail(['expert', last], `the expert's walk stops at the question ${end}: it must end at an outcome`, `add the expert's answer to ${end}: ${offers(kader, end)}.`);
  else file.fail(['expert', last], `the expert's walk stops at ${end}, an outcome the walk passes on to ${node.next}: it must end at an outcome`, `add "{ node: ${end} }" and the expert's answers after it.`);
}

/** Why a move does not fit the node the walk has reached, before the engine sees it (the engine
 * would take an answer to an earlier node as a change of that answer). */
function misfit(kader: Graph, at: string, m: Move): Pick<PackError, 'message' | 'fix'> | undefined {
  const node = kader.nodes[at]!;
  if (node.type === 'outcome' && !node.next && !node.exits?.length) return { message: `the walk has ended at ${at}`, fix: 'remove the moves after it.' };
  if (!Object.hasOwn(kader.nodes, m.node)) return { message: `${m.node} is not a node of it`, fix: `the walk is at ${at} here: ${offers(kader, at)}.` };
  if (m.node !== at) return { message: `the walk is at ${at} here, not at ${m.node}`, fix: `${offers(kader, at)}.` };
  const exits = node.exits?.map((e) => e.id) ?? [];
  if (node.type === 'question') {
    const answers = [...(node.answers ?? []).map((a) => a.id), ...exits];
    if (m.answer === undefined) return { message: `${at} is a question and needs an answer`, fix: `${offers(kader, at)}.` };
    if (!answers.includes(m.answer)) return { message: `${at} has no answer "${m.answer}"`, fix: `${offers(kader, at)}.` };
    return undefined;
  }
  if (m.answer !== undefined && !exits.includes(m.answer)) return { message: `${at} is an outcome: it has no answer "${m.answer}"`, fix: `${offers(kader, at)}.` };
  return undefined;
}

/** What the node a walk has reached lets it do, in words an author can copy. */
function offers(kader: Graph, at: string): string {
  const node = kader.nodes[at]!;
  const exits = (node.exits ?? []).map((e) => `{ node: ${at}, answer: ${e.id} } (exit)`);
  if (node.type === 'question') return `write one of ${[...(node.answers ?? []).map((a) => `{ node: ${at}, answer: ${a.id} }`), ...exits].join(', ')}`;
  if (node.next) return `write { node: ${at} } to pass it on to ${node.next}${exits.length ? `, or ${exits.join(', ')}` : ''}`;
  return `the walk ends at ${at}${exits.length ? `; or ${exits.join(', ')}` : ''}`;
}

const show = (m: Move) => (m.answer === undefined ? `{ node: ${m.node} }` : `{ node: ${m.node}, answer: ${m.answer} }`);

export interface CompiledPractice {
  cases: PracticeCase[];
  index: PracticeIndex;
}

type Titled = { id: string; text: Partial<Record<Locale, { title: string }>> };

/** Every case, each one's problems reported with the others'; the index lists the explainers and
 * conversations too, when their rows (above this one) compiled. */
export function compilePractices(cases: FolderFiles[], packs: LocalizedPack[] | undefined, explainers: unknown, conversations: unknown): CompiledPractice {
  const errors: PackError[] = [];
  const out: PracticeCase[] = [];
  for (const files of cases) {
    try {
      out.push(compilePractice(files, packs));
    } catch (e) {
      if (!(e instanceof PackValidationError)) throw e;
      errors.push(...e.errors);
    }
  }
  if (errors.length > 0) throw new PackValidationError(errors);
  const title = (x: Titled) => Object.fromEntries(LOCALES.map((l) => [l, x.text[l]?.title ?? ''])) as Record<Locale, string>;
  const list = <T,>(v: unknown) => (Array.isArray(v) ? (v as T[]) : []);
  return {
    cases: out,
    index: {
      cases: out.map((c) => ({ id: c.id, pack: c.pack, route: c.route, title: title(c), summary: Object.fromEntries(LOCALES.map((l) => [l, c.text[l].summary])) as Record<Locale, string> })),
      explainers: list<Titled>(explainers).map((x) => ({ id: x.id, title: title(x) })),
      conversations: list<Titled & { with: PracticeIndex['conversations'][number]['with'] }>(conversations).map((x) => ({ id: x.id, with: x.with, title: title(x) })),
    },
  };
}
