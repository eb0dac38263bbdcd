import type { Locale } from '../content/schema';

// Placeholder: H4 (regions) builds this. Shown in steps 2 and 5: the chosen region's sociale
// kaart entries for that step (whom to consult; organising help), with a link to the whole kaart,
// or a way to choose a region when none is chosen.
export function RegionCard(_: { step: 2 | 5; lang: Locale }) {
  return null;
}
