import { COMMON_WORDS } from '../lexicon/common-words.js';
import { canonicalWord } from '../text/normalise.js';
import { type ConceptVocabulary, tokenConcept } from './topic-concepts.js';

/**
 * A topic found in a third or more of the partners is common: the BM25 idf of a concept in
 * df = N/3 of N partners is log(1 + (2N/3 + 0.5)/(N/3 + 0.5)) ≈ log 3. "cancer", "AI",
 * "data" and "imaging" are common in a cancer-imaging consortium.
 */
export const GENERIC_IDF = Math.log(3);

// Canonical forms of the everyday English words, the same for every dataset.
let commonCanon: ReadonlySet<string> | undefined;

/**
 * The concepts that say nothing about who does what: those in a third of the partners or more
 * (an idf of at most GENERIC_IDF), and the everyday English words ("new", "different", "group") that the
 * dataset does not name as a topic of its own in a keyword or a synonym.
 */
export function findGenericConcepts(
  idf: ReadonlyMap<string, number>,
  concepts: ConceptVocabulary,
): Set<string> {
  commonCanon ??= new Set(COMMON_WORDS.map(canonicalWord));
  const generic = new Set<string>();
  for (const [concept, value] of idf) if (value <= GENERIC_IDF) generic.add(concept);
  for (const word of commonCanon) {
    const concept = tokenConcept(word);
    if (idf.has(concept) && !concepts.namedWords.has(word)) generic.add(concept);
  }
  return generic;
}
