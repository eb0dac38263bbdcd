import { afterEach, describe, expect, test, vi } from 'vitest';
import { openSealedBackup, sealedBackupOf, serialiseSealedBackup } from '../../../src/storage/backup-sealed';
import { createVault, PBKDF2_ITERATIONS, unlockVault, UnsupportedVault, type VaultRecord } from '../../../src/storage/crypto';
import { newCase } from '../../../src/storage/restore';

// Fewer PBKDF2 rounds than production, still inside the range a file may ask for.
const FAST = 100_000;
const aCase = newCase({ id: 'k1', label: 'K', packId: 'algemeen', packVersion: '1.1.0', now: '2026-11-01T10:00:00.000Z' });

async function sealedFile(): Promise<Record<string, any>> {
  const created = await createVault('een lange wachtwoordzin', FAST);
  return JSON.parse(await serialiseSealedBackup([aCase], created, new Date('2026-11-23T12:00:00Z')));
}

const b64 = (n: number) => Buffer.alloc(n).toString('base64');

afterEach(() => { vi.restoreAllMocks(); });

describe('an encrypted backup', () => {
  test('made by the app opens with its passphrase', async () => {
    const file = await sealedFile();
    const sealed = sealedBackupOf(JSON.stringify(file));
    expect(sealed).toMatchObject({ ok: true });
    const text = await openSealedBackup((sealed as { ok: true; encrypted: any }).encrypted, 'een lange wachtwoordzin');
    expect(JSON.parse(text).cases).toEqual([aCase]);
  });

  test.each([
    ['4294967295 PBKDF2 iterations (hours of work)', (v: VaultRecord) => ({ ...v, iterations: 4294967295 })],
    ['more iterations than the app ever writes', (v: VaultRecord) => ({ ...v, iterations: 1_000_001 })],
    ['too few iterations', (v: VaultRecord) => ({ ...v, iterations: 99_999 })],
    ['iterations that are not a whole number', (v: VaultRecord) => ({ ...v, iterations: 600_000.5 })],
    ['iterations as text', (v: VaultRecord) => ({ ...v, iterations: '600000' })],
    ['a salt of 1 MB', (v: VaultRecord) => ({ ...v, salt: b64(1024 * 1024) })],
    ['a salt of 4 bytes', (v: VaultRecord) => ({ ...v, salt: b64(4) })],
    ['a salt that is not base64', (v: VaultRecord) => ({ ...v, salt: '!!not base64!!' })],
    ['an iv of 64 bytes for the wrapped key', (v: VaultRecord) => ({ ...v, wrapped: { ...v.wrapped, iv: b64(64) } })],
    ['a wrapped key of the wrong length', (v: VaultRecord) => ({ ...v, wrapped: { ...v.wrapped, data: b64(4096) } })],
  ])('with %s is refused before any key is derived', async (_name, change) => {
    const derive = vi.spyOn(crypto.subtle, 'deriveKey');
    const file = await sealedFile();
    derive.mockClear();
    const hostile = { ...file, encrypted: { ...file.encrypted, vault: change(file.encrypted.vault) } };
    expect(sealedBackupOf(JSON.stringify(hostile))).toEqual({ ok: false });
    await expect(openSealedBackup(hostile.encrypted, 'een lange wachtwoordzin')).rejects.toBeInstanceOf(UnsupportedVault);
    expect(derive).not.toHaveBeenCalled();
  });

  test('with a payload iv of the wrong length is refused', async () => {
    const file = await sealedFile();
    const hostile = { ...file, encrypted: { ...file.encrypted, payload: { ...file.encrypted.payload, iv: b64(4) } } };
    expect(sealedBackupOf(JSON.stringify(hostile))).toEqual({ ok: false });
  });

  test('a plain backup or another file is no encrypted backup at all', () => {
    expect(sealedBackupOf(JSON.stringify({ format: 'meldwijzer-backup', version: 1, cases: [aCase] }))).toBeNull();
    expect(sealedBackupOf('hallo')).toBeNull();
  });
});

describe('unlockVault', () => {
  test('refuses a vault the app would never write, without deriving a key', async () => {
    const derive = vi.spyOn(crypto.subtle, 'deriveKey');
    const { vault } = await createVault('zin', FAST);
    derive.mockClear();
    await expect(unlockVault({ ...vault, iterations: 4294967295 }, 'zin')).rejects.toBeInstanceOf(UnsupportedVault);
    expect(derive).not.toHaveBeenCalled();
  });

  test('accepts the production iteration count', async () => {
    const { vault } = await createVault('zin');
    expect(vault.iterations).toBe(PBKDF2_ITERATIONS);
    await expect(unlockVault(vault, 'zin')).resolves.toBeTruthy();
  });
});
