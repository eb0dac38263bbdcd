// Build time only: content/lines/, the national lines (lines.yaml for numbers, hours and sources;
// nl.yaml and en.yaml for the wording).
import { z } from 'zod';
import { Day, fields, fix, Review, Slug, Source, Text } from './common';

export const LINE_KINDS = ['phone', 'chat', 'web'] as const;
export const LINE_CALLERS = ['anyone', 'professionals', 'doctors', 'police'] as const;

const PHONE_FIX = 'write the number as the prefix, a dash, then the rest, e.g. "0800-2000" (see content/README.md, "Phone numbers").';

/** One line: how to reach it, when, who may call, for which special routes, and from where we know. */
export const LineSource = fields({
  id: Slug.meta({ description: 'Stable id; the wording in nl.yaml and en.yaml is keyed by it.' }),
  kind: z.enum(LINE_KINDS, fix(`use one of: ${LINE_KINDS.join(', ')}.`)).meta({ description: 'phone: a number to call; chat: a chat on the website; web: a website only (no number found).' }),
  phones: z.array(z.string(fix(PHONE_FIX)).min(1, fix(PHONE_FIX)), fix(PHONE_FIX)).optional()
    .meta({ description: 'The number(s) in the one format, e.g. ["0800-2000"]. Only numbers a source gives.' }),
  allDay: z.boolean(fix('write true (day and night, 24/7) or false.')).optional()
    .meta({ description: 'true: open day and night (24/7), as the source says. Otherwise give "hours" in nl.yaml and en.yaml.' }),
  free: z.boolean(fix('write true, or leave it out.')).optional().meta({ description: 'Free to call, as the source says.' }),
  callers: z.enum(LINE_CALLERS, fix(`use one of: ${LINE_CALLERS.join(', ')}.`)).meta({ description: 'Who may call: anyone, professionals, doctors only, or the police (others go through them).' }),
  always: z.boolean(fix('write true, or leave it out.')).optional().meta({ description: 'true: shown first, for every situation (Veilig Thuis).' }),
  website: z.string(fix('write the full address, starting with https://.')).regex(/^https:\/\/[^\s]+\.[^\s]+$/, fix('write the full address, starting with https://.')),
  routes: z.array(Slug, fix('list the ids of the special routes (content/routes/) this line belongs to, e.g. "[huwelijksdwang]".'))
    .meta({ description: 'The special routes whose screen shows this line.' }),
  reviewed: Day.meta({ description: 'The day a person last checked the number, hours and text against the sources.' }),
  sources: z.array(Source, fix('list every source with title, url and date.')).min(1, fix('every line needs a source: list it with title, url and date.')),
  review: Review.default([]),
}, 'write each line as "- id: <id>" with kind, callers, website, routes, reviewed and sources.');

export const LinesSource = fields({
  defaultLocale: z.literal('nl').default('nl'),
  reviewed: Day,
  review: Review.default([]),
  lines: z.array(LineSource, fix('list the lines under "lines:".')).min(1, fix('list the lines under "lines:".')),
});

const lineText = (complete: boolean) => fields({
  name: complete ? Text : Text.optional(),
  for: (complete ? Text : Text.optional()).meta({ description: 'What the line is for, in one or two sentences.' }),
  hours: Text.optional().meta({ description: 'When it can be called, as its owner states it; required unless lines.yaml says allDay: true.' }),
  note: Text.optional().meta({ description: 'One short remark, e.g. "professionals call rather than chat".' }),
}, 'give the line its name and what it is for.');

export function linesText(complete: boolean) {
  return fields({
    intro: complete ? Text : Text.optional(),
    lines: complete ? z.record(Slug, lineText(true)) : z.record(Slug, lineText(false)).optional(),
  });
}

export const LinesText = linesText(true);
export const LinesTranslation = linesText(false);

export type LinesSource = z.output<typeof LinesSource>;
export type LineSource = z.output<typeof LineSource>;
