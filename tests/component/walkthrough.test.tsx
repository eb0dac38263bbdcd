import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, test } from 'vitest';
import { go, renderApp } from '../helpers/app';

/** Answers afweging n once its screen is showing (navigation renders asynchronously). */
async function answer(n: number, label: RegExp) {
  await screen.findByText(new RegExp(`Afweging ${n} van 5`));
  fireEvent.click(screen.getByLabelText(label));
  fireEvent.click(screen.getByRole('button', { name: 'Volgende' }));
}

describe('the afwegingskader walk-through', () => {
  test('walks from the first question to an outcome that names the meldnorm', async () => {
    await renderApp({ path: '/algemeen/afweging/a1/' });
    expect(screen.getByText(/Afweging 1 van 5/)).toBeTruthy();
    await answer(1, /^Ja/);
    await waitFor(() => expect(location.pathname).toBe('/algemeen/afweging/a2/'));
    await answer(2, /^Nee/);
    await waitFor(() => expect(location.pathname).toBe('/algemeen/afweging/a3/'));
    await answer(3, /^Nee/);
    await waitFor(() => expect(location.pathname).toBe('/algemeen/uitkomst/'));
    expect(await screen.findByText('Uitkomst van het afwegingskader')).toBeTruthy();
    expect(screen.getByText(/^Meldnorm 2$/)).toBeTruthy();
  });

  test('asks for an answer instead of moving on without one', async () => {
    await renderApp({ path: '/algemeen/afweging/a1/' });
    fireEvent.click(screen.getByRole('button', { name: 'Volgende' }));
    expect(await screen.findByRole('link', { name: 'Kies eerst een antwoord.' })).toBeTruthy(); // the error summary's link
    expect(location.pathname).toBe('/algemeen/afweging/a1/');
  });

  test('"ja, acuut" puts Bel 112 before anything else on the screen', async () => {
    const { container } = await renderApp({ path: '/algemeen/afweging/a1/' });
    await answer(1, /^Ja/);
    await answer(2, /acuut/i);
    // The address and the tab title name no answer: every waypoint shares one neutral address.
    await waitFor(() => expect(location.pathname).toBe('/algemeen/afweging/tussenstap/'));
    await waitFor(() => expect(document.title).toBe('Tussenstap in het afwegingskader — Meldwijzer'));
    await screen.findByRole('button', { name: /samen met Veilig Thuis/ });
    const firstLink = container.querySelector('a[href]:not(.skip-link)')!;
    expect(firstLink.getAttribute('href')).toBe('tel:112');
    expect(within(container as HTMLElement).getAllByRole('link', { name: /Is er nu direct gevaar\? Bel 112/ })[0]).toBe(firstLink);
    // Said at once, right under the help row.
    expect(screen.getByRole('alert').textContent).toMatch(/Eerst 112, dan Veilig Thuis/);
  });

  test('the acute 112 alert stays on the other screens of the pack and goes with them', async () => {
    await renderApp({ path: '/algemeen/afweging/a1/' });
    await answer(1, /^Ja/);
    await answer(2, /acuut/i);
    await screen.findByRole('button', { name: /samen met Veilig Thuis/ });
    expect(document.querySelector('.acute')).not.toBeNull();
    go('/algemeen/stap/2/');
    await screen.findByRole('heading', { level: 1, name: /Collegiale consultatie/ });
    expect(document.querySelector('.acute')).not.toBeNull();
    expect(document.querySelector('.help-112--acute')).not.toBeNull();
    go('/');
    await screen.findByRole('heading', { level: 1, name: 'Meldwijzer' });
    expect(document.querySelector('.acute')).toBeNull();
    go('/algemeen/');
    await waitFor(() => expect(document.querySelector('.acute')).not.toBeNull());
  });

  test('a structural answer reports without the acute 112 alert', async () => {
    const { container } = await renderApp({ path: '/algemeen/afweging/a1/' });
    await answer(1, /^Ja/);
    await answer(2, /structureel/i);
    await screen.findByRole('button', { name: /samen met Veilig Thuis/ });
    expect(container.querySelector('a[href]:not(.skip-link)')!.getAttribute('href')).toBe('tel:08002000');
    expect(document.querySelector('.acute')).toBeNull();
  });

  test('goes back, shows the earlier answer, and changing it drops the later ones', async () => {
    await renderApp({ path: '/algemeen/afweging/a1/' });
    await answer(1, /^Ja/);
    await answer(2, /^Nee/);
    await waitFor(() => expect(location.pathname).toBe('/algemeen/afweging/a3/'));
    go('/algemeen/afweging/a2/');
    await screen.findByText(/Afweging 2 van 5/);
    const nee = screen.getByLabelText(/^Nee/) as HTMLInputElement;
    expect(nee.checked).toBe(true);
    await answer(2, /structureel/i);
    await screen.findByRole('button', { name: /samen met Veilig Thuis/ });
    go('/algemeen/afweging/');
    await screen.findByRole('heading', { level: 1, name: 'Alle antwoorden' });
    const list = document.querySelector('.answers')!;
    expect(list.textContent).toMatch(/Vermoeden/);
    expect(list.textContent).toMatch(/structureel/i);
    expect(list.textContent).not.toMatch(/Hulp:/);
  });

  test('walks together with Veilig Thuis after a report for unsafety and ends with both meldnormen', async () => {
    await renderApp({ path: '/algemeen/afweging/a1/' });
    await answer(1, /^Ja/);
    await answer(2, /structureel/i);
    fireEvent.click(await screen.findByRole('button', { name: /samen met Veilig Thuis/ }));
    await waitFor(() => expect(location.pathname).toBe('/algemeen/afweging/a3/'));
    await answer(3, /^Ja/);
    await answer(4, /^Ja/);
    fireEvent.click(await screen.findByRole('button', { name: /afweging 5/ }));
    await answer(5, /^Nee/);
    await waitFor(() => expect(location.pathname).toBe('/algemeen/uitkomst/'));
    expect(await screen.findByText(/^Meldnorm 1$/)).toBeTruthy();
    expect(screen.getByText(/^Meldnorm 3$/)).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toMatch(/melden bij Veilig Thuis/);
    expect(document.querySelector('.report-kind')!.textContent).toMatch(/nieuwe melding/);
    expect(document.querySelector('.lead')!.textContent).toMatch(/^Doe een nieuwe melding/);
  });

  test('after a report for unsafety, "no help possible" reads as the joint conclusion, not a second report', async () => {
    await renderApp({ path: '/algemeen/afweging/a1/' });
    await answer(1, /^Ja/);
    await answer(2, /acuut/i);
    fireEvent.click(await screen.findByRole('button', { name: /samen met Veilig Thuis/ }));
    await answer(3, /^Nee/);
    await waitFor(() => expect(location.pathname).toBe('/algemeen/uitkomst/'));
    const title = (await screen.findByRole('heading', { level: 1 })).textContent!;
    expect(title).toMatch(/^Al gemeld/);
    expect(document.querySelector('.report-kind')!.textContent).toMatch(/Je meldt niet nog een keer/);
    expect(screen.getByText(/^Meldnorm 1$/)).toBeTruthy();
    expect(screen.queryByText(/^Meldnorm 2$/)).toBeNull();
    expect(document.querySelector('main')!.textContent).not.toMatch(/meldnorm 2/i);
    go('/algemeen/stap/5/');
    await screen.findByText(/De uitkomst van het afwegingskader/);
    expect(screen.getByText(/De uitkomst van het afwegingskader/).closest('.callout')!.textContent).toMatch(/Al gemeld/);
  });

  test('every screen of the help path offers "Nieuwe zorg over de veiligheid?", which leads straight to reporting with 112', async () => {
    await renderApp({ path: '/algemeen/afweging/a1/' });
    await answer(1, /^Ja/);
    await answer(2, /^Nee/);
    await answer(3, /^Ja/);
    await answer(4, /^Ja/);
    await waitFor(() => expect(location.pathname).toBe('/algemeen/afweging/tussenstap/'));
    expect(await screen.findByRole('heading', { level: 2, name: 'Nieuwe zorg over de veiligheid?' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /afweging 5/ }));
    await screen.findByText(/Afweging 5 van 5/);
    const offer = screen.getByRole('heading', { level: 2, name: 'Nieuwe zorg over de veiligheid?' }).closest('section')!;
    expect(within(offer as HTMLElement).getByRole('link', { name: /112/ }).getAttribute('href')).toBe('tel:112');
    fireEvent.click(within(offer as HTMLElement).getByRole('button', { name: 'Ja, naar melden' }));
    await waitFor(() => expect(location.pathname).toBe('/algemeen/uitkomst/'));
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toMatch(/Meld nu bij Veilig Thuis/);
    expect(screen.getByText(/^Meldnorm 1$/)).toBeTruthy();
    go('/algemeen/afweging/');
    await screen.findByRole('heading', { level: 1, name: 'Alle antwoorden' });
    expect(document.querySelector('.answers')!.textContent).toMatch(/Nieuwe zorg over de veiligheid\? Meld nu/);
  });

  test('no address of a walk names an outcome, and "Terug" still finds each waypoint', async () => {
    const seen: string[] = [];
    const record = () => seen.push(location.pathname);
    addEventListener('meldwijzer:navigated', record);
    await renderApp({ path: '/algemeen/afweging/a1/' });
    await answer(1, /^Ja/);
    await answer(2, /structureel/i);
    fireEvent.click(await screen.findByRole('button', { name: /samen met Veilig Thuis/ }));
    await answer(3, /^Ja/);
    await answer(4, /^Ja/);
    fireEvent.click(await screen.findByRole('button', { name: /afweging 5/ }));
    await screen.findByText(/Afweging 5 van 5/);
    removeEventListener('meldwijzer:navigated', record);
    expect(seen.filter((p) => /melden|hulp|uitkomst\/./.test(p))).toEqual([]);
    const back = async () => fireEvent.click(await screen.findByRole('link', { name: 'Terug' }));
    await back();
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('Hulp bieden of organiseren');
    await back();
    await screen.findByText(/Afweging 4 van 5/);
    await back();
    await screen.findByText(/Afweging 3 van 5/);
    await back();
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Meld bij Veilig Thuis'));
    expect(location.pathname).toBe('/algemeen/afweging/tussenstap/');
  });

  test('questions outside the help path offer no such exit', async () => {
    await renderApp({ path: '/algemeen/afweging/a1/' });
    expect(screen.queryByText('Nieuwe zorg over de veiligheid?')).toBeNull();
  });

  test('a question opened from a link, outside the current answers, says so and starts there', async () => {
    await renderApp({ path: '/algemeen/afweging/a3/' });
    expect(screen.getByText(/Je begint bij deze vraag/)).toBeTruthy();
    await answer(3, /^Nee/);
    await waitFor(() => expect(location.pathname).toBe('/algemeen/uitkomst/'));
    expect(await screen.findByText(/^Meldnorm 2$/)).toBeTruthy();
  });

  test('the outcome page without answers says there is no outcome yet', async () => {
    await renderApp({ path: '/algemeen/uitkomst/' });
    expect(screen.getByRole('heading', { level: 1, name: 'Nog geen uitkomst' })).toBeTruthy();
  });
});
