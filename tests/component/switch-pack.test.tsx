import { IDBFactory } from 'fake-indexeddb';
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { compilePacks } from '../../src/content/collections';
import type { ExtraPacks } from '../helpers/app';
import type { LocalizedPack } from '../../src/content/schema';
import { addCases, getCase } from '../../src/storage/cases';
import { closeDatabase } from '../../src/storage/db';
import { newCase } from '../../src/storage/restore';
import { renderApp } from '../helpers/app';
import { compiledAlgemeen, compiledContent, fixturePacksDir } from '../helpers/packs';

// Two packs whose kaders differ: Algemeen (the base's kader) and a test pack with a kader of its
// own, here the fixture pack with question a2 under another id (so a2 and what follows cannot be kept).
const oefen = compilePacks(fixturePacksDir, compiledContent().base, 'tests/fixtures/content/packs');
function ownKader(p: LocalizedPack): LocalizedPack {
  const pack = structuredClone(p);
  pack.id = 'eigenkader';
  pack.title = 'Eigen kader';
  const nodes = pack.kader.nodes;
  nodes['a2-eigen'] = nodes.a2!;
  delete nodes.a2;
  for (const node of Object.values(nodes)) for (const a of node.type === 'question' ? node.answers : []) if (a.next === 'a2') a.next = 'a2-eigen';
  return pack;
}
const other: ExtraPacks = {
  localized: oefen.localized.map(ownKader),
  index: [{ ...oefen.index[0]!, id: 'eigenkader', title: { nl: 'Eigen kader', en: 'Own kader' } }],
};
const algemeen = compiledAlgemeen();
const label = (node: string) => { const n = algemeen.kader.nodes[node]!; return n.type === 'question' ? n.text.label || n.text.question : ''; };
const signalenlijst = algemeen.steps[1].todo.find((i) => i.id === 'signalenlijst')!.text;
const moves = [{ node: 'a1', answer: 'ja' }, { node: 'a2', answer: 'nee' }, { node: 'a3', answer: 'ja' }];

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  localStorage.clear();
  const c = newCase({ id: 'k1', label: 'K', packId: 'algemeen', packVersion: algemeen.version });
  await addCases([{ ...c, steps: { ...c.steps, 1: { notes: 'Mijn aantekening', checked: ['signalenlijst', 'kindcheck'] } }, kader: { ...c.kader, state: { start: 'a1', moves } } }]);
  localStorage.setItem('meldwijzer.activeCase', 'k1');
});
afterEach(async () => {
  await closeDatabase();
});

test('switching the pack of a case asks first, says what will be left out, and changes nothing until confirmed', async () => {
  await renderApp({ path: '/algemeen/casus/', extra: other });
  fireEvent.click(await screen.findByRole('button', { name: 'Andere beroepsgroep voor deze casus' }));
  const group = screen.getByRole('group', { name: 'Andere beroepsgroep voor deze casus' });
  await waitFor(() => expect(document.activeElement).toBe(within(group).getByRole('heading')));
  // Nothing chosen: the error summary, not a switch.
  fireEvent.click(screen.getByRole('button', { name: 'Verder' }));
  expect(within(await screen.findByRole('alert')).getByRole('link', { name: 'Kies een beroepsgroep' })).toBeTruthy();

  fireEvent.click(within(group).getByLabelText('Eigen kader'));
  fireEvent.click(screen.getByRole('button', { name: 'Verder' }));
  const confirm = await screen.findByRole('region', { name: 'Casus overzetten naar Eigen kader?' });
  const box = within(confirm);
  expect(box.getByRole('list', { name: /2 antwoorden in het afwegingskader/ }).textContent).toBe(label('a2') + label('a3'));
  expect(box.getByRole('list', { name: /1 afgevinkt punt/ }).textContent).toBe(signalenlijst);
  expect(box.getByText(/aantekeningen, overleggen/)).toBeTruthy();

  fireEvent.click(box.getByRole('button', { name: 'Nee, niet overzetten' }));
  expect(await screen.findByRole('button', { name: 'Andere beroepsgroep voor deze casus' })).toBeTruthy();
  const stored = (await getCase('k1'))!;
  expect(stored.packId).toBe('algemeen');
  expect(stored.kader.state.moves).toEqual(moves);
});

test('once confirmed, the case is in the other pack with its walk reconciled to that kader, and opens there', async () => {
  await renderApp({ path: '/algemeen/casus/', extra: other });
  fireEvent.click(await screen.findByRole('button', { name: 'Andere beroepsgroep voor deze casus' }));
  fireEvent.click(screen.getByLabelText('Eigen kader'));
  fireEvent.click(screen.getByRole('button', { name: 'Verder' }));
  fireEvent.click(await screen.findByRole('button', { name: 'Ja, overzetten' }));

  await waitFor(() => expect(location.pathname).toBe('/eigenkader/casus/'));
  expect(await screen.findByRole('heading', { level: 1, name: 'Overzicht van de casus' })).toBeTruthy();
  await waitFor(async () => expect((await getCase('k1'))!.packId).toBe('eigenkader'));
  const stored = (await getCase('k1'))!;
  expect(stored.packVersion).toBe(other.index[0]!.version);
  expect(stored.kader.state.moves).toEqual([moves[0]]);
  expect(stored.steps[1]).toEqual({ notes: 'Mijn aantekening', checked: ['kindcheck'] });
  // The walk already fits: no notice about dropped answers in the new pack.
  expect(screen.queryByText(/passen niet bij versie/)).toBeNull();
});
