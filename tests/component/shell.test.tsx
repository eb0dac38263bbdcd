import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, test, vi } from 'vitest';
import { App } from '../../src/app/App';
import { missingCapabilities } from '../../src/app/capabilities';
import { initI18n, t } from '../../src/i18n';
import type { UpdateSource } from '../../src/sw/register';
import { go, renderApp, stubPackFetch } from '../helpers/app';
import { currentRoute } from '../../src/app/navigation';

function helpLinks() {
  return [...document.querySelectorAll('a[href^="tel:"]')].map((a) => a.getAttribute('href'));
}

describe('help is always there', () => {
  test('the start screen lists the packs and the Veilig Thuis and 112 links', async () => {
    await renderApp();
    expect(screen.getByRole('link', { name: /Algemeen \(basismodel\)/ })).toBeTruthy();
    expect(helpLinks()).toEqual(['tel:08002000', 'tel:112']);
    expect(screen.getByRole('link', { name: /Chat met Veilig Thuis/ }).getAttribute('href')).toBe('https://www.veiligthuis.nl/');
  });

  test('the chat link says when the chat is open, that it takes no reports, that professionals phone, and offline that it needs internet', async () => {
    await renderApp();
    const chat = screen.getByRole('link', { name: /Chat met Veilig Thuis/ }).closest('.help-chat')!;
    expect(chat.textContent).toMatch(/werkdagen van 9 tot 17 uur/);
    expect(chat.textContent).toMatch(/niet melden/);
    expect(chat.textContent).toMatch(/Voor professionals: bel 0800-2000/);
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    dispatchEvent(new Event('offline'));
    await waitFor(() => expect(chat.textContent).toMatch(/Voor de chat heb je internet nodig/));
    onLine.mockRestore();
    dispatchEvent(new Event('online'));
    await waitFor(() => expect(chat.textContent).toMatch(/werkdagen/));
  });

  test('the help links show while content is still loading', () => {
    stubPackFetch(new Promise(() => {}));
    history.replaceState(null, '', '/algemeen/stap/2/');
    render(<App first={{ route: currentRoute() }} notices={[]} />);
    expect(screen.getByText(/wordt geladen/)).toBeTruthy();
    expect(helpLinks()).toEqual(['tel:08002000', 'tel:112']);
  });

  test('the help links stay when the content cannot be loaded, with a way to retry', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => { throw new TypeError('offline'); }));
    history.replaceState(null, '', '/algemeen/');
    render(<App first={{ route: currentRoute() }} notices={[]} />);
    expect(await screen.findByRole('heading', { name: 'De inhoud kon niet worden geladen' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Opnieuw proberen' })).toBeTruthy();
    expect(helpLinks()).toEqual(['tel:08002000', 'tel:112']);
  });
});

describe('wrong URLs', () => {
  test.each(['/onbekend/', '/algemeen/stap/9/', '/algemeen/afweging/a9/', '/algemeen/afweging/hulp-afsluiten/', '/algemeen/iets/anders/'])(
    '%s shows a friendly not-found page with the way back',
    async (path) => {
      await renderApp({ path });
      expect(await screen.findByRole('heading', { level: 1, name: 'Deze pagina bestaat niet' })).toBeTruthy();
      expect(screen.getByRole('link', { name: 'Naar het begin' }).getAttribute('href')).toBe('/');
      expect(helpLinks()).toEqual(['tel:08002000', 'tel:112']);
    },
  );

  test('an unknown question inside a known pack also links back to that pack', async () => {
    await renderApp({ path: '/algemeen/afweging/a9/' });
    expect(screen.getByRole('link', { name: 'Naar Algemeen (basismodel)' }).getAttribute('href')).toBe('/algemeen/');
  });
});

