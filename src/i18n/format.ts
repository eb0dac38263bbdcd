import type { Locale } from '../content/schema';

// Bundle-size sensitive: only lazily loaded screens import this. The shell's one date (the
// overdue reminder) goes through i18next's own Intl formatting instead (dateValues in index.ts).
const INTL_LOCALE: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };

/** Making an Intl.DateTimeFormat costs far more than using one (the finder formatted its dates
 * on every keystroke), so each kind is made once per language. */
const formats = new Map<string, Intl.DateTimeFormat>();
function formatter(lang: Locale, kind: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang} ${kind}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(INTL_LOCALE[lang], options);
    formats.set(key, format);
  }
  return format;
}

export function formatDateTime(iso: string, lang: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return formatter(lang, 'date-time', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(date);
}

/** A calendar date in words: YYYY-MM-DD as "1 december 2026", YYYY-MM as "december 2026", YYYY
 * as itself (content sources may give only a month or a year). Anything else is shown as given. */
export function formatDate(iso: string, lang: Locale): string {
  const parts = /^(\d{4})(?:-(\d\d)(?:-(\d\d))?)?$/.exec(iso);
  if (!parts) return iso;
  const [, year, month, day] = parts;
  // Read and written in UTC: the same day in every time zone.
  const date = new Date(Date.UTC(Number(year), Number(month ?? 1) - 1, Number(day ?? 1)));
  // Date.UTC rolls an impossible date over (month 13 is next January): such a date is not one.
  if (date.getUTCMonth() !== Number(month ?? 1) - 1 || date.getUTCDate() !== Number(day ?? 1)) return iso;
  const kind = day ? 'day' : month ? 'month' : 'year';
  return formatter(lang, kind, { timeZone: 'UTC', year: 'numeric', ...(month && { month: 'long' }), ...(day && { day: 'numeric' }) }).format(date);
}
