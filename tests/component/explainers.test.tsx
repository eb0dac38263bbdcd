import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { initI18n } from '../../src/i18n';
import enPractice from '../../src/i18n/locales/en.practice.json';
import nlPractice from '../../src/i18n/locales/nl.practice.json';
import type { Conversation, Explainer } from '../../src/practice/types';
import { ConversationScreen } from '../../src/ui/ConversationScreen';
import { ExplainerScreen } from '../../src/ui/ExplainerScreen';

// Small fixtures built here, so the screens are tested apart from the shipped wording.
const EXPLAINER: Explainer = {
  id: 'proef',
  version: '1.2.0',
  reviewed: '2026-12-01',
  locales: ['nl', 'en'],
  sources: [{ id: 'nji', title: 'NJi — Afwegingskader meldcode', url: 'https://www.nji.nl/kindermishandeling/afwegingskader-meldcode', date: '2025' }],
  review: { nl: ['Controleer de namen van de fasen.'], en: ['Check the names of the phases.'] },
  text: {
    nl: { title: 'De meldnormen', summary: 'Wanneer je meldt.', sections: [{ title: 'Meldnorm 1', paragraphs: ['Altijd melden bij acute onveiligheid.'], sources: ['nji'] }] },
    en: { title: 'The reporting norms', summary: 'When you report.', sections: [{ title: 'Norm 1', paragraphs: ['Always report acute unsafety.'], sources: ['nji'] }] },
  },
};

const CONVERSATION: Conversation = {
  id: 'proef',
  version: '1.0.0',
  reviewed: '2026-12-01',
  with: 'ouder',
  start: 'a',
  locales: ['nl', 'en'],
  sources: [{ id: 'knmg', title: 'KNMG — stap 3', url: 'https://knmg.example.org/stap-3', date: '2023' }],
  nodes: {
    a: { choices: [{ id: 'open', next: 'b', good: true }, { id: 'dicht', next: null, good: false }] },
    b: { choices: [{ id: 'samen', next: null, good: true }] },
  },
  text: {
    nl: {
      title: 'Een gesprek met een ouder',
      intro: 'Een verzonnen situatie.',
      nodes: {
        a: { says: 'Is er iets met Sem?', choices: { open: { sentence: 'Ik maak me zorgen.', effect: 'Ze luistert.' }, dicht: { sentence: 'Niks hoor.', effect: 'Je zorg blijft liggen.' } } },
        b: { says: 'Waarover dan?', choices: { samen: { sentence: 'Laten we samen kijken.', effect: 'Ze voelt zich gesteund.' } } },
      },
      reasoning: ['Begin met het doel van het gesprek.'],
    },
    en: {
      title: 'A conversation with a parent',
      intro: 'A made-up situation.',
      nodes: {
        a: { says: 'Is something wrong with Sem?', choices: { open: { sentence: 'I am worried.', effect: 'She listens.' }, dicht: { sentence: 'Nothing.', effect: 'Your concern is left.' } } },
        b: { says: 'About what?', choices: { samen: { sentence: 'Let us look together.', effect: 'She feels supported.' } } },
      },
      reasoning: ['Start with the purpose of the talk.'],
    },
  },
};

const FILES: Record<string, unknown> = { 'packs/explainers/proef.json': EXPLAINER, 'packs/conversations/proef.json': CONVERSATION };

beforeEach(() => {
  vi.stubGlobal('fetch', vi.fn(async (url: string) => {
    const body = FILES[url.replace(/^.*?(packs\/)/, '$1')];
    return body ? new Response(JSON.stringify(body)) : new Response('not found', { status: 404 });
  }));
  initI18n('nl', { strict: true, resources: { nl: nlPractice } });
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  history.replaceState(null, '', '/');
});

