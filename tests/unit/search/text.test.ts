import { describe, expect, test } from 'vitest';
import { compoundParts, normalise, stemEn, stemNl, terms, tokenize } from '../../../src/search/text';

describe('normalise', () => {
  test('folds case and diacritics', () => expect(normalise('Cliënt Één Ïdee Café')).toBe('client een idee cafe'));
  test('splits at hyphens and apostrophes alike on both sides', () => {
    expect(tokenize("'s-Hertogenbosch")).toEqual(['s', 'hertogenbosch']);
    expect(tokenize('Zorg- en Veiligheidshuis')).toEqual(['zorg', 'en', 'veiligheidshuis']);
    expect(tokenize('ex‑partner')).toEqual(['ex', 'partner']);
  });
  test('turns markup, emoji and punctuation into nothing', () => {
    expect(tokenize('<b>letsel</b> 🙂 .*+?^${}()|[]\\')).toEqual(['b', 'letsel', 'b']);
    expect(tokenize('   ')).toEqual([]);
  });
});

describe('the Dutch stemmer', () => {
  test('brings plurals and singulars together', () => {
    expect(stemNl('signalen')).toBe(stemNl('signaal'));
    expect(stemNl('besnijdenissen')).toBe(stemNl('besnijdenis'));
    expect(stemNl('ouders')).toBe(stemNl('ouder'));
    expect(stemNl('mogelijkheden')).toBe('mogelijkheid');
    expect(stemNl('kindermishandelingen')).toBe('kindermishandeling');
    expect(stemNl('brieven')).toBe('brief');
  });
  test('drops diminutive endings', () => {
    expect(stemNl('huisjes')).toBe('huis');
    expect(stemNl('briefje')).toBe('brief');
    expect(stemNl('plaatjes')).toBe('plaat');
    expect(stemNl('vrouwtje')).toBe('vrouw');
  });
  test('leaves short words and numbers alone', () => {
    expect(stemNl('open')).toBe('open');
    expect(stemNl('0800')).toBe('0800');
  });
  test('English: plurals only', () => {
    expect(stemEn('injuries')).toBe('injury');
    expect(stemEn('signs')).toBe('sign');
    expect(stemEn('abuse')).toBe('abuse');
    expect(stemEn('address')).toBe('address');
  });
  test('terms are the stems of the normalised words', () => expect(terms('Signalen van Kindermishandeling', 'nl')).toEqual(['signaal', 'van', 'kindermishandeling']));
});

describe('compound parts', () => {
  const vocabulary = new Set(['mishandeling', 'dwang', 'kind']);
  test('are the ends of a word that are words of the content', () => {
    expect(compoundParts('kindermishandeling', vocabulary)).toEqual(['mishandeling']);
    expect(compoundParts('huwelijksdwang', vocabulary)).toEqual(['dwang']);
  });
  test('are never shorter than five letters, nor the word itself', () => {
    expect(compoundParts('mishandeling', vocabulary)).toEqual([]);
    expect(compoundParts('kinderkind', vocabulary)).toEqual([]);
  });
});
