// The national lines as the app loads them (packs/lines.json). Types only: shared by the build
// (lines.ts) and the app (lines-load.ts, LinesScreen).
import type { Locale, Source } from './schema';

export const LINES_FORMAT = 1;

export interface LineText {
  name: string;
  for: string;
  hours?: string;
  note?: string;
}

export interface Line {
  id: string;
  kind: 'phone' | 'chat' | 'web';
  /** As written, e.g. "0900-111 3 111", with the digits for a tel: link. */
  phones: { number: string; tel: string }[];
  allDay: boolean;
  free: boolean;
  callers: 'anyone' | 'professionals' | 'doctors' | 'police';
  always: boolean;
  website: string;
  routes: string[];
  reviewed: string;
  sources: Source[];
  /** Points to check, in Dutch (the default language). */
  review: string[];
  text: Record<Locale, LineText>;
}

export interface CompiledLines {
  format: typeof LINES_FORMAT;
  defaultLocale: Locale;
  reviewed: string;
  review: string[];
  intro: Record<Locale, string>;
  /** The routes the lines belong to, with their titles, so the screen needs no other file. */
  routes: { id: string; title: Record<Locale, string> }[];
  lines: Line[];
}
