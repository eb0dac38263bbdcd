import { IDBFactory } from 'fake-indexeddb';
import { fireEvent, screen } from '@testing-library/preact';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { closeDatabase } from '../../src/storage/db';
import { go, renderApp } from '../helpers/app';

// Browsers save the state of form fields for tab restore and write it to disk in plaintext
// (Chromium's Sessions/ files), also with the app lock set. autocomplete="off" keeps a field out of
// that saved state. tests/e2e/disk.test.ts and firefox-disk.test.ts check the disk itself, and
// webkit.test.ts which placements WebKit honours; this test catches a new case field that misses
// the attribute, on every screen that has one.

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});
afterEach(async () => {
  await closeDatabase();
});

/** A field is left out of saved form state when its form says autocomplete="off", or, for an
 * <input> only, the field itself does: WebKit ignores the attribute on a <textarea> or <select>. */
const keptOut = (f: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement) =>
  f.form?.getAttribute('autocomplete') === 'off' || (f instanceof HTMLInputElement && f.getAttribute('autocomplete') === 'off');

/** Form fields on screen that a browser would save: every one but passwords (never saved). */
function savedFields(): string[] {
  const fields = [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>('main input, main textarea, main select')];
  return fields
    .filter((f) => f.type !== 'password' && !keptOut(f))
    .map((f) => `${f.tagName.toLowerCase()}#${f.id || f.name || f.type}`);
}

test('no field of a case, on any screen, is left in the form state the browser saves to disk', async () => {
  const left: Record<string, string[]> = {};
  const check = (screenName: string) => { left[screenName] = savedFields(); };

  await renderApp({ path: '/algemeen/' });
  check('pack');
  fireEvent.input(screen.getByLabelText('Korte naam voor de casus'), { target: { value: 'FS-1' } });
  fireEvent.click(screen.getByRole('button', { name: 'Casus aanmaken' }));
  await screen.findByRole('heading', { level: 1, name: 'Overzicht van de casus' });
  go('/algemeen/stap/1/');
  await screen.findByRole('heading', { level: 1, name: 'Signalen in kaart brengen' });
  check('stap 1');
  go('/algemeen/stap/2/');
  fireEvent.click(await screen.findByRole('button', { name: 'Overleg toevoegen' }));
  await screen.findByLabelText('Advies dat je kreeg');
  check('stap 2');
  go('/algemeen/stap/3/');
  fireEvent.click(await screen.findByLabelText('Ja, het gesprek is gevoerd'));
  await screen.findByLabelText('Datum van het gesprek');
  check('stap 3, gesprek gevoerd');
  fireEvent.click(screen.getByLabelText('Nee, ik heb het gesprek overgeslagen'));
  await screen.findByLabelText('Waarom heb je het gesprek overgeslagen?');
  check('stap 3, overgeslagen');
  go('/algemeen/stap/5/');
  for (const radio of await screen.findAllByLabelText('Ja')) fireEvent.click(radio);
  await screen.findByLabelText('Welke hulp, en wie biedt die?');
  await screen.findByLabelText('Datum van de melding');
  check('stap 5');
  go('/algemeen/afweging/a1/');
  for (const [n, label] of [[1, /^Ja/], [2, /^Nee/], [3, /^Nee/]] as const) {
    await screen.findByText(new RegExp(`Afweging ${n} van 5`));
    check(`afweging ${n}`);
    fireEvent.click(screen.getByLabelText(label));
    fireEvent.click(screen.getByRole('button', { name: 'Volgende' }));
  }
  await screen.findByLabelText(/in je eigen woorden/);
  check('uitkomst');

  expect(left).toEqual(Object.fromEntries(Object.keys(left).map((k) => [k, []])));
  // The check looked at real fields: the screens above hold a dozen of them.
  expect(document.querySelectorAll('main textarea').length).toBeGreaterThan(0);
});
