import { IDBFactory } from 'fake-indexeddb';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { useLeaveGuards } from '../../src/app/useLeaveGuards';
import { closeDatabase } from '../../src/storage/db';
import { renderApp } from '../helpers/app';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});
afterEach(async () => {
  Reflect.deleteProperty(document, 'visibilityState');
  await closeDatabase();
});

/** The tab goes to the background, as when the user switches tab or app. */
function leaveTab() {
  Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
  document.dispatchEvent(new Event('visibilitychange'));
}

test('"Scherm leegmaken als de app niet zichtbaar is" is off by default; switched on, leaving the tab blanks the app, also after a restart', async () => {
  await renderApp({ path: '/gegevens/' });
  const box = await screen.findByRole('checkbox', { name: 'Scherm leegmaken als de app niet zichtbaar is' }) as HTMLInputElement;
  await waitFor(() => expect(box.disabled).toBe(false));
  expect(box.checked).toBe(false);
  leaveTab();
  await new Promise((r) => setTimeout(r, 50));
  expect(screen.queryByRole('button', { name: 'Verder' })).toBeNull();
  Reflect.deleteProperty(document, 'visibilityState');

  fireEvent.click(box);
  expect(box.checked).toBe(true);
  leaveTab();
  expect(await screen.findByRole('button', { name: 'Verder' })).toBeTruthy();
  expect(document.title).toBe('Nieuw tabblad');
  Reflect.deleteProperty(document, 'visibilityState');

  // Not while the user picks a backup file: a phone's file picker hides the page as well.
  fireEvent.click(await screen.findByRole('button', { name: 'Verder' }));
  const file = await screen.findByLabelText('Back-up terugzetten: kies een bestand');
  file.focus();
  leaveTab();
  await new Promise((r) => setTimeout(r, 50)); // a render would have happened
  expect(screen.queryByRole('button', { name: 'Verder' })).toBeNull();
  Reflect.deleteProperty(document, 'visibilityState');

  // Stored with the other settings: a new start keeps it.
  cleanup();
  await renderApp({ path: '/gegevens/' });
  const again = await screen.findByRole('checkbox', { name: 'Scherm leegmaken als de app niet zichtbaar is' }) as HTMLInputElement;
  await waitFor(() => expect(again.checked).toBe(true));
});

/** The event the browser sends when it shows the page; jsdom's PageTransitionEvent ignores
 * `persisted`, so it is set by hand. */
function pageshow(persisted: boolean) {
  const event = new Event('pageshow');
  Object.defineProperty(event, 'persisted', { value: persisted });
  dispatchEvent(event);
}

function Guards({ unlocked, lockNow, hide = () => {} }: { unlocked: boolean; lockNow: () => void; hide?: () => void }) {
  useLeaveGuards({ blankWhenHidden: false, hide, unlocked, lockNow });
  return null;
}

// In real Chromium with its back/forward cache: tests/e2e/leave-and-offline.test.ts.
test('with a lock set, a page restored from the back/forward cache locks; a normal page show does not', () => {
  const lockNow = vi.fn();
  const { rerender } = render(<Guards unlocked lockNow={lockNow} />);
  pageshow(false);
  expect(lockNow).not.toHaveBeenCalled();
  pageshow(true);
  expect(lockNow).toHaveBeenCalledOnce();
  // Without a lock (or already locked) there is nothing to ask.
  rerender(<Guards unlocked={false} lockNow={lockNow} />);
  pageshow(true);
  expect(lockNow).toHaveBeenCalledOnce();
});

test('with the setting off, leaving the tab does not hide', () => {
  const hide = vi.fn();
  render(<Guards unlocked={false} lockNow={() => {}} hide={hide} />);
  leaveTab();
  expect(hide).not.toHaveBeenCalled();
});