describe('ExplainerScreen', () => {
  test('each section with its sources, the review points and the check date', async () => {
    render(<ExplainerScreen explainer="proef" lang="nl" />);
    expect(await screen.findByRole('heading', { level: 1, name: 'De meldnormen' })).toBeTruthy();
    const section = screen.getByRole('region', { name: 'Meldnorm 1' });
    expect(within(section).getByText('Altijd melden bij acute onveiligheid.')).toBeTruthy();
    expect(within(section).getByRole('link', { name: 'NJi — Afwegingskader meldcode' }).getAttribute('href')).toBe('https://www.nji.nl/kindermishandeling/afwegingskader-meldcode');
    expect(within(screen.getByRole('region', { name: 'Nog te controleren' })).getByText('Controleer de namen van de fasen.')).toBeTruthy();
    expect(screen.getByText(/Gecontroleerd op 1 december 2026, versie 1\.2\.0/)).toBeTruthy();
  });

  test('in English', async () => {
    initI18n('en', { strict: true, resources: { en: enPractice } });
    render(<ExplainerScreen explainer="proef" lang="en" />);
    expect(await screen.findByRole('heading', { level: 1, name: 'The reporting norms' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Still to be checked' })).toBeTruthy();
  });

  test('an unknown explainer: the app\'s not found, with the way to the exercises', async () => {
    history.replaceState(null, '', '/oefenen/uitleg/bestaat-niet/');
    render(<ExplainerScreen explainer="bestaat-niet" lang="nl" />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Deze pagina bestaat niet' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Naar de oefencasussen' }).getAttribute('href')).toBe('/oefenen/');
  });
});

describe('ConversationScreen', () => {
  test('choose a sentence, see its effect, go on to the end, read the reasoning, try again', async () => {
    render(<ConversationScreen conversation="proef" lang="nl" />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Een gesprek met een ouder' })).toBeTruthy();
    expect(screen.getByText('Is er iets met Sem?')).toBeTruthy();
    const live = document.querySelector('[aria-live="polite"]')!;
    expect(live.textContent).toBe('');

    fireEvent.click(screen.getByRole('button', { name: 'Ik maak me zorgen.' }));
    expect(live.textContent).toContain('Ze luistert.');
    expect(live.textContent).toContain('Een deskundige zou dit ook kunnen zeggen.');
    const next = screen.getByRole('button', { name: 'Verder' });
    expect(document.activeElement).toBe(next);
    expect(screen.queryByRole('button', { name: 'Niks hoor.' })).toBeNull();

    fireEvent.click(next);
    const line = screen.getByText('Waarover dan?').closest('p')!;
    expect(document.activeElement).toBe(line);
    expect(live.textContent).toBe('');
    // The conversation so far stays readable.
    expect(screen.getByText('Ik maak me zorgen.')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Laten we samen kijken.' }));
    expect(live.textContent).toContain('Ze voelt zich gesteund.');
    expect(live.textContent).toContain('Het gesprek is afgelopen.');
    fireEvent.click(screen.getByRole('button', { name: 'Naar de uitleg van de deskundige' }));
    const reasoning = screen.getByRole('heading', { name: 'Hoe een deskundige dit gesprek ziet' });
    expect(document.activeElement).toBe(reasoning);
    expect(screen.getByText('Begin met het doel van het gesprek.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'KNMG — stap 3' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Opnieuw proberen' }));
    expect(document.activeElement).toBe(screen.getByText('Is er iets met Sem?').closest('p'));
    expect(screen.queryByText('Begin met het doel van het gesprek.')).toBeNull();
  });

  test('a sentence that ends the talk early says so, and that an expert would choose otherwise', async () => {
    render(<ConversationScreen conversation="proef" lang="nl" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Niks hoor.' }));
    const live = document.querySelector('[aria-live="polite"]')!;
    expect(live.textContent).toContain('Je zorg blijft liggen.');
    expect(live.textContent).toContain('Een deskundige kiest hier iets anders.');
    fireEvent.click(screen.getByRole('button', { name: 'Naar de uitleg van de deskundige' }));
    expect(screen.getByRole('button', { name: 'Opnieuw proberen' })).toBeTruthy();
  });

  test('in English', async () => {
    initI18n('en', { strict: true, resources: { en: enPractice } });
    render(<ConversationScreen conversation="proef" lang="en" />);
    fireEvent.click(await screen.findByRole('button', { name: 'I am worried.' }));
    expect(screen.getByText('She listens.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Next' })).toBeTruthy();
  });

  test('an unknown conversation: the app\'s not found, with the way to the exercises', async () => {
    history.replaceState(null, '', '/oefenen/gesprek/bestaat-niet/');
    render(<ConversationScreen conversation="bestaat-niet" lang="nl" />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Deze pagina bestaat niet' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Naar de oefencasussen' }).getAttribute('href')).toBe('/oefenen/');
  });
});
