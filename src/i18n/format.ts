import type { Locale } from '../content/schema';

// Bundle-size sensitive: only lazily loaded screens import this. The shell's one date (the
// overdue reminder) goes through i18next's own Intl formatting instead (dateValues in index.ts).
const INTL_LOCALE: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };

export function formatDateTime(iso: string, lang: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(INTL_LOCALE[lang], { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(date);
}

/** A calendar date in words: YYYY-MM-DD as "1 december 2026", YYYY-MM as "december 2026", YYYY
 * as itself (content sources may give only a month or a year). Anything else is shown as given. */
export function formatDate(iso: string, lang: Locale): string {
  const parts = /^(\d{4})(?:-(\d\d)(?:-(\d\d))?)?$/.exec(iso);
  if (!parts) return iso;
  const [, year, month, day] = parts;
  // Read and written in UTC: the same day in every time zone.
  const date = new Date(Date.UTC(Number(year), Number(month ?? 1) - 1, Number(day ?? 1)));
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(INTL_LOCALE[lang], { timeZone: 'UTC', year: 'numeric', ...(month && { month: 'long' }), ...(day && { day: 'numeric' }) }).format(date);
}
