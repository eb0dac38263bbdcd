/**
 * The afwegingskader as data. A content pack supplies the graph, so a beroepsgroep can
 * reword or extend it without code; the engine only knows these shapes.
 */

export type NodeId = string;

/** 'ja' and 'nee' are the two branches of the official kader; a pack may offer several
 * answers per branch (e.g. "ja, acuut" and "ja, structureel") to add meaning to one branch. */
export type AnswerValue = 'ja' | 'nee';

export interface Answer {
  id: string;
  value: AnswerValue;
  next: NodeId;
  /** Marks acute danger: the UI must put 'Bel 112' before anything else from here on. */
  acute?: boolean;
}

/** A way out that a screen offers beside its answers: acute or structural unsafety is weighed
 * 'allereerst en voortdurend', so while help runs a new worry must lead to reporting at once. */
export interface Exit {
  id: string;
  next: NodeId;
}

export interface QuestionNode {
  type: 'question';
  /** Which of the five afwegingen (1–5) this question belongs to. */
  afweging: number;
  answers: Answer[];
  exits?: Exit[];
}

/** The meldcode always has these five steps (Besluit verplichte meldcode, art. 2). */
export const STEP_NUMBERS = [1, 2, 3, 4, 5] as const;
export type StepNumber = (typeof STEP_NUMBERS)[number];

/** The five afwegingen of the afwegingskader. */
export const AFWEGINGEN = [1, 2, 3, 4, 5] as const;
export type Afweging = (typeof AFWEGINGEN)[number];

export const OUTCOME_CODES = [
  'afsluiten-en-vastleggen',
  'melden',
  'hulp-bieden-of-organiseren',
  'hulp-afsluiten-met-monitoring',
  'opnieuw-melden',
] as const;
export type OutcomeCode = (typeof OUTCOME_CODES)[number];

/** The three professional meldnormen of the afwegingskader. */
export const MELDNORMEN = [1, 2, 3] as const;
export type Meldnorm = (typeof MELDNORMEN)[number];

export interface OutcomeNode {
  type: 'outcome';
  code: OutcomeCode;
  /** The professional meldnorm that makes this outcome a report to Veilig Thuis. */
  meldnorm?: Meldnorm;
  /** A waypoint outcome: the walk goes on to this node once the user continues. */
  next?: NodeId;
  /** From here on the remaining afwegingen are walked together with Veilig Thuis. */
  withVeiligThuis?: boolean;
  /** The next question must wait for an agreed moment (afweging 5 checks the help's result). */
  followUp?: boolean;
  /** A new melding even when Veilig Thuis is already involved: new acute or structural unsafety
   * (meldnorm 1) is never settled by the joint conclusion of an earlier melding. */
  alwaysReport?: boolean;
  exits?: Exit[];
}

export type KaderNode = QuestionNode | OutcomeNode;

/**
 * What the engine needs of any walk: the afwegingskader, and the short walk of a special route
 * (e.g. "Is there an acute risk?"), whose outcomes say which parts of the route apply instead of
 * what to do about melden. The kader's nodes are such nodes with more fields.
 */
export interface GraphNode {
  type: 'question' | 'outcome';
  answers?: { id: string; next: NodeId; acute?: boolean }[];
  next?: NodeId;
  exits?: Exit[];
}

export interface Graph {
  start: NodeId;
  nodes: Record<NodeId, GraphNode>;
}

export interface Kader {
  start: NodeId;
  nodes: Record<NodeId, KaderNode>;
}

/** One recorded move: an answer to a question, passing a waypoint outcome, or taking an exit
 * (then `answer` is the exit's id). */
export interface Move {
  node: NodeId;
  answer?: string;
}

/**
 * What an outcome asks of melden, as one word, so no screen can contradict another:
 * - 'none': no melding (close, or help without a melding);
 * - 'new': report to Veilig Thuis;
 * - 'again': report again, a new melding, although this walk reported before;
 * - 'joint': Veilig Thuis already has the case from this walk; record the joint conclusion.
 */
export type ReportKind = 'none' | 'new' | 'again' | 'joint';

/** What the user has answered so far. `start` differs from the kader's start only when a
 * walk was begun at a later question (a trainer's deep link). */
export interface KaderState {
  start: NodeId;
  moves: Move[];
}

export type KaderEvent =
  | { type: 'answer'; node: NodeId; answer: string }
  | { type: 'continue'; node: NodeId }
  | { type: 'back' }
  | { type: 'startAt'; node: NodeId }
  | { type: 'restart' };

export interface Position {
  /** Every node visited, from the start up to and including `current`. */
  path: NodeId[];
  current: NodeId;
  /** True when `current` is an outcome without `next`: the walk has ended. */
  finished: boolean;
  meldnormen: Meldnorm[];
  acute: boolean;
  withVeiligThuis: boolean;
  /** Whether the walk has reached a report to Veilig Thuis (beslissing 1). */
  gemeld: boolean;
  /** What the current node asks of melden ('none' for a question). */
  report: ReportKind;
}
