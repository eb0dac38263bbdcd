import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import type { CaseSummary } from '../../src/cases/types';
import type { Locale } from '../../src/content/schema';
import { initI18n } from '../../src/i18n';
import en from '../../src/i18n/locales/en.json';
import enCases from '../../src/i18n/locales/en.cases.json';
import nlCases from '../../src/i18n/locales/nl.cases.json';
import { StartScreen } from '../../src/ui/StartScreen';

afterEach(cleanup);

const i18n = (lang: Locale) => initI18n(lang, { strict: true, resources: { nl: nlCases, en: { ...en, ...enCases } } });
const summary = (id: string, followUp: string): CaseSummary => ({ id, label: id.toUpperCase(), packId: 'algemeen', status: 'open', followUp, createdAt: '2026-11-01T08:00:00.000Z', updatedAt: '2026-11-01T08:00:00.000Z' });

test.each([
  ['nl', 'opnieuw wegen was gepland op 5 januari 2026', 'opnieuw wegen op 20 november 2099'],
  ['en', 'weighing again was due on 5 January 2026', 'weigh again on 20 November 2099'],
] as const)('follow-up dates are written out in words (%s), on the start screen and in the case list', async (lang, overdue, planned) => {
  i18n(lang);
  render(<StartScreen packs={[]} lang={lang} cases={[summary('laat', '2026-01-05'), summary('later', '2099-11-20')]} storageProblem={null} lastBackupAt={undefined} onOpen={() => {}} onRemove={() => {}} />);
  const reminder = screen.getByRole('heading', { level: 2, name: lang === 'nl' ? 'Tijd om opnieuw te wegen' : 'Time to weigh again' }).closest('section')!;
  expect(reminder.textContent).toContain(overdue);
  expect(reminder.textContent).not.toContain('2026-01-05');
  await waitFor(() => expect(document.querySelector('.case-list')?.textContent).toContain(planned));
  expect(document.body.textContent).not.toMatch(/\d{4}-\d\d-\d\d/);
});
