import { STEP_NUMBERS, type StepNumber } from '../meldcode/types';

/**
 * FROZEN. Until database version 2 a case stored its ticked checklist items by position
 * ('todo.<index>', 'record.<index>'). These are the ids of the Algemeen pack's items at those
 * positions in versions 1.0.0 and 1.1.0 (the two versions that stored positions; 1.1.0 edited
 * wording but moved no item). Never edit this table: it describes data already on devices.
 * The content may rename or drop ids later; reconcile and the summary handle unknown ids.
 */
export const __LEGACY_ALGEMEEN_CHECKS: Readonly<Record<StepNumber, { readonly todo: readonly string[]; readonly record: readonly string[] }>> = {
  1: {
    todo: ['signalen-opschrijven', 'zelf-of-gehoord', 'kindcheck', 'signalenlijst'],
    record: ['signalen-feitelijk', 'bron', 'letterlijk-gezegd', 'kindcheck-uitkomst'],
  },
  2: {
    todo: ['overleg-collega', 'uitleg-toetsen', 'advies-veilig-thuis', 'letselduiding', 'eer-vgv-meteen'],
    record: ['met-wie-overlegd', 'advies-overleg', 'advies-veilig-thuis-vastleggen', 'wat-met-advies'],
  },
  3: {
    todo: ['gesprek-voorbereiden', 'doel-gesprek', 'feiten-vertellen', 'reactie-client', 'gesprek-overslaan'],
    record: ['gesprek-wanneer', 'wat-verteld', 'reactie-letterlijk', 'overslaan-waarom'],
  },
  4: {
    todo: ['alles-op-een-rij', 'vijf-vragen', 'risicotaxatie', 'twijfel-advies'],
    record: ['antwoorden-afweging', 'advies-veilig-thuis-weging', 'uitkomst-weging'],
  },
  5: {
    todo: ['beslissing-melden', 'beslissing-hulp', 'open-melden', 'eigen-naam', 'betrokken-blijven', 'hulp-evalueren'],
    record: ['beide-beslissingen', 'melding-wanneer', 'open-melden-vastleggen', 'hulp-afspraken', 'terugkoppeling'],
  },
};

const LEGACY_KEY = /^(todo|record)\.(\d{1,3})$/;

/** The item id a stored check means. Keys in the old positional form are looked up in the frozen
 * table; anything else (an id already, or a position the table lacks) is kept as it is, so nothing
 * a user ticked is dropped here: an id the pack no longer has is simply not shown. */
export function checkId(packId: string, step: StepNumber, key: string): string {
  const m = LEGACY_KEY.exec(key);
  if (!m || packId !== 'algemeen') return key;
  return __LEGACY_ALGEMEEN_CHECKS[step][m[1] as 'todo' | 'record'][Number(m[2])] ?? key;
}

/** Whether a stored case record still holds positional checks (database version 1). */
export function hasLegacyChecks(raw: unknown): boolean {
  const steps = (raw as { steps?: unknown } | null)?.steps;
  if (typeof steps !== 'object' || steps === null) return false;
  return Object.values(steps).some((s) => Array.isArray((s as { checked?: unknown })?.checked)
    && (s as { checked: unknown[] }).checked.some((k) => typeof k === 'string' && LEGACY_KEY.test(k)));
}

/** A stored record with its positional checks turned into ids; every other field as it was. */
export function withCheckIds(record: Record<string, unknown>): Record<string, unknown> {
  const steps = record.steps as Record<string, { checked?: unknown } | undefined>;
  const packId = typeof record.packId === 'string' ? record.packId : '';
  const mapped = Object.fromEntries(Object.entries(steps).map(([n, s]) => {
    const step = Number(n) as StepNumber;
    if (!STEP_NUMBERS.includes(step) || !Array.isArray(s?.checked)) return [n, s];
    return [n, { ...s, checked: s.checked.map((k: unknown) => (typeof k === 'string' ? checkId(packId, step, k) : k)) }];
  }));
  return { ...record, steps: mapped };
}
