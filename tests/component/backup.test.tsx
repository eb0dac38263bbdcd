import { IDBFactory } from 'fake-indexeddb';
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { serialiseSealedBackup } from '../../src/storage/backup-sealed';
import { createVault } from '../../src/storage/crypto';
import { closeDatabase } from '../../src/storage/db';
import { newCase } from '../../src/storage/restore';
import { renderApp } from '../helpers/app';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});
afterEach(async () => {
  vi.restoreAllMocks();
  await closeDatabase();
});

/** Picks a file in the import field, as the browser's file dialog does. */
export function chooseFile(text: string, name = 'backup.json') {
  const input = screen.getByLabelText('Back-up terugzetten: kies een bestand') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [new File([text], name, { type: 'application/json' })], configurable: true });
  fireEvent.change(input);
}

describe('an encrypted backup', () => {
  test('that asks for 4294967295 PBKDF2 rounds is refused at once, with a clear message, and no passphrase is asked', async () => {
    const created = await createVault('een lange wachtwoordzin', 100_000);
    const file = JSON.parse(await serialiseSealedBackup([newCase({ id: 'k1', label: 'K', packId: 'algemeen', packVersion: '1.1.0' })], created, new Date()));
    file.encrypted.vault.iterations = 4294967295;
    const derive = vi.spyOn(crypto.subtle, 'deriveKey');
    await renderApp({ path: '/gegevens/' });
    chooseFile(JSON.stringify(file));
    expect(await screen.findByText('Meldwijzer kan deze versleutelde back-up niet openen. Misschien is het bestand veranderd. Er is niets veranderd.')).toBeTruthy();
    expect(screen.queryByLabelText('Wachtwoordzin')).toBeNull();
    expect(derive).not.toHaveBeenCalled();
  });
});
