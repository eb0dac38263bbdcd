import type { StepNumber } from '../meldcode/types';

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
