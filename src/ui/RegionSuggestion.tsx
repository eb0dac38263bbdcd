import type { Locale } from '../content/schema';

// Placeholder: H4 (regions) builds this. Shown by the Veilig Thuis finder under a found region:
// the link to that region's sociale kaart when there is a regional pack for it, and 'Dit is mijn
// regio' (saveRegion). `vt` is the CBS region code, e.g. 'VT10'.
export function RegionSuggestion(_: { vt: string; lang: Locale }) {
  return null;
}
