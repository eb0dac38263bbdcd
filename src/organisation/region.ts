// Like the language and pack choices (src/app/settings.ts), a choice of this device, not case data;
// here, beside the profile that also names it, so the screens of any group can read it.
const REGION_KEY = 'meldwijzer.region';

/** The Veilig Thuis region the user works in (a CBS code like 'VT10'), or null: chosen on 'Mijn
 * organisatie' or from the Veilig Thuis finder. Not a case detail: it names where the user works,
 * not where a client lives. It picks the regional sociale kaart shown in steps 2 and 5. */
export function readRegion(): string | null {
  try {
    const stored = localStorage.getItem(REGION_KEY);
    return stored && /^VT\d{2}$/.test(stored) ? stored : null;
  } catch {
    return null;
  }
}

/** Best effort, like the pack choice; null forgets the choice. */
export function saveRegion(code: string | null): void {
  try {
    if (code) localStorage.setItem(REGION_KEY, code);
    else localStorage.removeItem(REGION_KEY);
  } catch {
    // Storage blocked: the choice holds until the page closes.
  }
}
