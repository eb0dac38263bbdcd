import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, test } from 'vitest';
import { go, renderApp } from '../helpers/app';

// Issue 13, item 3: the question screen in the GOV.UK pattern.

async function answer(n: number, label: RegExp) {
  await screen.findByText(new RegExp(`Afweging ${n} van 5`));
  fireEvent.click(screen.getByLabelText(label));
  fireEvent.click(screen.getByRole('button', { name: 'Volgende' }));
}

describe('a question screen', () => {
  test('shows the question as the legend\'s heading, its hint, and the answers before the longer help', async () => {
    const { container } = await renderApp({ path: '/algemeen/afweging/a2/' });
    await screen.findByText(/Afweging 2 van 5/);
    const fieldset = container.querySelector('fieldset')!;
    expect(fieldset.querySelector('legend h1')?.textContent).toMatch(/acute onveiligheid/);
    const hint = fieldset.querySelector('.hint')!;
    expect(hint.textContent).toMatch(/Kies dan acuut/);
    expect(fieldset.getAttribute('aria-describedby')).toBe(hint.id);
    // The definitions come after the answers, closed.
    const details = [...container.querySelectorAll<HTMLDetailsElement>('details.definition')];
    expect(details.map((d) => d.querySelector('summary')?.textContent)).toEqual(['Wat is acute onveiligheid?', 'Wat is structurele onveiligheid?']);
    expect(details.every((d) => !d.open)).toBe(true);
    const firstRadio = container.querySelector('input[type=radio]')!;
    expect(firstRadio.compareDocumentPosition(details[0]!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(details[0]!.textContent).toMatch(/wurging/);
  });

  test('"Volgende" with nothing chosen shows an error summary whose link focuses the first answer, marks the field and the tab title', async () => {
    const { container } = await renderApp({ path: '/algemeen/afweging/a1/' });
    await screen.findByText(/Afweging 1 van 5/);
    expect(document.title).not.toMatch(/^Fout:/);
    expect(container.querySelector('.error-summary')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Volgende' }));

    const summary = await waitFor(() => container.querySelector('.error-summary [role=alert]')!);
    expect(summary.querySelector('h2')?.textContent).toBe('Er is een probleem');
    expect(document.activeElement).toBe(container.querySelector('.error-summary'));
    const fieldset = container.querySelector('fieldset')!;
    expect(fieldset.getAttribute('aria-invalid')).toBe('true');
    const error = container.querySelector('.error')!;
    expect(error.textContent).toBe('Fout: Kies eerst een antwoord.');
    expect(fieldset.getAttribute('aria-describedby')?.split(' ')).toContain(error.id);
    await waitFor(() => expect(document.title).toMatch(/^Fout: Heb je na de eerdere stappen/));

    // Pressed again: the summary takes focus again (a reader hears it again).
    (document.activeElement as HTMLElement).blur();
    fireEvent.click(screen.getByRole('button', { name: 'Volgende' }));
    await waitFor(() => expect(document.activeElement).toBe(container.querySelector('.error-summary')));

    const link = screen.getByRole('link', { name: 'Kies eerst een antwoord.' });
    fireEvent.click(link);
    const first = container.querySelector('input[type=radio]')!;
    expect(document.activeElement).toBe(first);

    // Choosing an answer clears the error, the summary and the title's prefix.
    fireEvent.click(first);
    await waitFor(() => expect(container.querySelector('.error-summary')).toBeNull());
    expect(fieldset.hasAttribute('aria-invalid')).toBe(false);
    await waitFor(() => expect(document.title).not.toMatch(/^Fout:/));
    expect(location.pathname).toBe('/algemeen/afweging/a1/');
  });

  test('going back to an earlier question says, before "Volgende", how many later answers another answer drops', async () => {
    const { container } = await renderApp({ path: '/algemeen/afweging/a1/' });
    expect(container.querySelector('.notice')).toBeNull();
    await answer(1, /^Ja/);
    await answer(2, /^Nee/);
    await answer(3, /^Ja/);
    await screen.findByText(/Afweging 4 van 5/);

    go('/algemeen/afweging/a1/');
    const notice = await screen.findByText(/na deze vraag heb je al 2 antwoorden gegeven/);
    expect(notice.textContent).toMatch(/ander antwoord, dan vervallen die antwoorden/);
    expect(screen.getByRole('button', { name: 'Volgende' }).getAttribute('aria-describedby')).toBe(notice.id);

    go('/algemeen/afweging/a3/');
    await screen.findByText(/Afweging 3 van 5/);
    expect(container.querySelector('.notice')).toBeNull();

    go('/algemeen/afweging/a2/');
    expect((await screen.findByText(/na deze vraag heb je al 1 antwoord gegeven/)).textContent).toMatch(/vervalt dat antwoord/);
  });
});
