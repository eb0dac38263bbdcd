/**
 * 'Mijn organisatie': who a professional consults first (their own aandachtsfunctionaris), their
 * organisation's own meldcode and their Veilig Thuis region. It holds no case data, so an
 * aandachtsfunctionaris may share it with colleagues as a small file or a link. Pure: no DOM,
 * no storage — everything a file or link brings is checked here before anything is kept.
 */

export const PROFILE_MARKER = 'organisatie';
export const PROFILE_FORMAT = 1;
/** The fragment key of a shared link: `/organisatie/#profiel=<base64url of the JSON>`. */
export const LINK_KEY = 'profiel';
/** Caps, checked before anything is decoded or parsed: a profile is a few hundred bytes. */
export const MAX_LINK_PAYLOAD = 4 * 1024;
export const MAX_FILE_BYTES = 16 * 1024;

export const LIMITS = { name: 100, contactName: 100, phone: 30, email: 254, meldcodeUrl: 500 } as const;

export interface OrganisationProfile {
  /** The organisation's name, e.g. 'Basisschool De Regenboog'. */
  name: string;
  /** The aandachtsfunctionaris (or whoever the organisation names for a first consultation). */
  contactName: string;
  phone: string;
  email: string;
  /** The organisation's own meldcode (its intranet or website), http(s) only. */
  meldcodeUrl: string;
  /** The Veilig Thuis region as a CBS code ('VT10'), or '' for none. */
  region: string;
}

export type ProfileField = keyof OrganisationProfile;
export const FIELDS: readonly ProfileField[] = ['name', 'contactName', 'phone', 'email', 'meldcodeUrl', 'region'];

/** What is wrong with one field: the UI words it (org.error.<code>). */
export type FieldProblem = 'required' | 'tooLong' | 'markup' | 'phoneChars' | 'phoneLength' | 'email' | 'url' | 'region';
export interface FieldError {
  field: ProfileField;
  problem: FieldProblem;
}

/** Why a shared file or link was refused. `text`: the offending text, to be shown as inert text only. */
export type ImportError =
  | { kind: 'malformed'; reason: 'base64' | 'json' | 'marker' | 'format' | 'types' | 'missing' }
  | { kind: 'tooLarge'; size: number; limit: number }
  | { kind: 'markup'; field: ProfileField; text: string }
  | { kind: 'invalid'; errors: FieldError[] };

export type ImportResult = { ok: true; profile: OrganisationProfile } | { ok: false; error: ImportError };

export const EMPTY_PROFILE: OrganisationProfile = { name: '', contactName: '', phone: '', email: '', meldcodeUrl: '', region: '' };

const MARKUP = /[<>]/;
const PHONE_CHARS = /^[0-9 +\-()]+$/;
// Enough to catch a typo, not a full RFC 5322 check: one @, something on both sides, a dot after it.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const REGION = /^VT\d{2}$/;

/** Trims every field: what a user typed or a file brought, as it will be kept. */
export function tidy(p: OrganisationProfile): OrganisationProfile {
  return Object.fromEntries(FIELDS.map((f) => [f, p[f].trim()])) as unknown as OrganisationProfile;
}

/** Every problem, in field order. `knownRegions`: the directory's codes, when loaded; without it
 * only the code's shape is checked. A name is the one thing required: without it the card says nothing. */
export function validate(input: OrganisationProfile, knownRegions?: readonly string[]): FieldError[] {
  const p = tidy(input);
  const errors: FieldError[] = [];
  for (const field of FIELDS) {
    const value = p[field];
    const problem = fieldProblem(field, value, knownRegions);
    if (problem) errors.push({ field, problem });
  }
  return errors;
}

function fieldProblem(field: ProfileField, value: string, knownRegions?: readonly string[]): FieldProblem | undefined {
  if (field === 'name' && !value) return 'required';
  if (!value) return undefined;
  if (field !== 'region' && value.length > LIMITS[field]) return 'tooLong';
  // Never markup: the text ends up in a colleague's app; Preact would escape it, but a profile
  // with tags in it is not a profile anyone meant to share.
  if (MARKUP.test(value)) return 'markup';
  switch (field) {
    case 'phone': {
      if (!PHONE_CHARS.test(value)) return 'phoneChars';
      // An internal extension (4 digits) up to an international number (15 digits, E.164).
      const digits = value.replace(/\D/g, '').length;
      return digits < 3 || digits > 15 ? 'phoneLength' : undefined;
    }
    case 'email':
      return EMAIL.test(value) ? undefined : 'email';
    case 'meldcodeUrl':
      return isWebUrl(value) ? undefined : 'url';
    case 'region':
      return REGION.test(value) && (!knownRegions || knownRegions.includes(value)) ? undefined : 'region';
    default:
      return undefined;
  }
}

