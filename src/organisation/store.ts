import { saveRegion } from './region';
import { parseFile, serialise, type OrganisationProfile } from './profile';

// Not case data: the organisation's name, its aandachtsfunctionaris and its own meldcode say who
// the user works for, nothing about a client. So it lives beside the other choices of this device
// (language, pack, region) in localStorage, outside the encrypted case store, and may be shared.
const KEY = 'meldwijzer.organisation';

/** The profile on this device, or null (none, storage blocked, or a stored value that no longer
 * reads: it is checked like any file, since anything could have written it). */
export function readProfile(): OrganisationProfile | null {
  try {
    const stored = localStorage.getItem(KEY);
    if (!stored) return null;
    const result = parseFile(stored, stored.length);
    return result.ok ? result.profile : null;
  } catch {
    // Storage blocked, or no storage at all (the prerender).
    return null;
  }
}

/** Keeps the profile and sets the region setting to its region, so the sociale kaart shown in
 * steps 2 and 5 is the profile's. False when the browser refuses to store it (the UI says so). */
export function saveProfile(profile: OrganisationProfile): boolean {
  try {
    localStorage.setItem(KEY, serialise(profile));
  } catch {
    return false;
  }
  if (profile.region) saveRegion(profile.region);
  notify();
  return true;
}

/** Forgets the profile. The region setting stays: the user may have chosen it on its own. */
export function clearProfile(): boolean {
  try {
    localStorage.removeItem(KEY);
  } catch {
    return false;
  }
  notify();
  return true;
}

// The card in step 2 and the screen can be on screen together with a change made elsewhere.
const listeners = new Set<() => void>();
function notify() {
  for (const l of listeners) l();
}
export function onProfileChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
