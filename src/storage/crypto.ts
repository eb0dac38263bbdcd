// Encryption at rest with Web Crypto: a random AES-GCM data key encrypts every case record
// (fresh IV each time); the data key itself is stored only wrapped by a key derived from the
// passphrase (PBKDF2-SHA-256). Changing the passphrase re-wraps the data key only.

export const PBKDF2_ITERATIONS = 600_000;
/** The PBKDF2 work a vault may ask for. The count is read from the stored record or a backup
 * file, and a hostile file asking for 4294967295 rounds would keep the derivation busy for
 * hours; the app writes PBKDF2_ITERATIONS (tests write fewer, never below the minimum). */
export const MIN_ITERATIONS = 100_000;
export const MAX_ITERATIONS = 1_000_000;
// Byte lengths the app writes: a 128-bit salt, AES-GCM's 96-bit IV, a 256-bit key plus its tag.
const SALT_BYTES = 16;
const IV_BYTES = 12;
const WRAPPED_KEY_BYTES = 48;

export interface Sealed {
  iv: string;
  data: string;
}

/** What is stored about the lock: everything except the passphrase and the unwrapped key. */
export interface VaultRecord {
  version: 1;
  salt: string;
  iterations: number;
  wrapped: Sealed;
}

export class WrongPassphrase extends Error {
  override name = 'WrongPassphrase';
}

/** A vault record asking for work or sizes the app never writes: refused before deriving anything. */
export class UnsupportedVault extends Error {
  override name = 'UnsupportedVault';
}

/** Ciphertext that fails its authentication tag: changed on disk or in a file. */
export class Tampered extends Error {
  override name = 'Tampered';
}

function toB64(bytes: ArrayBuffer | Uint8Array): string {
  const all = new Uint8Array(bytes);
  let text = '';
  // In slices: spreading a whole large record into one call would overflow the stack.
  for (let i = 0; i < all.length; i += 0x8000) text += String.fromCharCode(...all.subarray(i, i + 0x8000));
  return btoa(text);
}
const fromB64 = (text: string): Uint8Array<ArrayBuffer> => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
const random = (n: number) => crypto.getRandomValues(new Uint8Array(n));

async function wrappingKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, { name: 'AES-GCM', length: 256 }, false, ['wrapKey', 'unwrapKey']);
}

async function wrap(dataKey: CryptoKey, passphrase: string, iterations: number): Promise<VaultRecord> {
  const salt = random(16);
  const iv = random(12);
  const kek = await wrappingKey(passphrase, salt, iterations);
  const data = await crypto.subtle.wrapKey('raw', dataKey, kek, { name: 'AES-GCM', iv });
  return { version: 1, salt: toB64(salt), iterations, wrapped: { iv: toB64(iv), data: toB64(data) } };
}

/** A new data key and its record; the key stays extractable only so it can be re-wrapped. */
export async function createVault(passphrase: string, iterations = PBKDF2_ITERATIONS): Promise<{ vault: VaultRecord; key: CryptoKey }> {
  const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt', 'decrypt']);
  return { vault: await wrap(key, passphrase, iterations), key };
}

export async function unlockVault(vault: VaultRecord, passphrase: string): Promise<CryptoKey> {
  if (!isSupportedVault(vault)) throw new UnsupportedVault('The vault asks for parameters this app never writes');
  const kek = await wrappingKey(passphrase, fromB64(vault.salt), vault.iterations);
  try {
    return await crypto.subtle.unwrapKey('raw', fromB64(vault.wrapped.data), kek, { name: 'AES-GCM', iv: fromB64(vault.wrapped.iv) }, { name: 'AES-GCM', length: 256 }, true, ['encrypt', 'decrypt']);
  } catch {
    // AES-GCM cannot tell a wrong passphrase from a changed record; both mean: not this passphrase.
    throw new WrongPassphrase('The passphrase does not open this vault');
  }
}

export function rewrapVault(key: CryptoKey, newPassphrase: string, iterations = PBKDF2_ITERATIONS): Promise<VaultRecord> {
  return wrap(key, newPassphrase, iterations);
}

export async function seal(key: CryptoKey, value: unknown): Promise<Sealed> {
  const iv = random(12);
  const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, new TextEncoder().encode(JSON.stringify(value)));
  return { iv: toB64(iv), data: toB64(data) };
}

export async function open(key: CryptoKey, sealed: Sealed): Promise<unknown> {
  try {
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromB64(sealed.iv) }, key, fromB64(sealed.data));
    return JSON.parse(new TextDecoder().decode(plain));
  } catch {
    throw new Tampered('A sealed record failed its integrity check');
  }
}

export function isVaultRecord(v: unknown): v is VaultRecord {
  const r = v as VaultRecord | null;
  return !!r && r.version === 1 && typeof r.salt === 'string' && Number.isSafeInteger(r.iterations) && r.iterations >= 100_000
    && typeof r.wrapped?.iv === 'string' && typeof r.wrapped?.data === 'string';
}

/** How many bytes a base64 text holds, or -1 when it is not base64. Counted from the text, so a
 * huge field costs nothing to refuse. */
function base64Bytes(text: string): number {
  if (text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) return -1;
  return (text.length / 4) * 3 - (text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0);
}

/** A vault within what this app writes: bounded PBKDF2 work, and salt, IV and wrapped key of
 * their exact sizes. Checked before any key derivation. */
export function isSupportedVault(v: unknown): v is VaultRecord {
  return isVaultRecord(v) && v.iterations >= MIN_ITERATIONS && v.iterations <= MAX_ITERATIONS
    && base64Bytes(v.salt) === SALT_BYTES && base64Bytes(v.wrapped.iv) === IV_BYTES && base64Bytes(v.wrapped.data) === WRAPPED_KEY_BYTES;
}

/** A sealed value with the IV size the app writes. */
export function isSupportedSealed(v: unknown): v is Sealed {
  return isSealed(v) && base64Bytes(v.iv) === IV_BYTES && base64Bytes(v.data) > 0;
}

export function isSealed(v: unknown): v is Sealed {
  const s = v as Sealed | null;
  return !!s && typeof s.iv === 'string' && typeof s.data === 'string';
}
