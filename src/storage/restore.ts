import { CASE_STATUSES, CONSULT_KINDS, type Case, type Consultation, type ConsultKind, type KaderRecord, type RouteWalk, type StepRecord } from '../cases/types';
import { checkId } from '../cases/legacy-checks';
import { MELDNORMEN, OUTCOME_CODES, STEP_NUMBERS, type Move, type OutcomeCode, type StepNumber } from '../meldcode/types';

/**
 * Turns whatever is stored (or imported) into a valid Case (style rule 12): known fields only,
 * defaults for missing or mistyped ones. Text is kept as the plain string it is, HTML included:
 * Preact renders it inert, and stripping it would change what the professional wrote.
 */

export const MAX_TEXT = 100_000;
export const MAX_LABEL = 80;
const MAX_ID = 100;


type Raw = Record<string, unknown>;
const isObject = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);
const fields = (v: unknown): Raw => (isObject(v) ? v : {});
const isId = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= MAX_ID;
const oneOf = <T extends string>(allowed: readonly T[], v: unknown, fallback: T): T => (allowed.includes(v as T) ? (v as T) : fallback);

/** The text, cut to `max` without splitting an emoji's surrogate pair; '' for a non-string. */
export function clip(v: unknown, max = MAX_TEXT): string {
  if (typeof v !== 'string') return '';
  if (v.length <= max) return v;
  const cut = v.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/** A real calendar day as YYYY-MM-DD (not 2024-02-30), or ''. */
export function calendarDate(v: unknown): string {
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return '';
  const t = Date.parse(`${v}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().startsWith(v) ? v : '';
}

/** A local date and time as YYYY-MM-DDTHH:mm on a real calendar day, or ''. */
export function localDateTime(v: unknown): string {
  if (typeof v !== 'string') return '';
  const m = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d$/.exec(v);
  return m && calendarDate(m[1]) ? v : '';
}

/** A local time of day as HH:mm, or ''. */
export function clockTime(v: unknown): string {
  return typeof v === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(v) ? v : '';
}

/** An ISO date-time in canonical UTC form (so they sort as strings), or ''. */
export function isoTimestamp(v: unknown): string {
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(v)) return '';
  const t = Date.parse(v);
  return Number.isNaN(t) ? '' : new Date(t).toISOString();
}

/** A step's record. Checks stored by position (before database version 2, and in backups made
 * then) become item ids here too: sealed records cannot be read by the database upgrade. */
function step(v: unknown, packId: string, n: StepNumber): StepRecord {
  const s = fields(v);
  const checked = Array.isArray(s.checked) ? s.checked.filter((x): x is string => typeof x === 'string').map((x) => checkId(packId, n, clip(x, MAX_LABEL))) : [];
  return { notes: clip(s.notes), checked: [...new Set(checked)] };
}

function consultation(v: unknown): Consultation | null {
  const c = fields(v);
  // We cannot guess whom an unknown kind meant, and a wrong 'Veilig Thuis' is worse than none.
  if (!CONSULT_KINDS.includes(c.kind as ConsultKind)) return null;
  return { id: isId(c.id) ? c.id : crypto.randomUUID(), kind: c.kind as ConsultKind, date: calendarDate(c.date), time: clockTime(c.time), advice: clip(c.advice) };
}

/** The moves and answer times of any walk: the afwegingskader's, or a special route's. */
function walkOf(k: Record<string, unknown>): RouteWalk {
  const state = fields(k.state);
  const moves: Move[] = [];
  for (const m of Array.isArray(state.moves) ? state.moves : []) {
    // Stop at the first unreadable move: the moves after it only make sense after it.
    if (!isObject(m) || !isId(m.node) || (m.answer !== undefined && !isId(m.answer))) break;
    moves.push(m.answer === undefined ? { node: m.node } : { node: m.node, answer: m.answer });
  }
  const answeredAt = Object.fromEntries(
    Object.entries(fields(k.answeredAt)).map(([node, at]) => [node, isoTimestamp(at)]).filter(([, at]) => at),
  );
  // No pack is at hand here, so an unreadable start is not guessed: '' is no node of any pack,
  // and reconcile (when the case is imported or opened) turns it into the pack's own start.
  return { state: { start: isId(state.start) ? state.start : '', moves }, answeredAt };
}

/** Route walks by route id; an id that is no id (or '__proto__') is dropped with its walk. */
function routeWalks(v: unknown): Record<string, RouteWalk> {
  const out: Record<string, RouteWalk> = {};
  for (const [id, walk] of Object.entries(fields(v))) if (isId(id) && isObject(walk)) out[id] = walkOf(walk);
  return out;
}

function kader(v: unknown): KaderRecord {
  const k = fields(v);
  const record: KaderRecord = { ...walkOf(k), reason: clip(k.reason) };
  const o = fields(k.outcome);
  if (isId(o.node) && OUTCOME_CODES.includes(o.code as OutcomeCode)) {
    const meldnormen = MELDNORMEN.filter((n) => Array.isArray(o.meldnormen) && o.meldnormen.includes(n));
    record.outcome = { node: o.node, code: o.code as OutcomeCode, meldnormen, at: isoTimestamp(o.at) };
  }
  return record;
}

/** A valid Case from anything, or null when there is no id or packId to file it under. */
/** A stored revision counter; anything odd counts as 1, the lowest a stored case has. */
export function storedRevision(v: unknown): number {
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 1 ? v : 1;
}

export function normaliseCase(raw: unknown): Case | null {
  if (!isObject(raw) || !isId(raw.id) || !isId(raw.packId)) return null;
  const createdAt = isoTimestamp(raw.createdAt);
  const updatedAt = isoTimestamp(raw.updatedAt);
  const revision = storedRevision(raw.revision);
  const steps = fields(raw.steps);
  const conversation = fields(raw.conversation);
  const decisions = fields(raw.decisions);
  return {
    id: raw.id,
    label: clip(raw.label, MAX_LABEL),
    packId: raw.packId,
    packVersion: clip(raw.packVersion, MAX_LABEL),
    // Either time stands in for the other; '' only when neither was ever readable.
    createdAt: createdAt || updatedAt,
    updatedAt: updatedAt || createdAt,
    revision,
    status: oneOf(CASE_STATUSES, raw.status, 'open'),
    followUp: calendarDate(raw.followUp),
    done: STEP_NUMBERS.filter((n) => Array.isArray(raw.done) && raw.done.includes(n)),
    steps: Object.fromEntries(STEP_NUMBERS.map((n) => [n, step(steps[n], raw.packId as string, n)])) as Record<StepNumber, StepRecord>,
    consultations: (Array.isArray(raw.consultations) ? raw.consultations : []).map(consultation).filter((c) => c !== null),
    conversation: {
      held: oneOf(['', 'ja', 'overgeslagen'], conversation.held, ''),
      date: calendarDate(conversation.date),
      notes: clip(conversation.notes),
      skipReason: clip(conversation.skipReason),
    },
    kader: kader(raw.kader),
    decisions: {
      melden: oneOf(['', 'ja', 'nee'], decisions.melden, ''),
      meldDate: calendarDate(decisions.meldDate),
      hulp: oneOf(['', 'ja', 'nee'], decisions.hulp, ''),
      hulpWhat: clip(decisions.hulpWhat),
      notes: clip(decisions.notes),
      // Added after the first release: older cases and backups have neither, and get ''.
      meldAt: localDateTime(decisions.meldAt),
      meldTo: clip(decisions.meldTo, MAX_LABEL),
    },
    routes: routeWalks(raw.routes),
  };
}

export interface NewCaseInput {
  label: string;
  packId: string;
  packVersion: string;
  id?: string;
  now?: Date | string;
}

/** An empty case at revision 1, the lowest a stored case can have. */
export function newCase({ id = crypto.randomUUID(), label, packId, packVersion, now = new Date() }: NewCaseInput): Case {
  const at = typeof now === 'string' ? now : now.toISOString();
  const c = normaliseCase({ id, label, packId, packVersion, createdAt: at, updatedAt: at });
  if (!c) throw new TypeError('newCase needs a non-empty id and packId');
  return c;
}
