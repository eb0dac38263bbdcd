import type { Kader, Meldnorm, OutcomeNode, QuestionNode, StepNumber } from '../meldcode/types';
import type { ChangelogEntry, Source } from './schemas/common';
import type { OutcomeText, QuestionText } from './schemas/base';
import type { RouteSource, RouteText } from './schemas/route';

/**
 * What the app reads: the types of the built files. The source format is declared once, with
 * zod, in schemas/ (build time only; only types come from there, so zod never reaches the app).
 * content/README.md explains the fields in plain words.
 */

/** Closed list of professional groups, from shared/domain/beroepsgroepen.md. */
export const BEROEPSGROEPEN = [
  'algemeen',
  'onderwijs',
  'kinderopvang',
  'artsen',
  'tandartsen',
  'jeugdgezondheidszorg',
  'verloskunde',
  'kraamzorg',
  'verpleging-en-verzorging',
  'paramedici',
  'ggz-en-sociaal-werk',
  'jeugdhulp',
  'justitie',
  'sociaal-domein',
] as const;
export type Beroepsgroep = (typeof BEROEPSGROEPEN)[number];

/** Languages the app itself speaks. A pack may offer fewer; missing text falls back. */
export const LOCALES = ['nl', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export { STEP_NUMBERS, type StepNumber } from '../meldcode/types';
export type { ChangelogEntry, OutcomeText, QuestionText, Source };

/** Version 2: one file per pack and language, text beside structure. */
export const FORMAT_VERSION = 2;

/** The address every waypoint of a walk shares (/<pack>/afweging/tussenstap/, see
 * routes.ts), so no node may be called this. */
export const WAYPOINT_SEGMENT = 'tussenstap';

/** One point of a list. Cases, the summary and links point at its id, never at a position. */
export interface Item {
  id: string;
  text: string;
}

/** The kinds of group a step can hold: 'signals' and 'checklist' are ticked (into the case and
 * its summary), a 'guide' is read (e.g. how to hold the conversation of step 3). */
export const GROUP_KINDS = ['signals', 'checklist', 'guide'] as const;
export type GroupKind = (typeof GROUP_KINDS)[number];

/** A titled list of a step: a signal list by age group or form of violence, a checklist such as
 * the kindcheck, or a conversation guide. Its items' ids are unique within the pack, like all items. */
export interface Group {
  id: string;
  kind: GroupKind;
  title: string;
  intro?: string;
  items: Item[];
}

/** A role in the beroepsgroep (medewerker, aandachtsfunctionaris, houder …). */
export interface Role {
  id: string;
  name: string;
  description: string;
}

export interface LocalizedStep {
  title: string;
  summary: string;
  todo: Item[];
  record: Item[];
  tips: Item[];
  pitfalls: Item[];
  groups: Group[];
  /** What differs in this step per role, by role id. */
  roles: Record<string, string>;
}

/** A node of the afwegingskader with its wording beside it: narrowing on `type` narrows `text`. */
export type LocalizedNode = LocalizedQuestion | LocalizedOutcome;
export type LocalizedQuestion = QuestionNode & { text: QuestionText };
export type LocalizedOutcome = OutcomeNode & { text: OutcomeText };

export interface LocalizedKader extends Kader {
  intro: string;
  nodes: Record<string, LocalizedNode>;
}

/** What the build writes to packs/<id>.<locale>.json: one pack in one language. */
export interface LocalizedPack {
  format: typeof FORMAT_VERSION;
  id: string;
  version: string;
  beroepsgroep: Beroepsgroep;
  /** The language of this file's texts. */
  locale: Locale;
  defaultLocale: Locale;
  /** The languages the pack is written in; other languages get the default language's text. */
  locales: Locale[];
  /** Text paths that fell back to the default language (shown to the user as a notice). */
  fellBack: string[];
  reviewed: string;
  sources: Source[];
  review: string[];
  changelog: ChangelogEntry[];
  /** Set in the files of other languages: their sources, review points and changelog are those
   * of this language's file (the default language's), which loadPack adds. */
  aboutIn?: Locale;
  kaderStep: StepNumber;
  title: string;
  description: string;
  steps: Record<StepNumber, LocalizedStep>;
  kader: LocalizedKader;
  meldnormen: Record<Meldnorm, string>;
  /** The beroepsgroep's roles, the default first; empty when it has none. */
  roles: Role[];
  /** The special routes (packs/routes/<id>.json) this pack offers, with their titles. */
  routes: { id: string; title: string }[];
}

/** packs/<id>.<locale>.json: what a pack changes of packs/base.<locale>.json (content/diff.ts).
 * A file without `diffOf` is a whole pack. */
export type PackFile = Partial<LocalizedPack> & Pick<LocalizedPack, 'format' | 'id' | 'locale' | 'defaultLocale'> & { diffOf?: 'base' };

/** One row of packs/index.json, enough for the start screen. */
export interface PackSummary {
  id: string;
  version: string;
  beroepsgroep: Beroepsgroep;
  locales: Locale[];
  title: Record<Locale, string>;
  description: Record<Locale, string>;
  /** The answer to the start screen's 'Waar werk je?' that leads to this pack; absent: chosen by name only. */
  setting?: Record<Locale, string>;
}

export type { RouteSource, RouteText };

/** One row of packs/routes.json: every special route, for the start screen and the Verantwoording. */
export interface RouteSummary {
  id: string;
  title: Record<Locale, string>;
}

/** A special route (packs/routes/<id>.json): small, so it keeps every language in one file. */
export interface CompiledRoute extends Omit<RouteSource, 'defaultLocale' | 'review'> {
  format: typeof FORMAT_VERSION;
  defaultLocale: Locale;
  review: string[];
  text: Record<Locale, RouteText>;
  fallback: Record<Locale, string[]>;
}

/** One pack or special route on the Verantwoording screen: where its content comes from and how
 * far it has been checked. Sources, review points and changes are in the default language. */
export interface Accountable {
  id: string;
  version: string;
  /** The date a person last checked the content. */
  reviewed: string;
  defaultLocale: Locale;
  title: Record<Locale, string>;
  sources: Source[];
  review: string[];
  changelog: ChangelogEntry[];
}

/** What the Verantwoording screen shows: every pack and every special route. */
export interface Verantwoording {
  packs: Accountable[];
  routes: Accountable[];
}
