import type { Locale } from '../content/schema';
import type { Move } from '../meldcode/types';

/** Training mode's content, compiled from content/practice/, content/explainers/ and
 * content/conversations/ into packs/practice.json (the index) and one file per item (both
 * languages in one file, like the special routes). */

export interface PracticeSource {
  id: string;
  title: string;
  url: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
}

/** One fictional practice case, as packs/practice/<id>.json holds it. */
export interface PracticeCase {
  id: string;
  version: string;
  reviewed: string;
  /** The pack it is walked in (its steps, signal lists and afwegingskader). */
  pack: string;
  /** The special route it also uses, offered by that pack, or null. */
  route: string | null;
  locales: Locale[];
  /** Ids of the pack's step-1 group items an expert would tick. */
  signals: string[];
  /** The afwegingskader as an expert would walk it: the moves of a KaderState from the pack's
   * kader start (a waypoint outcome passed on is a move without an answer). The linter replays
   * it with the engine: it must be a path of the pack's graph that ends at an end outcome. */
  expert: Move[];
  sources: PracticeSource[];
  text: Record<Locale, PracticeCaseText>;
}

export interface PracticeCaseText {
  title: string;
  /** One line for the list. */
  summary: string;
  /** The situation, paragraph by paragraph. */
  situation: string[];
  /** Why these signals matter (step 1). */
  signals: string;
  /** What good steps 2 and 3 look like. */
  step2: string[];
  step3: string[];
  /** Why the expert answers each question as they do, by node id of `expert`. */
  why: Record<string, string>;
  questions: string[];
  mistakes: string[];
}

/** An explainer used in the training (the three phases, acute versus structural, advies versus
 * melding, the meldnormen, common misunderstandings). */
export interface Explainer {
  id: string;
  version: string;
  reviewed: string;
  locales: Locale[];
  sources: PracticeSource[];
  /** Open points for a reviewer, shown by the app. */
  review: Record<Locale, string[]>;
  text: Record<Locale, { title: string; summary: string; sections: { title: string; paragraphs: string[]; sources: string[] }[] }>;
}

/** A short branching dialogue for step 3: each node a line the other person says, with the
 * sentences the user can pick; each choice shows its likely effect and leads on. */
export interface Conversation {
  id: string;
  version: string;
  reviewed: string;
  /** Whom the user talks with. */
  with: 'ouder' | 'kind' | 'volwassene';
  start: string;
  locales: Locale[];
  sources: PracticeSource[];
  nodes: Record<string, { choices: { id: string; next: string | null; good: boolean }[] }>;
  text: Record<Locale, {
    title: string;
    intro: string;
    /** Per node: what the other person says; per choice: the sentence and its likely effect. */
    nodes: Record<string, { says: string; choices: Record<string, { sentence: string; effect: string }> }>;
    /** The expert's reasoning, shown after the dialogue. */
    reasoning: string[];
  }>;
}

/** packs/practice.json: what the case list and the start screen need. */
export interface PracticeIndex {
  cases: { id: string; pack: string; route: string | null; title: Record<Locale, string>; summary: Record<Locale, string> }[];
  explainers: { id: string; title: Record<Locale, string> }[];
  conversations: { id: string; with: Conversation['with']; title: Record<Locale, string> }[];
}
