import { IDBFactory } from 'fake-indexeddb';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { armInstallPrompt, isSafariTab } from '../../src/app/install';
import { addCases } from '../../src/storage/cases';
import { closeDatabase } from '../../src/storage/db';
import { newCase } from '../../src/storage/restore';
import { InstallOffer } from '../../src/app/screens';
import { go, renderApp } from '../helpers/app';

armInstallPrompt(); // as main.tsx does

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});
afterEach(async () => {
  resetNavigator();
  dispatchEvent(new Event('appinstalled')); // forget a kept install event
  await closeDatabase();
});

/** Chromium says the app can be installed; the test keeps what the app does with the event. */
function offerInstall() {
  const event = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), { prompt: vi.fn(async () => ({ outcome: 'accepted' })) });
  dispatchEvent(event);
  return event;
}

const stubbed = new Set<string>();
/** What this browser says about itself, for one test. */
function setNavigator(values: Record<string, unknown>) {
  for (const [key, value] of Object.entries(values)) {
    Object.defineProperty(navigator, key, { value, configurable: true });
    stubbed.add(key);
  }
}
function resetNavigator() {
  for (const key of stubbed) Reflect.deleteProperty(navigator, key);
  stubbed.clear();
}

const saveCase = () => addCases([newCase({ id: 'k1', label: 'K', packId: 'algemeen', packVersion: '1.1.0' })]);
const INSTALL = { name: 'Zet Meldwijzer op dit apparaat' };

describe('installing on Chromium', () => {
  test('the browser\'s own offer is held back; nothing is offered until the first case is saved, then the start screen offers it', async () => {
    await InstallOffer.preload(); // so that only the app's conditions decide what shows, not loading
    await renderApp({ path: '/algemeen/' });
    const event = offerInstall();
    expect(event.defaultPrevented).toBe(true);
    await screen.findByLabelText('Korte naam voor de casus');
    await new Promise((r) => setTimeout(r, 100));
    expect(screen.queryByRole('button', INSTALL)).toBeNull();
    fireEvent.input(screen.getByLabelText('Korte naam voor de casus'), { target: { value: 'EERSTE' } });
    fireEvent.click(screen.getByRole('button', { name: 'Casus aanmaken' }));
    await screen.findByText('Opgeslagen op dit apparaat');
    go('/');
    expect(await screen.findByRole('button', INSTALL)).toBeTruthy();
  });

  test('with a saved case the start screen offers it; the button opens the browser\'s install dialog', async () => {
    await saveCase();
    const event = offerInstall();
    await renderApp();
    fireEvent.click(await screen.findByRole('button', INSTALL));
    expect(event.prompt).toHaveBeenCalledOnce();
    await waitFor(() => expect(screen.queryByRole('button', INSTALL)).toBeNull());
  });

  test('"Niet nu" is remembered: the offer does not come back after a restart', async () => {
    await saveCase();
    const event = offerInstall();
    await renderApp();
    fireEvent.click(await screen.findByRole('button', { name: 'Niet nu' }));
    expect(screen.queryByRole('button', INSTALL)).toBeNull();
    expect(event.prompt).not.toHaveBeenCalled();
    await new Promise((r) => setTimeout(r, 50)); // the setting is written
    cleanup();
    await InstallOffer.preload();
    await renderApp();
    await screen.findByRole('button', { name: /^K\s*,/ });
    await new Promise((r) => setTimeout(r, 100));
    expect(screen.queryByRole('button', INSTALL)).toBeNull();
  });
});

const IPHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';
const IPAD = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15';

describe('the Safari hint', () => {
  test('is for Safari in a tab on an iPhone or iPad only', () => {
    expect(isSafariTab({ userAgent: IPHONE, standalone: false })).toBe(true);
    expect(isSafariTab({ userAgent: IPAD, platform: 'MacIntel', maxTouchPoints: 5, standalone: false })).toBe(true);
    // Opened from the home screen already; a Mac; Chrome on iOS; not Apple at all.
    expect(isSafariTab({ userAgent: IPHONE, standalone: true })).toBe(false);
    expect(isSafariTab({ userAgent: IPAD, platform: 'MacIntel', maxTouchPoints: 0 })).toBe(false);
    expect(isSafariTab({ userAgent: IPHONE.replace('Version/17.5', 'CriOS/120.0'), standalone: false })).toBe(false);
    expect(isSafariTab({ userAgent: navigator.userAgent })).toBe(false);
  });

  test('shows once a case is saved, says Safari may clear the data after 7 days, and "Niet nu" hides it', async () => {
    setNavigator({ userAgent: IPHONE, standalone: false });
    await InstallOffer.preload();
    await renderApp();
    await screen.findByRole('heading', { level: 1 });
    await new Promise((r) => setTimeout(r, 100));
    expect(screen.queryByText(/Zet op beginscherm/)).toBeNull();
    cleanup();
    await saveCase();
    await renderApp();
    expect(await screen.findByText(/tik op Delen en kies Zet op beginscherm.*7 dagen/)).toBeTruthy();
    expect(screen.queryByRole('button', INSTALL)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Niet nu' }));
    expect(screen.queryByText(/Zet op beginscherm/)).toBeNull();
  });
});

describe('offline', () => {
  afterEach(() => {
    dispatchEvent(new Event('online'));
  });

  test('a quiet status says so, and links out of the app say they need internet', async () => {
    await renderApp();
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByText(/^Offline/)).toBeNull();
    setNavigator({ onLine: false });
    dispatchEvent(new Event('offline'));
    const status = await screen.findByText('Offline — alles werkt, behalve links naar internet.');
    expect(status.getAttribute('role')).toBe('status');
    await waitFor(() => expect(document.documentElement.dataset.offline).toBe(''));
    expect(document.documentElement.style.getPropertyValue('--needs-internet')).toBe('" (internet nodig)"');
    resetNavigator();
    dispatchEvent(new Event('online'));
    await waitFor(() => expect(screen.queryByText(/^Offline/)).toBeNull());
    await waitFor(() => expect(document.documentElement.dataset.offline).toBeUndefined());
  });
});
