// Encryption at rest with Web Crypto: a random AES-GCM data key encrypts every case record
// (fresh IV each time); the data key itself is stored only wrapped by a key derived from the
// passphrase (PBKDF2-SHA-256). Changing the passphrase re-wraps the data key only.

export const PBKDF2_ITERATIONS = 600_000;

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

export function isSealed(v: unknown): v is Sealed {
  const s = v as Sealed | null;
  return !!s && typeof s.iv === 'string' && typeof s.data === 'string';
}
