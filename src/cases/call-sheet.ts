import type { CompiledRoute, LocalizedPack, Locale } from '../content/schema';
import { STEP_NUMBERS } from '../content/schema';
import type { StepNumber } from '../meldcode/types';
import { summarise, type SummaryLabels, type SummaryLine } from './summary';
import type { Case } from './types';

/** What the user is about to ask Veilig Thuis for. */
export const CALL_KINDS = ['advies', 'melding'] as const;
export type CallKind = (typeof CALL_KINDS)[number];

/** The parts of a call, in the order Veilig Thuis asks about them. */
export const SHEET_PARTS = ['safety', 'signals', 'consultations', 'conversation', 'kader', 'decisions'] as const;
export type SheetPart = (typeof SHEET_PARTS)[number];

export interface SheetSection {
  part: SheetPart;
  /** Where the case's answers for this part are edited. */
  step: StepNumber;
  /** What the case already holds, filled in; empty when nothing (the screen says so). */
  lines: SummaryLine[];
}

/** Where a step's own lines (ticks, notes, its fields) go on the sheet. */
const PART_OF_STEP: Record<StepNumber, SheetPart> = { 1: 'signals', 2: 'consultations', 3: 'conversation', 4: 'kader', 5: 'decisions' };

const isKaderLine = (line: SummaryLine) => !!line.change && ('node' in line.change || 'kader' in line.change);

/**
 * The call sheet's sections, built from the same lines as the summary (summarise), so the two
 * never say different things about a case: each step's lines go to the part Veilig Thuis asks
 * about, the afwegingskader's to 'kader', and the answer to a question that can mark acute danger
 * also to 'safety' (what Veilig Thuis asks first).
 */
export function callSheet(c: Case, pack: LocalizedPack, lang: Locale, labels: SummaryLabels, opts: { formatTime?: (iso: string) => string; formatDate?: (day: string) => string; routes?: CompiledRoute[] } = {}): SheetSection[] {
  const sections = summarise(c, pack, lang, labels, { ...opts, withLabel: false });
  const acuteNodes = new Set(Object.entries(pack.kader.nodes)
    .filter(([, node]) => node.type === 'question' && node.answers?.some((a) => a.acute))
    .map(([id]) => id));
  const out: Record<SheetPart, SheetSection> = {
    safety: { part: 'safety', step: pack.kaderStep, lines: [] },
    signals: { part: 'signals', step: 1, lines: [] },
    consultations: { part: 'consultations', step: 2, lines: [] },
    conversation: { part: 'conversation', step: 3, lines: [] },
    kader: { part: 'kader', step: pack.kaderStep, lines: [] },
    decisions: { part: 'decisions', step: 5, lines: [] },
  };
  STEP_NUMBERS.forEach((n, i) => {
    // summarise: the case's own facts first, then one section per step in order.
    for (const line of sections[i + 1]?.lines ?? []) {
      // A step without anything is one unlabelled 'empty' line: the sheet says that itself.
      if (!line.label) continue;
      if (!isKaderLine(line)) { out[PART_OF_STEP[n]].lines.push(line); continue; }
      out.kader.lines.push(line);
      if (line.change && 'node' in line.change && acuteNodes.has(line.change.node)) out.safety.lines.push(line);
    }
  });
  return SHEET_PARTS.map((p) => out[p]);
}

/** The pages the sheet's wording comes from (../shared/domain/veilig-thuis.md §4 and §5: S15,
 * S26, S29, S31, S32, S33); shown on the sheet as its 'Bron' line. */
export const CALL_SOURCES: { owner: string; title: string; url: string }[] = [
  { owner: 'Veilig Thuis Hollands Midden', title: 'Ik ben professional', url: 'https://veiligthuishollandsmidden.nl/ik-ben-professional/' },
  { owner: 'Week tegen Kindermishandeling', title: 'Wat kun je als professional van Veilig Thuis verwachten?', url: 'https://weektegenkindermishandeling.nl/over-kindermishandeling/wat-kun-je-als-professional-van-veilig-thuis-verwachten/' },
  { owner: 'Veilig Thuis Noord- en Midden-Limburg', title: 'Professionals', url: 'https://www.veiligthuisnml.nl/onze-organisatie/professionals/' },
  { owner: 'Veilig Thuis Noord- en Oost-Gelderland', title: 'Anoniem melden', url: 'https://www.veiligthuisnoordoostgelderland.nl/anoniem-melden/' },
  { owner: 'meldcode.nu', title: 'Melden', url: 'https://www.meldcode.nu/melden/' },
  { owner: 'KNMG', title: 'Meldcode, bijlage 3: een anonieme melding doen bij Veilig Thuis (2023)', url: 'https://knmg-meldcode.maglr.com/meldcode-kindermishandeling-en-huiselijk-geweld/bijlage-3-een-anonieme-melding-doen-bij-veilig-thuis' },
];

/** A phone number as written in the content ('088-308 3636') as a tel: address. */
export const telHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`;
