import { conceptWords, datasetWording } from '../index/concept-wording.js';
import type { KnowledgeIndex } from '../index/knowledge-index.js';
import { tokenize } from '../text/normalise.js';
import { englishMention } from './everyday-words.js';
import { parseQuestion } from './parse-question.js';

/**
 * Fuse score up to which a word is taken as a misspelling of a dataset word for a suggestion to
 * a maintainer: the corrector's own cut-off, looser than TYPO_DISTANCE, since a person decides.
 */
const SUGGESTION_DISTANCE = 0.5;

/** The dataset concept a word not understood comes closest to, and how it was found. */
export interface ClosestConcept {
  /** How answers name the concept: a synonym group's first term, else its words. */
  label: string;
  /** The synonym group's terms when the concept is one; a new word would join it. */
  synonymGroup: readonly string[] | undefined;
  how: 'alone' | 'general English' | 'spelling';
}

function describe(index: KnowledgeIndex, concept: string, how: ClosestConcept['how']) {
  const group = /^syn:(\d+)$/.exec(concept);
  const terms = group ? index.dataset.synonyms[Number(group[1])]?.terms : undefined;
  // A concept's words are canonical forms ("oncolog"): shown as the dataset writes them.
  const words = conceptWords(concept);
  const written = datasetWording(index, { concept, words, shown: words.join(' ') });
  return {
    label: terms?.[0] ?? written ?? words.join(' '),
    synonymGroup: terms,
    how,
  };
}

/**
 * The concept the core's own matchers lead a word to, for the report's suggestions: the word
 * asked about alone ("who works on X?", which reads it with the vocabularies), then WordNet's
 * relations without the anchor a question needs, then the nearest spelling. Undefined when
 * nothing leads anywhere: the word is then new to the dataset.
 */
export function closestConcept(index: KnowledgeIndex, word: string): ClosestConcept | undefined {
  const topic = parseQuestion(index, `who works on ${word}`).topics[0];
  if (topic) return describe(index, topic.concept, 'alone');
  const [token] = tokenize(word);
  if (token === undefined) return undefined;
  const english = englishMention(index, token);
  if (english) return describe(index, english.concept, 'general English');
  const fix = index.corrector.correct(token.norm, SUGGESTION_DISTANCE);
  if (fix) return describe(index, index.concepts.conceptOf(fix.word), 'spelling');
  return undefined;
}
