import { screen, within } from '@testing-library/preact';
import { expect, test } from 'vitest';
import type { LocalizedPack } from '../../src/content/schema';
import { addCases, getCase } from '../../src/storage/cases';
import { newCase } from '../../src/storage/restore';
import { freshDevice, go, renderApp } from '../helpers/app';
import { compiledAlgemeen, compiledContent } from '../helpers/packs';

freshDevice();

/** The Algemeen pack as a later version might ship it: question a2 renamed, a to-do reworded. */
function nextVersion(locale: 'nl' | 'en'): LocalizedPack {
  const pack = structuredClone(compiledAlgemeen(locale));
  pack.version = '1.2.0';
  const nodes = pack.kader.nodes;
  nodes['a2-veiligheid'] = nodes.a2!;
  delete nodes.a2;
  for (const node of Object.values(nodes)) {
    for (const a of node.type === 'question' ? node.answers : []) if (a.next === 'a2') a.next = 'a2-veiligheid';
  }
  const kindcheck = pack.steps[1].todo.find((i) => i.id === 'kindcheck')!;
  kindcheck.text = 'Doe de kindcheck (nieuwe tekst in versie 1.2.0).';
  return pack;
}

test('a case from pack version 1.0.0 opens after the pack renamed a question and reworded a to-do: valid answers kept, the dropped ones named, the tick on the same item', async () => {
  const c = newCase({ id: 'k1', label: 'K', packId: 'algemeen', packVersion: '1.0.0' });
  const state = { start: 'a1', moves: [{ node: 'a1', answer: 'ja' }, { node: 'a2', answer: 'nee' }, { node: 'a3', answer: 'ja' }] };
  await addCases([{ ...c, steps: { ...c.steps, 1: { notes: 'Aantekening', checked: ['kindcheck'] } }, kader: { ...c.kader, state } }]);
  localStorage.setItem('meldwijzer.activeCase', 'k1');
  const summary = compiledContent().packs.index.find((p) => p.id === 'algemeen')!;
  await renderApp({ path: '/algemeen/afweging/', extra: { index: [{ ...summary, version: '1.2.0' }], localized: [nextVersion('nl'), nextVersion('en')] } });

  const notice = await screen.findByText(/2 antwoorden van deze casus passen niet bij versie 1\.2\.0 van dit pakket/);
  const box = within(notice.closest('.notice') as HTMLElement);
  expect(box.getByText(/De casus is begonnen met versie 1\.0\.0/)).toBeTruthy();
  // a2 is gone from the pack; a3 still exists but came after it.
  expect(box.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Hulp', '1 vraag die niet meer in dit pakket staat']);
  // The answer that still fits is kept and shown.
  expect(document.querySelectorAll('ol.answers > li')).toHaveLength(1);
  // Looking changes nothing stored.
  expect((await getCase('k1'))!.kader.state).toEqual(state);

  go('/algemeen/stap/1/');
  const tick = await screen.findByRole('checkbox', { name: 'Doe de kindcheck (nieuwe tekst in versie 1.2.0).' });
  expect((tick as HTMLInputElement).checked).toBe(true);
});