describe('steps', () => {
  test('a step shows what to do and record, and "done" marks it in the progress', async () => {
    await renderApp({ path: '/algemeen/stap/1/' });
    expect(screen.getByRole('heading', { level: 1, name: 'Signalen in kaart brengen' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Wat leg je vast?' })).toBeTruthy();
    expect(screen.getByText('0 van de 5 stappen klaar')).toBeTruthy();
    fireEvent.click(screen.getByRole('link', { name: /Klaar, naar de volgende stap/ }));
    go('/algemeen/stap/2/');
    expect(await screen.findByText('1 van de 5 stappen klaar')).toBeTruthy();
    expect(screen.getByRole('link', { current: 'step' }).textContent).toMatch(/Collegiale consultatie/);
  });

  test('the kader step offers to start the afwegingskader', async () => {
    await renderApp({ path: '/algemeen/stap/4/' });
    expect(screen.getByRole('link', { name: 'Start het afwegingskader' }).getAttribute('href')).toBe('/algemeen/afweging/a1/');
  });
});

describe('language', () => {
  test('switching to English translates the app and the pack, and is remembered', async () => {
    await renderApp({ path: '/algemeen/stap/1/' });
    fireEvent.click(screen.getByRole('button', { name: /English/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Mapping the signals' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'What do you record?' })).toBeTruthy();
    expect(screen.getByText(/Call Veilig Thuis/)).toBeTruthy();
    expect(localStorage.getItem('meldwijzer.language')).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  test('a missing translation key throws in tests', () => {
    initI18n('nl', { strict: true });
    expect(() => t('does.not.exist' as never)).toThrow(/Missing translation key/);
  });
});

describe('what the browser lacks', () => {
  test('missing service worker and storage each become one notice', () => {
    const nav = {} as Navigator;
    const win = { isSecureContext: true, get localStorage(): Storage { throw new DOMException('denied', 'SecurityError'); } } as unknown as Window;
    expect(missingCapabilities(nav, win)).toEqual(['notice.noServiceWorker', 'notice.noStorage']);
    expect(missingCapabilities({ serviceWorker: {} } as Navigator, { isSecureContext: true, localStorage, indexedDB } as unknown as Window)).toEqual([]);
  });

  test('the notices show and the walk-through still works', async () => {
    await renderApp({ path: '/algemeen/afweging/a1/', notices: ['notice.noServiceWorker', 'notice.noStorage'] });
    expect(screen.getByText(/werkt hier alleen online/)).toBeTruthy();
    expect(screen.getByText(/taalkeuze wordt niet onthouden/)).toBeTruthy();
    fireEvent.click(screen.getByLabelText(/^Nee/));
    fireEvent.click(screen.getByRole('button', { name: 'Volgende' }));
    await waitFor(() => expect(location.pathname).toBe('/algemeen/uitkomst/'));
  });
});

describe('service worker messages', () => {
  function fakeUpdates() {
    let offline = () => {};
    let update: (apply: () => void) => void = () => {};
    const source: UpdateSource = { onOfflineReady: (cb) => { offline = cb; }, onUpdateReady: (cb) => { update = cb; } };
    return { source, offlineReady: () => offline(), updateReady: (apply: () => void) => update(apply) };
  }

  test('says once that the app is ready offline, and can be closed', async () => {
    const sw = fakeUpdates();
    await renderApp({ updates: sw.source });
    sw.offlineReady();
    fireEvent.click(await screen.findByRole('button', { name: 'Sluiten' }));
    expect(screen.queryByText(/werkt nu ook zonder internet/)).toBeNull();
  });

  test('offers a new version on the start screen but never in the middle of a walk-through', async () => {
    const sw = fakeUpdates();
    const apply = vi.fn();
    await renderApp({ path: '/algemeen/afweging/a1/', updates: sw.source });
    sw.updateReady(apply);
    await new Promise((r) => setTimeout(r, 20));
    expect(screen.queryByText('Nieuwe versie beschikbaar.')).toBeNull();
    go('/');
    fireEvent.click(await screen.findByRole('button', { name: 'Nu bijwerken' }));
    await waitFor(() => expect(apply).toHaveBeenCalledOnce());
  });

  test('"Later" puts the offer off until the next visit to the start screen', async () => {
    const sw = fakeUpdates();
    const apply = vi.fn();
    await renderApp({ updates: sw.source });
    sw.updateReady(apply);
    fireEvent.click(await screen.findByRole('button', { name: 'Later' }));
    expect(screen.queryByText('Nieuwe versie beschikbaar.')).toBeNull();
    // Other safe screens do not bring it back…
    go('/algemeen/');
    await screen.findByRole('heading', { level: 1, name: 'Algemeen (basismodel)' });
    expect(screen.queryByText('Nieuwe versie beschikbaar.')).toBeNull();
    // …the next visit to the start screen does.
    go('/');
    expect(await screen.findByText('Nieuwe versie beschikbaar.')).toBeTruthy();
    expect(apply).not.toHaveBeenCalled();
  });
});

test('the offline-ready notice goes away with the next navigation', async () => {
  let offline = () => {};
  await renderApp({ updates: { onOfflineReady: (cb) => { offline = cb; }, onUpdateReady: () => {} } });
  offline();
  await screen.findByText(/werkt nu ook zonder internet/);
  go('/algemeen/');
  await screen.findByRole('heading', { level: 1, name: 'Algemeen (basismodel)' });
  expect(screen.queryByText(/werkt nu ook zonder internet/)).toBeNull();
});

describe('quick hide', () => {
  test('one click blanks the app to a page that names nothing, and "Verder" brings the same screen back', async () => {
    await renderApp({ path: '/algemeen/afweging/a2/' });
    fireEvent.click(screen.getByRole('button', { name: /Verberg scherm/ }));
    expect(document.body.textContent).not.toMatch(/Veilig Thuis|meldcode|Afweging|Meldwijzer/i);
    expect(document.title).toBe('Nieuw tabblad');
    fireEvent.click(screen.getByRole('button', { name: 'Verder' }));
    expect(await screen.findByText(/Afweging 2 van 5/)).toBeTruthy();
  });

  test('pressing Shift three times hides, with the button saying how many presses are left; Escape or another key in between does not', async () => {
    await renderApp({ path: '/algemeen/stap/3/' });
    const shift = () => fireEvent.keyDown(window, { key: 'Shift' });
    fireEvent.keyDown(window, { key: 'Escape' });
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(screen.queryByRole('button', { name: 'Verder' })).toBeNull();
    shift();
    shift();
    expect(await screen.findByText('Druk nog 1 keer op Shift om het scherm te verbergen.')).toBeTruthy();
    expect(screen.getByRole('button', { name: /Verberg scherm/ }).textContent).toContain('●●○');
    // Typing a capital letter (Shift, then the letter) starts the count again.
    fireEvent.keyDown(window, { key: 'J' });
    shift();
    expect(screen.queryByRole('button', { name: 'Verder' })).toBeNull();
    expect(screen.getByText('Druk nog 2 keer op Shift om het scherm te verbergen.')).toBeTruthy();
    shift();
    shift();
    expect(await screen.findByRole('button', { name: 'Verder' })).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/Gesprek met de cliënt/);
  });
});
