import type { StepNumber } from '../content/schema';
import type { KaderState, Meldnorm, OutcomeCode } from '../meldcode/types';

/**
 * A casus: one worry about one client, kept only on this device. The official file (leerling-,
 * patiënt- of cliëntdossier) stays the record of truth; this is the professional's working copy.
 */

export const CASE_STATUSES = ['open', 'gemeld', 'hulp-loopt', 'afgesloten'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** Whom step 2 consulted. */
export const CONSULT_KINDS = ['collega', 'aandachtsfunctionaris', 'veilig-thuis', 'letselduiding'] as const;
export type ConsultKind = (typeof CONSULT_KINDS)[number];

export interface Consultation {
  id: string;
  kind: ConsultKind;
  /** YYYY-MM-DD, or '' when not filled in yet. */
  date: string;
  /** HH:mm, or '' (not asked for; missing in consultations from before the call record). */
  time: string;
  advice: string;
}

export interface StepRecord {
  notes: string;
  /** Ids of the ticked checklist items of the pack's step (before database version 2: positions,
   * see cases/legacy-checks.ts). */
  checked: string[];
}

/** Step 3: the conversation with the client, or why it was skipped. */
export interface Conversation {
  held: '' | 'ja' | 'overgeslagen';
  date: string;
  notes: string;
  skipReason: string;
}

/** The afwegingskader as answered for this case. */
export interface KaderRecord {
  state: KaderState;
  /** ISO time each node was answered or passed, by node id. */
  answeredAt: Record<string, string>;
  /** Set when the walk reached an end outcome. */
  outcome?: { node: string; code: OutcomeCode; meldnormen: Meldnorm[]; at: string };
  /** The professional's own reasoning, in their words. */
  reason: string;
}

/** A special route's short walk (e.g. "Is the trip abroad near?"), answered for this case, walked
 * by the same engine as the afwegingskader. */
export interface RouteWalk {
  state: KaderState;
  /** ISO time each node was answered, by node id. */
  answeredAt: Record<string, string>;
}

/** Step 5: the two decisions, in the order the meldcode asks them. */
export interface Decisions {
  melden: '' | 'ja' | 'nee';
  meldDate: string;
  hulp: '' | 'ja' | 'nee';
  hulpWhat: string;
  notes: string;
  /** 'Gemeld op … bij …', recorded on the outcome screen: local date and time as
   * YYYY-MM-DDTHH:mm (what a datetime-local field gives), or ''. Missing in cases from before. */
  meldAt: string;
  /** Whom the melding went to ('Veilig Thuis' unless the user says otherwise). */
  meldTo: string;
}

export interface Case {
  id: string;
  /** A short code the user picks (initials or an own code, never a full name). */
  label: string;
  packId: string;
  packVersion: string;
  /** ISO date-times. */
  createdAt: string;
  updatedAt: string;
  /** Raised by one on every save; a save that expects an older revision is a conflict. */
  revision: number;
  status: CaseStatus;
  /** 'Wanneer opnieuw wegen': YYYY-MM-DD or ''. */
  followUp: string;
  done: StepNumber[];
  steps: Record<StepNumber, StepRecord>;
  consultations: Consultation[];
  conversation: Conversation;
  kader: KaderRecord;
  decisions: Decisions;
  /** The special routes walked for this case, by route id (missing in cases from before). */
  routes: Record<string, RouteWalk>;
}

/** What the case list needs, without loading every note. */
export type CaseSummary = Pick<Case, 'id' | 'label' | 'packId' | 'status' | 'followUp' | 'updatedAt' | 'createdAt'>;
