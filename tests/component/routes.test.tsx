import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { expect, test } from 'vitest';
import { renderApp } from '../helpers/app';
import { compiledContent } from '../helpers/packs';

test('the start screen asks about a colleague first, and one tap leads to the route per sector with sources', async () => {
  await renderApp();
  const ask = screen.getByRole('link', { name: 'Dan geldt een andere route' });
  // Asked before the packs: nothing about the meldcode comes first.
  const packLink = screen.getByRole('link', { name: /Algemeen \(basismodel\)/ });
  expect(ask.compareDocumentPosition(packLink) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  fireEvent.click(ask);
  await waitFor(() => expect(location.pathname).toBe('/route/collega/'));
  expect(await screen.findByRole('heading', { level: 1, name: 'Zorg over een collega, medewerker of vrijwilliger' })).toBeTruthy();
  for (const sector of [/^Onderwijs/, /^Kinderopvang/, /^Zorg/, /^Jeugdhulp/]) expect(screen.getByRole('heading', { level: 2, name: sector })).toBeTruthy();
  expect(screen.getAllByText(/^Bronnen \(\d+\)/).length).toBeGreaterThanOrEqual(4);
  expect(screen.getAllByRole('link', { name: /Inspectie Gezondheidszorg en Jeugd/ })[0]!.getAttribute('href')).toMatch(/^https:\/\/www\.igj\.nl\//);
  // Never into the Veilig Thuis questions.
  expect(document.querySelector('main a[href*="/afweging/"]')).toBeNull();
  expect(screen.getAllByRole('link', { name: /112/ })[0]!.getAttribute('href')).toBe('tel:112');
});

test('the pack screen asks it too', async () => {
  await renderApp({ path: '/algemeen/' });
  // The pack's own address of the route: the sections of its beroepsgroep come first there.
  expect(screen.getByRole('link', { name: 'Dan geldt een andere route' }).getAttribute('href')).toBe('/algemeen/route/collega/');
});

test('an unknown special route says the page does not exist', async () => {
  await renderApp({ path: '/route/bestaat-niet/' });
  expect(await screen.findByRole('heading', { level: 1, name: 'Deze pagina bestaat niet' })).toBeTruthy();
});

test('the start screen lists every special situation, before any pack is chosen', async () => {
  await renderApp();
  const nav = await screen.findByRole('navigation', { name: 'Bijzondere situaties' });
  const routes = compiledContent().routes;
  expect(within(nav).getAllByRole('link').map((a) => [a.textContent, a.getAttribute('href')])).toEqual(routes.map((r) => [r.text.nl.title, `/route/${r.id}/`]));
  fireEvent.click(within(nav).getByRole('link', { name: routes.find((r) => r.id === 'acuut')!.text.nl.title }));
  expect(await screen.findByRole('heading', { level: 1, name: routes.find((r) => r.id === 'acuut')!.text.nl.title })).toBeTruthy();
});
