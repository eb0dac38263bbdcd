// Build time only: the shape shared by the base and every compiled pack, before it is split
// per language. A pack that extends another starts from that one's Resolved.
import type { Kader, StepNumber } from '../meldcode/types';
import type { ChangelogEntry, Source, SourceItem } from './schemas/common';
import type { ItemList, OutcomeText, QuestionText } from './schemas/base';
import type { Beroepsgroep, GroupKind, Locale } from './schema';

export interface ResolvedStep extends Record<ItemList, SourceItem[]> {
  title: string;
  summary: string;
  /** What differs in this step per role (a pack's own). */
  roles?: Record<string, string>;
}

/** A group's structure; its title and its items' texts are per language (ResolvedText). */
export interface GroupDef {
  id: string;
  kind: GroupKind;
  sources: string[];
  items: string[];
}

/** All wording in one language. `title` and `description` belong to a pack, not to the base. */
export interface ResolvedText {
  title?: string;
  description?: string;
  /** The answer to 'Waar werk je?' (the pack's own, never inherited). */
  setting?: string;
  steps: Record<StepNumber, ResolvedStep>;
  kader: { intro: string; nodes: Record<string, QuestionText | OutcomeText> };
  meldnormen: Record<'1' | '2' | '3', string>;
  roles?: Record<string, { name: string; description: string }>;
  groups?: Record<string, { title: string; intro?: string }>;
  /** The texts of the groups' items, by id. */
  groupItems?: Record<string, string>;
}

export interface Resolved {
  /** Undefined for the base. */
  pack?: { id: string; version: string; beroepsgroep: Beroepsgroep; changelog: ChangelogEntry[] };
  defaultLocale: Locale;
  locales: Locale[];
  reviewed: string;
  sources: Source[];
  review: string[];
  kaderStep: StepNumber;
  kader: Kader;
  text: Record<Locale, ResolvedText>;
  /** Per language, the text paths that fell back to the default language. */
  fellBack: Record<Locale, string[]>;
  roles: { id: string; sources: string[] }[];
  groups: Record<StepNumber, GroupDef[]>;
  routes: string[];
  /** Items no pack may remove (marked `required: true` in the base). */
  required: Set<string>;
  /** The source files, for messages about them; the default language's text file first. */
  files: string[];
}

/** Every item id with the step and list that holds it. */
export function itemIndex(text: ResolvedText): Map<string, { step: StepNumber; list: ItemList }> {
  const index = new Map<string, { step: StepNumber; list: ItemList }>();
  for (const [n, step] of Object.entries(text.steps)) {
    for (const list of ['todo', 'record', 'tips', 'pitfalls'] as const) {
      for (const item of step[list]) index.set(item.id, { step: Number(n) as StepNumber, list });
    }
  }
  return index;
}
