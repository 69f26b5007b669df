import type { Place } from '../index/entities.js';
import type { CueKind } from '../lexicon/cues.js';
import type { UnheldSubject } from '../lexicon/unheld-subjects.js';
import type { PartnerKind } from '../schema/dataset.js';

/**
 * What a question is understood to ask: the types parseQuestion fills in and the readers of a
 * question (the answerers, follow-ups, the question log) read. Apart from parse-question.ts, so
 * that the parts of the parser import the types without importing the parser.
 */

/** A topic the question mentions: a concept, the canonical words that named it, and how it reads. */
export interface TopicMention {
  concept: string;
  /** Canonical words, for matching only: a stem ("valu") is never shown to anyone. */
  words: string[];
  /**
   * How answers write the topic: the words as the question wrote them (folded), a mistyped
   * word as the dataset writes the word it was read as ("analyes" → "analyses").
   */
  shown: string;
  /**
   * For a word read through an everyday vocabulary or general English ("press" for
   * dissemination): the dataset's concepts it stands for, and the share of credit it earns.
   */
  via?: { concepts: readonly string[]; credit: number; reading: Reading };
  /** Set on the question's verb ("hosts" in "who hosts MareNostrum?"; see question-verb.ts). */
  verb?: true;
}

/** How a word came to name a topic: an everyday vocabulary, or a WordNet relation. */
export type Reading = 'vocabulary' | 'derived' | 'synonym';

/** What the question names, found in its words. */
export interface ParsedQuestion {
  /** The question as read (see {@link readQuestion}). */
  question: string;
  truncated: boolean;
  workPackages: string[];
  aboutWorkPackages: boolean;
  partners: { id: string; strength: number }[];
  countries: string[];
  /** Regions and cities ("the Baltics", "Barcelona"): places like countries, under their own name. */
  places: Place[];
  kinds: PartnerKind[];
  /** Relations to a parent the question names ("third party"), as the dataset writes them. */
  relations: string[];
  /**
   * The partners at the other end of a relation named: in "who is the third party of
   * BBMRI-ERIC?" BBMRI-ERIC is the parent, and the answer the partners whose parent it is.
   */
  parents: string[];
  /**
   * What the question leaves out: "not in Spain", "outside the EU", "other than companies",
   * "besides TMF", "not in WP4", "except the coordinator", and topics: "privacy work that isn't
   * about GDPR".
   */
  excluded: {
    countries: string[];
    places: Place[];
    kinds: PartnerKind[];
    partners: string[];
    workPackages: string[];
    topics: TopicMention[];
  };
  /** Narrower kind words the question names ("start-up"): see STATED_KIND_WORDS. */
  kindWords: string[];
  /** Whether a partner must work in every work package named ("both WP2 and WP5"), not any. */
  everyWorkPackage: boolean;
  /** Whether the topics are alternatives ("GDPR or consent"): partners on any one of them. */
  anyTopic: boolean;
  cues: ReadonlySet<CueKind>;
  topics: TopicMention[];
  /** Content words nothing explains (as typed, lower case). */
  unexplained: string[];
  /** Subjects the dataset does not hold that the question asks about (contacts, dates …). */
  unheld: UnheldSubject[];
  /**
   * Things named plus words unexplained: what coverage is measured against. Generic words
   * count as neither.
   */
  contentWords: number;
  corrections: Correction[];
  /** List every match, not only the first few: a follow-up asked for "all of them". */
  showAll: boolean;
  /**
   * The question points back at what its own aside named ("just started in WP3 - who leads
   * it?", see aside-work-package.ts): the conversation before it is not what "it" means.
   */
  asideReferent: boolean;
}

/** A typo fixed in the question: the word as typed (folded), and the known word it was read as. */
export interface Correction {
  from: string;
  /** The known word's canonical form. */
  to: string;
  /** The known word as the dataset writes it (folded), for answers to show. */
  surface: string;
}
