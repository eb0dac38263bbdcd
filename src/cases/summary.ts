import type { CompiledRoute, LocalizedPack, Locale } from '../content/schema';
import { STEP_NUMBERS } from '../content/schema';

/** The lists of a step a case can tick (CaseStepFields), besides its signal lists and checklists. */
const CHECK_LISTS = ['todo', 'record'] as const;
import { moveWording, outcomeOnPath } from '../content/wording';
import { graphPosition, position, reconcile } from '../meldcode/engine';
import type { ReportKind, StepNumber } from '../meldcode/types';
import { fitCase } from './fit';
import type { Case } from './types';

/** Labels the summary needs from the UI's language files, passed in so this stays pure. */
export interface SummaryLabels {
  title: string;
  label: string;
  pack: string;
  created: string;
  changed: string;
  status: string;
  statusName: Record<Case['status'], string>;
  followUp: string;
  step: (n: number) => string;
  notes: string;
  checked: string;
  /** Ticks whose item this pack version no longer has: said, not silently dropped or misprinted. */
  checkedGone: (count: number) => string;
  consultations: string;
  consultKind: Record<Case['consultations'][number]['kind'], string>;
  conversation: string;
  conversationHeld: Record<Exclude<Case['conversation']['held'], ''>, string>;
  /** The conversation's own notes: not `notes`, which the step's notes already use in this section. */
  conversationNotes: string;
  skipReason: string;
  kader: string;
  answeredAt: string;
  outcome: string;
  /** An outcome the walk passed on its way (e.g. a melding, then on with Veilig Thuis). */
  waypoint: string;
  /** Beslissing 1 as the outcome answers it, one sentence per kind. */
  report: string;
  reportKind: Record<ReportKind, string>;
  meldnormen: string;
  reason: string;
  decisions: string;
  melden: string;
  hulp: string;
  /** The melding recorded on the outcome screen: its label, and 'gemeld op ⟨time⟩ bij ⟨whom⟩'. */
  melding: string;
  reported: (time: string, to: string) => string;
  yesNo: Record<'ja' | 'nee', string>;
  empty: string;
  officialFile: string;
  /** The heading of the special routes walked for the case. */
  routes: string;
}

/** Where a line of the summary is edited: a step's screen, a question of the afwegingskader,
 * or its list of answers or outcome (the check-answers "Wijzig" links; never in the copied text). */
export type ChangeTarget = { step: StepNumber } | { node: string } | { kader: 'answers' | 'outcome' };

export interface SummaryLine { label?: string; text: string; change?: ChangeTarget }

export interface SummarySection {
  heading: string;
  lines: SummaryLine[];
}

/** The case as sections of label/text lines, in the order of the meldcode. Leaves the case
 * label out unless asked: the summary is meant to be pasted into the official file. */
export function summarise(c: Case, pack: LocalizedPack, lang: Locale, l: SummaryLabels, { withLabel = false, formatTime = (iso: string) => iso, formatDate = (day: string) => day, routes = [] as CompiledRoute[] } = {}): SummarySection[] {
  const text = pack;
  const line = (label: string, value: string) => ({ label, text: value.trim() || l.empty });
  const sections: SummarySection[] = [{
    heading: l.title,
    lines: [
      ...(withLabel ? [line(l.label, c.label)] : []),
      line(l.pack, `${text.title} (${c.packId} ${c.packVersion})`),
      line(l.created, formatTime(c.createdAt)),
      line(l.changed, formatTime(c.updatedAt)),
      line(l.status, l.statusName[c.status]),
      ...(c.followUp ? [line(l.followUp, formatDate(c.followUp))] : []),
    ],
  }];
  for (const n of STEP_NUMBERS) {
    const step = c.steps[n];
    const lines: SummaryLine[] = [];
    // Ticks point at item ids, printed in the pack's order; an id the pack no longer has is counted.
    const groups = text.steps[n].groups.filter((g) => g.kind !== 'guide');
    const items = [...CHECK_LISTS.flatMap((list) => text.steps[n][list]), ...groups.flatMap((g) => g.items)];
    const ticked = (list: { id: string; text: string }[]) => list.filter((item) => step.checked.includes(item.id)).map((x) => `✓ ${x.text}`);
    const gone = step.checked.filter((id) => !items.some((item) => item.id === id)).length;
    // One line under one label: the ticks, then how many no longer fit.
    const ticks = [...ticked(CHECK_LISTS.flatMap((list) => text.steps[n][list])), ...(gone > 0 ? [l.checkedGone(gone)] : [])];
    if (ticks.length) lines.push(line(l.checked, ticks.join('\n')));
    // A signal list or checklist under its own title (e.g. "Signalen bij kinderen van 4 tot 12 jaar").
    for (const g of groups) {
      const ticks = ticked(g.items);
      if (ticks.length) lines.push(line(g.title, ticks.join('\n')));
    }
    if (n === 2) {
      for (const k of c.consultations) lines.push(line(`${l.consultations}: ${l.consultKind[k.kind]}${k.date ? `, ${formatDate(k.date)}` : ''}${k.time ? ` ${k.time}` : ''}`, k.advice));
    }
    if (n === 3 && c.conversation.held) {
      lines.push(line(l.conversation, `${l.conversationHeld[c.conversation.held]}${c.conversation.date ? `, ${formatDate(c.conversation.date)}` : ''}`));
      if (c.conversation.held === 'overgeslagen') lines.push(line(l.skipReason, c.conversation.skipReason));
      else lines.push(line(l.conversationNotes, c.conversation.notes));
    }
    if (n === pack.kaderStep) lines.push(...kaderLines(c, pack, lang, l, formatTime));
    if (n === 5) {
      if (c.decisions.melden) lines.push(line(l.melden, `${l.yesNo[c.decisions.melden]}${c.decisions.meldDate ? `, ${formatDate(c.decisions.meldDate)}` : ''}`));
      if (c.decisions.meldAt) lines.push(line(l.melding, l.reported(formatTime(c.decisions.meldAt), c.decisions.meldTo.trim() || l.empty)));
      if (c.decisions.hulp) lines.push(line(l.hulp, `${l.yesNo[c.decisions.hulp]}${c.decisions.hulpWhat ? `: ${c.decisions.hulpWhat}` : ''}`));
      if (c.decisions.notes) lines.push(line(l.decisions, c.decisions.notes));
    }
    if (step.notes.trim()) lines.push(line(l.notes, step.notes));
    // Everything of a step is edited on its own screen, unless the line says where (the kader's).
    const changed = lines.map((x) => (x.change ? x : { ...x, change: { step: n } }));
    sections.push({ heading: `${l.step(n)}: ${text.steps[n].title}`, lines: changed.length ? changed : [{ text: l.empty }] });
  }
  const walked = routeLines(c, routes, lang, formatTime, l);
  if (walked.length) sections.push({ heading: l.routes, lines: walked });
  sections.push({ heading: '', lines: [{ text: l.officialFile }] });
  return sections;
}

