import { IDBFactory } from 'fake-indexeddb';
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { getCase, listCases } from '../../src/storage/cases';
import { closeDatabase } from '../../src/storage/db';
import { go, renderApp } from '../helpers/app';
import { compiledAlgemeen } from '../helpers/packs';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});
afterEach(async () => {
  await closeDatabase();
});

test('a ticked checklist item is stored by its id, so it stays with its item when the pack changes', async () => {
  await renderApp({ path: '/algemeen/' });
  fireEvent.input(screen.getByLabelText('Korte naam voor de casus'), { target: { value: 'ID-1' } });
  fireEvent.click(screen.getByRole('button', { name: 'Casus aanmaken' }));
  await screen.findByRole('heading', { level: 1, name: 'Overzicht van de casus' });
  go('/algemeen/stap/1/');
  await screen.findByRole('heading', { level: 1, name: 'Signalen in kaart brengen' });
  const kindcheck = compiledAlgemeen().steps[1].todo.find((i) => i.id === 'kindcheck')!;
  fireEvent.click(await screen.findByRole('checkbox', { name: kindcheck.text }));
  await waitFor(async () => {
    const [summary] = await listCases();
    expect((await getCase(summary!.id))!.steps[1].checked).toEqual(['kindcheck']);
  });
  expect((screen.getByRole('checkbox', { name: kindcheck.text }) as HTMLInputElement).checked).toBe(true);
});