/** Only http(s): a `javascript:` or `data:` link in a shared profile would run in a colleague's app. */
export function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && !!url.hostname;
  } catch {
    return false;
  }
}

/** The number for a tel: link: digits and a leading +, nothing else. */
export function telHref(phone: string): string {
  const trimmed = phone.trim();
  return `tel:${trimmed.startsWith('+') ? '+' : ''}${trimmed.replace(/\D/g, '')}`;
}

/** The file's content (and the link's JSON): a marker and format first, then only the fields set. */
export function serialise(profile: OrganisationProfile): string {
  const p = tidy(profile);
  const fields = Object.fromEntries(FIELDS.filter((f) => p[f]).map((f) => [f, p[f]]));
  return JSON.stringify({ meldwijzer: PROFILE_MARKER, format: PROFILE_FORMAT, ...fields });
}

/** The file name for a download: the format is recognisable without opening it. */
export const PROFILE_FILE_NAME = 'meldwijzer-organisatie.json';

/** A link to `pageUrl` (the /organisatie/ address) carrying the profile in the fragment: a
 * browser never sends the fragment to a server, so the profile stays between the colleagues. */
export function profileLink(profile: OrganisationProfile, pageUrl: string): string {
  const url = new URL(pageUrl);
  url.search = '';
  url.hash = `${LINK_KEY}=${toBase64Url(serialise(profile))}`;
  return url.href;
}

/** The payload of a location.hash like '#profiel=…', or null when the fragment carries no profile. */
export function linkPayload(hash: string): string | null {
  const prefix = `#${LINK_KEY}=`;
  return hash.startsWith(prefix) ? hash.slice(prefix.length) : null;
}

/** A link's payload (base64url of the JSON) back to a profile. The size is checked first. */
export function parseLinkPayload(payload: string, knownRegions?: readonly string[]): ImportResult {
  if (payload.length > MAX_LINK_PAYLOAD) return fail({ kind: 'tooLarge', size: payload.length, limit: MAX_LINK_PAYLOAD });
  const json = fromBase64Url(payload);
  if (json === null) return fail({ kind: 'malformed', reason: 'base64' });
  return parseJson(json, knownRegions);
}

/** A file's text back to a profile. `size`: the file's size in bytes, checked before it is read;
 * the text's own length is checked again, for callers that got the text some other way. */
export function parseFile(text: string, size: number, knownRegions?: readonly string[]): ImportResult {
  const bytes = Math.max(size, text.length);
  if (bytes > MAX_FILE_BYTES) return fail({ kind: 'tooLarge', size: bytes, limit: MAX_FILE_BYTES });
  return parseJson(text, knownRegions);
}

/** Whether a file of this size is worth reading at all. */
export function fileTooLarge(size: number): ImportError | null {
  return size > MAX_FILE_BYTES ? { kind: 'tooLarge', size, limit: MAX_FILE_BYTES } : null;
}

function parseJson(json: string, knownRegions?: readonly string[]): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return fail({ kind: 'malformed', reason: 'json' });
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return fail({ kind: 'malformed', reason: 'marker' });
  const record = data as Record<string, unknown>;
  if (record.meldwijzer !== PROFILE_MARKER) return fail({ kind: 'malformed', reason: 'marker' });
  if (record.format !== PROFILE_FORMAT) return fail({ kind: 'malformed', reason: 'format' });
  const profile = { ...EMPTY_PROFILE };
  for (const field of FIELDS) {
    const value = record[field];
    if (value === undefined) continue;
    if (typeof value !== 'string') return fail({ kind: 'malformed', reason: 'types' });
    profile[field] = value;
  }
  // Markup first, with the field named: the most likely sign of a tampered link.
  for (const field of FIELDS) {
    if (MARKUP.test(profile[field])) return fail({ kind: 'markup', field, text: profile[field].slice(0, 200) });
  }
  if (!profile.name.trim()) return fail({ kind: 'malformed', reason: 'missing' });
  const errors = validate(profile, knownRegions);
  if (errors.length) return fail({ kind: 'invalid', errors });
  return { ok: true, profile: tidy(profile) };
}

const fail = (error: ImportError): ImportResult => ({ ok: false, error });

export function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Null for anything that is not base64url of UTF-8 text. */
export function fromBase64Url(payload: string): string | null {
  if (!/^[A-Za-z0-9_-]*$/.test(payload) || payload.length % 4 === 1) return null;
  try {
    const binary = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Whether two profiles say the same. */
export function sameProfile(a: OrganisationProfile, b: OrganisationProfile): boolean {
  return FIELDS.every((f) => a[f].trim() === b[f].trim());
}
