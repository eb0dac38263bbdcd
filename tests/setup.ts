import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/preact';
import { afterEach, beforeEach, vi } from 'vitest';
import { initI18n } from '../src/i18n';
import en from '../src/i18n/locales/en.json';

beforeEach(() => {
  // Strict: a key missing from the locale files fails the test instead of warning.
  initI18n('nl', { strict: true, resources: { en } });
  localStorage.clear();
  location.hash = '';
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});
