import type { VocabularyEntry } from '../schema/vocabulary.js';
import { inflectionBase, phraseKey, splitWords } from '../text/normalise.js';
import { STOPWORD_FORMS } from '../text/stopwords.js';
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
  /**
   * The bases of the terms' words that are no function words, and the first word of a term made
   * of function words alone. A question with none of them can match no term, and the phrase tables are built at the first question that has one:
   * thousands of terms cost a cold start some 10 ms, and "who handles GDPR?" needs none.
   */
  contentWords: ReadonlySet<string>;
  /**
   * Per concept of the dataset, the other concepts an entry's `means` names with it: the
   * vocabulary's word that the field writes one thing in several ways ("data depositions" and
   * "population": UNIPI deposits data, GUMed populates the platform). Built at first use.
   */
  readonly siblings: ReadonlyMap<string, readonly string[]>;
}

/**
 * The words of a text that are no function words, as everyday words are matched. The words are
 * looked up as written, not stemmed: a stem costs tens of microseconds, and a vocabulary has
 * thousands of words to read at the first question.
 */
function contentWords(words: readonly string[]): string[] {
  return words.filter((word) => !STOPWORD_FORMS.has(word)).map(inflectionBase);
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
  // Read at start, for every question, so kept to one native split and one base per distinct
  // word: splitting thousands of terms one by one costs a cold `eucanbot ask` some 20 ms.
  const distinct = new Set(
    entries
      .flatMap((entry) => entry.terms)
      .join(' ')
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u),
  );
  distinct.delete('');
  const words = new Set<string>();
  const content = new Set<string>();
  for (const word of distinct) {
    words.add(inflectionBase(word));
    if (!STOPWORD_FORMS.has(word)) content.add(inflectionBase(word));
  }
  // A term of function words alone ("how sure", "said yes") is found from its first word.
  for (const entry of entries)
    for (const term of entry.terms) {
      const first = term.toLowerCase().split(/[^\p{L}\p{N}]+/u, 1)[0] ?? '';
      if (!STOPWORD_FORMS.has(first)) continue;
      const typed = splitWords(term).map((word) => word.toLowerCase());
      if (contentWords(typed).length === 0) content.add(inflectionBase(first));
    }
  let tables: { phrases: PhraseTable<EverydayMeaning>; compact: PhraseTable<EverydayMeaning> };
  const build = () => {
    const phrases = new PhraseTable<EverydayMeaning>();
    const compact = new PhraseTable<EverydayMeaning>();
    for (const entry of entries) {
      const meaning = meaningOf(entry, concepts, postings);
      if (meaning === undefined) continue;
      for (const term of entry.terms) {
        const typed = splitWords(term).map((word) => word.toLowerCase());
        const key = typed.map(inflectionBase);
        phrases.add(key.join(' '), meaning, key);
        const terse = contentWords(typed);
        if (terse.length >= 2 && terse.length < key.length)
          compact.add(terse.join(' '), meaning, terse);
      }
    }
    return { phrases, compact };
  };
  let siblings: Map<string, string[]> | undefined;
  const relate = () => {
    const found = new Map<string, string[]>();
    for (const entry of entries) {
      const meaning = meaningOf(entry, concepts, postings);
      if (meaning === undefined || meaning.concepts.length < 2) continue;
      for (const concept of meaning.concepts) {
        const others = found.get(concept) ?? [];
        for (const other of meaning.concepts)
          if (other !== concept && !others.includes(other)) others.push(other);
        found.set(concept, others);
      }
    }
    return found;
  };
  return {
    get siblings() {
      siblings ??= relate();
      return siblings;
    },
    get phrases() {
      tables ??= build();
      return tables.phrases;
    },
    get compact() {
      tables ??= build();
      return tables.compact;
    },
    words,
    contentWords: content,
  };
}
