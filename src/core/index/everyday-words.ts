import type { VocabularyEntry } from '../schema/vocabulary.js';
import { canonicalWord, inflectionBase, phraseKey, splitWords } from '../text/normalise.js';
import { STOPWORDS } from '../text/stopwords.js';
import type { PostingList } from './entities.js';
import { PhraseTable } from './phrase-table.js';
import type { ConceptVocabulary } from './topic-concepts.js';

/** What an everyday word or phrase stands for in one dataset. */
export interface EverydayMeaning {
  /** The dataset's concepts it stands for, as the vocabulary's `means` lists them. */
  concepts: readonly string[];
  /** How answers name what it was read as: the first of its `means` the dataset uses. */
  label: string;
}

/** A vocabulary's words for one dataset. */
export interface EverydayWords {
  /**
   * Everyday terms by the inflection base of their words (see `inflectionBase`): "scrubbing"
   * finds "scrub", but "compares" does not find "comparable" as a Porter stem would.
   */
  phrases: PhraseTable<EverydayMeaning>;
  /**
   * The terms that hold function words, without them, when two words or more are left: "get the
   * word out" is found in "get word out" and "get the word out there" alike, "share the work" in
   * "share all the work". A term left with one word ("who can see" → "see") has none here.
   */
  compact: PhraseTable<EverydayMeaning>;
  /** The inflection base of every word of the terms: known words, never taken for typos. */
  words: ReadonlySet<string>;
}

/** The words of a text as everyday words are matched: folded, without their inflection. */
export function everydayKeyWords(text: string): string[] {
  return splitWords(text).map((word) => inflectionBase(word.toLowerCase()));
}

/** The words of a text that are no function words, as everyday words are matched. */
function contentWords(text: string): string[] {
  return splitWords(text)
    .map((word) => word.toLowerCase())
    .filter((word) => !STOPWORDS.has(canonicalWord(word)))
    .map(inflectionBase);
}

/** The dataset's concepts an entry names and how to show them; undefined when it uses none. */
function meaningOf(
  entry: VocabularyEntry,
  concepts: ConceptVocabulary,
  postings: ReadonlyMap<string, PostingList>,
): EverydayMeaning | undefined {
  const found: string[] = [];
  let label: string | undefined;
  for (const means of entry.means) {
    const concept = concepts.conceptOf(phraseKey(means));
    if (!postings.has(concept)) continue;
    label ??= means;
    if (!found.includes(concept)) found.push(concept);
  }
  return label === undefined ? undefined : { concepts: found, label };
}

/**
 * The everyday words of a vocabulary that reach this dataset: the terms of each entry whose
 * concept the dataset uses. Where the dataset has words of its own for a term, the question
 * scan leaves the term to them (see understand/everyday-words.ts).
 */
export function buildEverydayWords(
  entries: readonly VocabularyEntry[],
  concepts: ConceptVocabulary,
  postings: ReadonlyMap<string, PostingList>,
): EverydayWords {
  const table = new PhraseTable<EverydayMeaning>();
  const compact = new PhraseTable<EverydayMeaning>();
  const words = new Set<string>();
  for (const entry of entries) {
    const meaning = meaningOf(entry, concepts, postings);
    if (meaning === undefined) continue;
    for (const term of entry.terms) {
      const key = everydayKeyWords(term);
      table.add(key.join(' '), meaning, key);
      for (const word of key) words.add(word);
      const content = contentWords(term);
      if (content.length >= 2 && content.length < key.length)
        compact.add(content.join(' '), meaning, content);
    }
  }
  return { phrases: table, compact, words };
}