/** The special routes walked for the case: each answer, and the outcome once reached. A route
 * that is not at hand (not loaded, or gone from the app) is left out. */
function routeLines(c: Case, routes: CompiledRoute[], lang: Locale, formatTime: (iso: string) => string, l: SummaryLabels): SummaryLine[] {
  const lines: SummaryLine[] = [];
  for (const [id, record] of Object.entries(c.routes ?? {})) {
    const route = routes.find((r) => r.id === id);
    if (!route?.walk || record.state.moves.length === 0) continue;
    const words = (route.text[lang] ?? route.text[route.defaultLocale])!;
    const state = reconcile(route.walk, record.state);
    const pos = graphPosition(route.walk, state);
    for (const move of state.moves) {
      const q = words.walk?.[move.node] as { question?: string; answers?: Record<string, string> } | undefined;
      const at = record.answeredAt[move.node];
      lines.push({ label: words.title, text: `${q?.question ?? move.node} — ${q?.answers?.[move.answer ?? ''] ?? move.answer}${at ? ` (${l.answeredAt} ${formatTime(at)})` : ''}` });
    }
    if (pos.finished) {
      const o = words.walk?.[pos.current] as { title?: string } | undefined;
      lines.push({ label: `${words.title}: ${l.outcome}`, text: o?.title ?? pos.current });
    }
  }
  return lines;
}

function kaderLines(stored: Case, pack: LocalizedPack, lang: Locale, l: SummaryLabels, formatTime: (iso: string) => string) {
  // Only answers that fit the pack can be worded; the screens say when some were left out.
  const c = fitCase(stored, pack.kader).fitted;
  const walk = position(pack.kader, c.kader.state);
  const lines: SummaryLine[] = [];
  const answers = { kader: 'answers' } as const;
  const outcome = { kader: 'outcome' } as const;
  c.kader.state.moves.forEach((move, i) => {
    const at = c.kader.answeredAt[move.node];
    const when = at ? ` (${l.answeredAt} ${formatTime(at)})` : '';
    const w = moveWording(pack.kader, walk.path, i, move);
    if (w.kind === 'waypoint') lines.push({ label: l.waypoint, text: `${w.title}${when}`, change: answers });
    else if (w.kind === 'answer') lines.push({ label: `${l.kader}: ${w.label}`, text: `${w.question} — ${w.answer}${when}`, change: { node: move.node } });
    else lines.push({ label: w.label ? `${l.kader}: ${w.label}` : l.waypoint, text: `${w.question} — ${w.exit}${when}`, change: { node: move.node } });
  });
  if (c.kader.outcome && walk.finished) {
    const o = outcomeOnPath(pack.kader, walk.path, walk.path.length - 1);
    lines.push({ label: l.outcome, text: `${o.title} (${formatTime(c.kader.outcome.at)})`, change: outcome });
    lines.push({ label: l.report, text: l.reportKind[o.report], change: outcome });
    if (c.kader.outcome.meldnormen.length) {
      lines.push({ label: l.meldnormen, text: c.kader.outcome.meldnormen.map((n) => `${n}: ${pack.meldnormen[n]}`).join('\n'), change: outcome });
    }
  }
  // The reasoning is written on the outcome screen.
  if (c.kader.reason.trim()) lines.push({ label: l.reason, text: c.kader.reason, change: outcome });
  return lines;
}

/** The same sections as plain text, for pasting into any file system. */
export function summaryText(sections: SummarySection[]): string {
  return sections
    .map((s) => [s.heading && s.heading.toUpperCase(), ...s.lines.map((x) => (x.label ? `${x.label}: ${x.text}` : x.text))].filter(Boolean).join('\n'))
    .join('\n\n');
}
