import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { expect, test } from 'vitest';
import { getCase, listCases } from '../../src/storage/cases';
import { RouteScreen } from '../../src/ui/RouteScreen';
import { freshDevice, go, renderApp } from '../helpers/app';
import { compiledContent } from '../helpers/packs';

// The branch packs through the app: roles, groups, the routes each offers. The texts come from
// the compiled content, so rewording a pack does not break these tests; its structure does.
const pack = (id: string) => compiledContent().packs.localized.find((p) => p.id === id && p.locale === 'nl')!;
const route = (id: string) => compiledContent().routes.find((r) => r.id === id)!;

freshDevice();

async function createCase(packId: string, label: string) {
  await renderApp({ path: `/${packId}/` });
  fireEvent.input(screen.getByLabelText('Korte naam voor de casus'), { target: { value: label } });
  fireEvent.click(screen.getByRole('button', { name: 'Casus aanmaken' }));
  await screen.findByRole('heading', { level: 1, name: 'Overzicht van de casus' });
  const [summary] = await listCases();
  return summary!.id;
}

test('a pack with roles asks for the role once; the steps then put what differs for it first, the other roles closed', async () => {
  const onderwijs = pack('onderwijs');
  await renderApp({ path: '/onderwijs/' });
  const ask = screen.getByRole('group', { name: 'Wat is jouw rol?' });
  const board = onderwijs.roles.find((r) => r.id === 'bevoegd-gezag')!;
  fireEvent.click(within(ask).getByLabelText(`${board.name}: ${board.description}`));
  fireEvent.click(screen.getByRole('button', { name: 'Rol opslaan' }));
  expect(await screen.findByText(`Jouw rol: ${board.name}.`)).toBeTruthy();
  expect(localStorage.getItem('meldwijzer.role.onderwijs')).toBe('bevoegd-gezag');

  const step = ([1, 2, 3, 4, 5] as const).find((n) => onderwijs.steps[n].roles['bevoegd-gezag'])!;
  go(`/onderwijs/stap/${step}/`);
  const mine = await screen.findByRole('region', { name: `Voor jou als ${board.name}` });
  expect(mine.textContent).toContain(onderwijs.steps[step].roles['bevoegd-gezag']);
  // The other roles' texts are there, closed, for an aandachtsfunctionaris reading along.
  expect(within(mine).getByText('Wat doen de andere rollen in deze stap?').closest('details')!.open).toBe(false);

  // Changeable: back on the pack screen, choose again.
  go('/onderwijs/');
  fireEvent.click(await screen.findByRole('button', { name: 'Andere rol kiezen' }));
  expect(screen.getByRole('group', { name: 'Wat is jouw rol?' })).toBeTruthy();
});

test('a pack without roles asks nothing (Algemeen)', async () => {
  await renderApp({ path: '/algemeen/' });
  expect(screen.queryByRole('group', { name: 'Wat is jouw rol?' })).toBeNull();
});

test('signal lists are ticked into the case by id and printed in the summary under their own title', async () => {
  const onderwijs = pack('onderwijs');
  const group = onderwijs.steps[1].groups.find((g) => g.kind === 'signals')!;
  const id = await createCase('onderwijs', 'SIG-1');
  go('/onderwijs/stap/1/');
  const list = await screen.findByRole('group', { name: group.title });
  fireEvent.click(within(list).getByRole('checkbox', { name: group.items[0]!.text }));
  await waitFor(async () => expect((await getCase(id))!.steps[1].checked).toEqual([group.items[0]!.id]));
  go('/onderwijs/samenvatting/');
  const summary = await screen.findByRole('article', { name: 'Samenvatting voor het dossier' });
  expect(within(summary).getAllByText(group.title).length).toBeGreaterThan(0);
  expect(summary.textContent).toContain(`✓ ${group.items[0]!.text}`);
});

test('a conversation guide is read, not ticked, in step 3', async () => {
  const guide = pack('kinderopvang').steps[3].groups.find((g) => g.kind === 'guide')!;
  await createCase('kinderopvang', 'GES-1');
  go('/kinderopvang/stap/3/');
  const section = await screen.findByRole('region', { name: guide.title });
  expect(within(section).queryByRole('checkbox')).toBeNull();
  expect(within(section).getAllByRole('listitem')).toHaveLength(guide.items.length);
});

test('a pack lists the special routes it offers on its screen and in every step, at its own addresses', async () => {
  const artsen = pack('artsen');
  await renderApp({ path: '/artsen/stap/2/' });
  const nav = await screen.findByRole('navigation', { name: 'Bijzondere situaties' });
  expect(within(nav).getAllByRole('link').map((a) => a.getAttribute('href'))).toEqual(artsen.routes.map((r) => `/artsen/route/${r.id}/`));
});

