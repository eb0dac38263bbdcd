import type { Kader } from '../meldcode/types';

/**
 * The content-pack format, version 1. Authors edit YAML under content/<pack>/; the build
 * validates it against this shape (validate.ts) and writes one JSON file per pack.
 * content/README.md explains every field in plain words; keep the two in step.
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
] as const;
export type Beroepsgroep = (typeof BEROEPSGROEPEN)[number];

/** Languages the app itself speaks. A pack may offer fewer; missing text falls back. */
export const LOCALES = ['nl', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

import { STEP_NUMBERS, type StepNumber } from '../meldcode/types';
export { STEP_NUMBERS, type StepNumber };

export const FORMAT_VERSION = 1;

/** The address every waypoint of a walk shares (/<pack>/afweging/tussenstap/, see
 * app/routes.ts), so no node may be called this. */
export const WAYPOINT_SEGMENT = 'tussenstap';

export interface Source {
  /** What the source is called, as a reader would search for it. */
  title: string;
  /** Where to find it; http or https only. */
  url: string;
  /** When it was published or last seen (YYYY-MM-DD, or YYYY-MM / YYYY when that is all we know). */
  date: string;
}

/** pack.yaml: everything except wording. */
export interface PackSource {
  /** Lower-case letters, digits and dashes; also the folder name and the URL segment. */
  id: string;
  /** Semantic version of the content (e.g. 1.2.0); raise it on every change. */
  version: string;
  beroepsgroep: Beroepsgroep;
  /** The language every text must exist in. Default: nl. */
  defaultLocale?: Locale;
  /** Languages this pack provides; must include defaultLocale. */
  locales: Locale[];
  /** Laatst inhoudelijk gecontroleerd: when a person last checked the content (YYYY-MM-DD). */
  reviewed: string;
  sources: Source[];
  /** Points an expert must still check ("onzeker" in the research). Optional, shown to users. */
  review?: string[];
  /** The step whose screen starts the afwegingskader. Default: 4. */
  kaderStep?: StepNumber;
  kader: Kader;
  /** What changed in each version, newest first; shown to users beside the sources. */
  changelog?: ChangelogEntry[];
}

export interface ChangelogEntry {
  version: string;
  /** YYYY-MM-DD. */
  date: string;
  /** Each change in one sentence, in the default language. */
  changes: string[];
}

/** Wording for one step of the meldcode. Lists may be empty but must be present. */
export interface StepText {
  title: string;
  summary: string;
  todo: string[];
  record: string[];
  tips: string[];
  pitfalls: string[];
}

export interface QuestionText {
  /** Short name, e.g. "Veiligheid". */
  label: string;
  question: string;
  /** Plain-language help under the question; each item is a paragraph. */
  explanation: string[];
  /** Button text per answer id. */
  answers: Record<string, string>;
}

export interface OutcomeText {
  title: string;
  /** What to do now. */
  text: string;
  /** Why: which meldnorm or reasoning leads here. */
  why: string;
  /** Replaces `text` when Veilig Thuis is already involved (afwegingen 3–5 walked together). */
  withVeiligThuis?: string;
  /** Replaces `title` when Veilig Thuis is already involved. */
  withVeiligThuisTitle?: string;
  /** Replaces `why` when Veilig Thuis is already involved. */
  withVeiligThuisWhy?: string;
  /** Required when an exit leads here: what the screens that offer the exit say beside it. */
  offer?: string;
}

/** <locale>.yaml: all wording of the pack in one language. */
export interface PackText {
  title: string;
  description: string;
  steps: Record<StepNumber, StepText>;
  kader: {
    intro: string;
    nodes: Record<string, QuestionText | OutcomeText>;
  };
  meldnormen: Record<'1' | '2' | '3', string>;
}

/** What the build writes to packs/<id>.json and the app reads. */
export interface CompiledPack extends Required<Omit<PackSource, 'review' | 'changelog'>> {
  format: typeof FORMAT_VERSION;
  review: string[];
  changelog: ChangelogEntry[];
  text: Record<Locale, PackText>;
  /** Per locale, the text fields that fell back to defaultLocale. */
  fallback: Record<Locale, string[]>;
}

/** One row of packs/index.json, enough for the start screen. */
export interface PackSummary {
  id: string;
  version: string;
  beroepsgroep: Beroepsgroep;
  locales: Locale[];
  title: Record<Locale, string>;
  description: Record<Locale, string>;
}

/**
 * A special route: a short screen for a situation the meldcode's afwegingskader does not fit,
 * e.g. a concern about a colleague (content/routes/<id>/). route.yaml holds the structure and
 * sources; <locale>.yaml the wording. Each section names the sources its claims come from.
 */
export interface RouteSource {
  /** Lower-case letters, digits and dashes; also the folder name and the address /route/<id>/. */
  id: string;
  version: string;
  defaultLocale?: Locale;
  locales: Locale[];
  reviewed: string;
  /** Every source, each with an id the sections refer to. */
  sources: (Source & { id: string })[];
  /** The sections in the order shown, each with the ids of its sources. */
  sections: { id: string; sources: string[] }[];
  review?: string[];
}

export interface RouteText {
  title: string;
  intro: string;
  /** What still goes through the meldcode (e.g. worries about the home situation). */
  meldcode: string;
  sections: Record<string, { title: string; items: string[] }>;
}

export interface CompiledRoute extends Required<Omit<RouteSource, 'defaultLocale' | 'review'>> {
  format: typeof FORMAT_VERSION;
  defaultLocale: Locale;
  review: string[];
  text: Record<Locale, RouteText>;
  fallback: Record<Locale, string[]>;
}
