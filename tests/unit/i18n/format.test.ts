import { describe, expect, test } from 'vitest';
import { formatDate, formatDateTime } from '../../../src/i18n/format';

describe('formatDate', () => {
  test('a day, a month and a year each in words, in both languages, whatever was formatted before', () => {
    expect(formatDate('2026-12-01', 'nl')).toBe('1 december 2026');
    expect(formatDate('2026-12', 'nl')).toBe('december 2026');
    expect(formatDate('2026', 'nl')).toBe('2026');
    expect(formatDate('2026-12-01', 'en')).toBe('1 December 2026');
    expect(formatDate('2026-12', 'en')).toBe('December 2026');
    expect(formatDate('2026-12-01', 'nl')).toBe('1 december 2026');
  });
  test('anything that is not a date is shown as given', () => {
    expect(formatDate('binnenkort', 'nl')).toBe('binnenkort');
    expect(formatDate('2026-13-45', 'nl')).toBe('2026-13-45');
  });
});

describe('formatDateTime', () => {
  test('date and time, and an unreadable one as given', () => {
    expect(formatDateTime('2026-12-01T09:05:00Z', 'nl')).toMatch(/2026/);
    expect(formatDateTime('geen tijd', 'en')).toBe('geen tijd');
  });
});