test('opened from a pack, a route puts that beroepsgroep\'s section first and leads back to the pack', async () => {
  await renderApp({ path: '/kinderopvang/route/collega/' });
  await screen.findByRole('heading', { level: 1, name: route('collega').text.nl.title });
  const sections = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
  expect(sections[0]).toBe(route('collega').text.nl.sections.kinderopvang!.title);
  expect(screen.getByRole('link', { name: 'Naar de meldcode voor Kinderopvang' }).getAttribute('href')).toBe('/kinderopvang/');
});

test('a route the pack does not offer is not found, with the way to the pack', async () => {
  expect(pack('onderwijs').routes.some((r) => r.id === 'ouderenmishandeling')).toBe(false);
  await renderApp({ path: '/onderwijs/route/ouderenmishandeling/' });
  expect(await screen.findByRole('heading', { level: 1, name: 'Deze pagina bestaat niet' })).toBeTruthy();
  expect(screen.getByRole('link', { name: 'Naar Onderwijs' }).getAttribute('href')).toBe('/onderwijs/');
});

test('a route\'s walk is answered on its screen and goes into the open case; the outcome puts its sections first', async () => {
  const vgv = route('vgv');
  const words = vgv.text.nl.walk!;
  const id = await createCase('onderwijs', 'VGV-1');
  go('/onderwijs/route/vgv/');
  const first = await screen.findByRole('group', { name: (words[vgv.walk!.start] as { question: string }).question });
  expect(screen.getByText('Je antwoorden worden bewaard in de casus.')).toBeTruthy();
  fireEvent.click(within(first).getByLabelText('Ja'));
  const outcome = words['binnen-het-uur'] as { title: string };
  expect(await screen.findByRole('heading', { level: 3, name: outcome.title })).toBeTruthy();
  await waitFor(async () => expect((await getCase(id))!.routes.vgv!.state.moves).toEqual([{ node: vgv.walk!.start, answer: 'ja' }]));
  // The sections of this outcome come first.
  const shown = (vgv.walk!.nodes['binnen-het-uur'] as { sections: string[] }).sections;
  expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent).slice(1, 1 + shown.length)).toEqual(shown.map((s) => vgv.text.nl.sections[s]!.title));
  // And into the summary.
  go('/onderwijs/samenvatting/');
  const summary = await screen.findByRole('article', { name: 'Samenvatting voor het dossier' });
  await waitFor(() => expect(within(summary).getByRole('heading', { name: 'Bijzondere routes' })).toBeTruthy());
  expect(summary.textContent).toContain(outcome.title);
});

test('while the session is still reading whether a case is open (after a page load), the walk takes no answer: it would be lost when the case comes', () => {
  const vgv = route('vgv');
  const question = (vgv.text.nl.walk![vgv.walk!.start] as { question: string }).question;
  const view = render(<RouteScreen route={vgv} lang="nl" walkPending />);
  const first = () => screen.getByRole('group', { name: question }) as HTMLFieldSetElement;
  expect(first().disabled).toBe(true);
  const outcome = (vgv.text.nl.walk!['binnen-het-uur'] as { title: string }).title;
  fireEvent.click(within(first()).getByLabelText('Ja'));
  expect(screen.queryByRole('heading', { level: 3, name: outcome })).toBeNull();
  view.rerender(<RouteScreen route={vgv} lang="nl" walkPending={false} />);
  expect(first().disabled).toBe(false);
  fireEvent.click(within(first()).getByLabelText('Ja'));
  expect(screen.getByRole('heading', { level: 3, name: outcome })).toBeTruthy();
});

test('without a case a route\'s walk still works, and says its answers are not kept', async () => {
  const vgv = route('vgv');
  await renderApp({ path: '/route/vgv/' });
  const first = await screen.findByRole('group', { name: (vgv.text.nl.walk![vgv.walk!.start] as { question: string }).question });
  expect(screen.getByText('Je antwoorden worden niet bewaard: er is geen casus open.')).toBeTruthy();
  fireEvent.click(within(first).getByLabelText(/^Nee/));
  expect(await screen.findByRole('group', { name: (vgv.text.nl.walk!.dreiging as { question: string }).question })).toBeTruthy();
});

test('the KNMG pack starts the afwegingskader in step 5, not in step 4', async () => {
  expect(pack('artsen').kaderStep).toBe(5);
  await renderApp({ path: '/artsen/stap/5/' });
  expect(await screen.findByRole('link', { name: 'Start het afwegingskader' })).toBeTruthy();
  go('/artsen/stap/4/');
  await screen.findByRole('heading', { level: 1, name: pack('artsen').steps[4].title });
  expect(screen.queryByRole('link', { name: 'Start het afwegingskader' })).toBeNull();
});
