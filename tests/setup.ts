import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/preact';
import { afterEach, beforeEach, vi } from 'vitest';
import { initI18n } from '../src/i18n';
import { armQuickHideKeys, clearHideRequest } from '../src/app/quickHideKeys';
import enCases from '../src/i18n/locales/en.cases.json';
import en from '../src/i18n/locales/en.json';
import nlCases from '../src/i18n/locales/nl.cases.json';
import enPack from '../src/i18n/locales/en.pack.json';
import nlPack from '../src/i18n/locales/nl.pack.json';
import enLocal from '../src/i18n/locales/en.local.json';
import nlLocal from '../src/i18n/locales/nl.local.json';
import enPractice from '../src/i18n/locales/en.practice.json';
import nlPractice from '../src/i18n/locales/nl.practice.json';
import enSearch from '../src/i18n/locales/en.search.json';
import nlSearch from '../src/i18n/locales/nl.search.json';

// As main.tsx does before anything else.
armQuickHideKeys();

beforeEach(() => {
  clearHideRequest();
  // Strict: a key missing from the locale files fails the test instead of warning.
  initI18n('nl', { strict: true, resources: { nl: { ...nlCases, ...nlPack, ...nlLocal, ...nlPractice, ...nlSearch }, en: { ...en, ...enCases, ...enPack, ...enLocal, ...enPractice, ...enSearch } } });
  localStorage.clear();
  location.hash = '';
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});
