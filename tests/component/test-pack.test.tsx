import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, test } from 'vitest';
import { compilePacks } from '../../src/content/collections';
import type { LocalizedPack } from '../../src/content/schema';
import { renderApp } from '../helpers/app';
import { compiledContent, fixturePacksDir } from '../helpers/packs';

// A pack of a few lines that extends the real base (tests/fixtures/content/packs/oefenpakket):
// it adds a to-do to step 1 and leaves out the base's "signalenlijst". Not shipped.
const extra = compilePacks(fixturePacksDir, compiledContent().base, 'tests/fixtures/content/packs');
const base = compiledContent().packs.localized.find((p) => p.id === 'algemeen' && p.locale === 'nl')!;
const removed = base.steps[1].todo.find((i) => i.id === 'signalenlijst')!.text;
const answersOf = (pack: LocalizedPack, node: string) => (pack.kader.nodes[node]!.text as { answers: Record<string, string> }).answers;
const added = 'Kijk ook in het leerlingvolgsysteem wat eerder over de leerling is vastgelegd.';

describe('a test pack that extends the base in a few lines', () => {
  test('builds: the added item comes after the base items, the removed one is gone, the rest is the base', () => {
    const nl = extra.localized.find((p) => p.locale === 'nl')!;
    expect(nl.steps[1].todo.map((i) => i.id)).toEqual(['signalen-opschrijven', 'zelf-of-gehoord', 'kindcheck', 'leerlingvolgsysteem']);
    expect(nl.steps[2]).toEqual(base.steps[2]);
    // The kader is the base's, but for the one answer the pack words differently.
    const a1 = base.kader.nodes.a1!;
    expect(nl.kader).toEqual({ ...base.kader, nodes: { ...base.kader.nodes, a1: { ...a1, text: { ...a1.text, answers: { ...answersOf(base, 'a1'), ja: 'Ja, ik maak me nog steeds zorgen' } } } } });
    expect(nl.fellBack).toEqual([]);
    // English has no text for the added item: it falls back to Dutch, and says so.
    expect(extra.localized.find((p) => p.locale === 'en')!.fellBack).toEqual(['items.leerlingvolgsysteem']);
  });

  test('rewording one answer keeps the texts of the other answers, in Dutch and English', () => {
    const en = extra.localized.find((p) => p.locale === 'en')!;
    const baseEn = compiledContent().packs.localized.find((p) => p.id === 'algemeen' && p.locale === 'en')!;
    expect(answersOf(extra.localized.find((p) => p.locale === 'nl')!, 'a1')).toEqual({ ja: 'Ja, ik maak me nog steeds zorgen', nee: answersOf(base, 'a1').nee });
    expect(answersOf(en, 'a1')).toEqual({ ja: 'Yes, I am still worried', nee: answersOf(baseEn, 'a1').nee });
    expect(answersOf(base, 'a1').nee).toBeTruthy();
    expect(answersOf(baseEn, 'a1').nee).toBeTruthy();
  });

  test('shows on the start screen, the pack screen and the step screen', async () => {
    await renderApp({ extra });
    fireEvent.click(screen.getByRole('link', { name: /Oefenpakket/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Oefenpakket' })).toBeTruthy();
    fireEvent.click(screen.getByRole('link', { name: 'Signalen in kaart brengen' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Signalen in kaart brengen' })).toBeTruthy();
    expect(screen.getByText(added)).toBeTruthy();
    expect(screen.queryByText(removed)).toBeNull();
    expect(screen.queryByText(/nog niet vertaald/)).toBeNull();
  });

  test('in English, loads the English file and says that a text fell back to Dutch', async () => {
    const { fetch } = await renderApp({ path: '/oefenpakket/stap/1/', extra });
    fireEvent.click(screen.getByRole('button', { name: /English/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Mapping the signals' })).toBeTruthy();
    await waitFor(() => expect(fetch.mock.calls.map(([url]) => String(url))).toContain('/packs/oefenpakket.en.json'));
    expect(screen.getByText(added)).toBeTruthy();
    expect(screen.getByText('Part of this text has not been translated yet. You see that part in Dutch.')).toBeTruthy();
  });
});
