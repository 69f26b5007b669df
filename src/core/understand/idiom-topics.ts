import type { KnowledgeIndex } from '../index/knowledge-index.js';
import type { Token } from '../text/normalise.js';
import { idiomSpans } from './idiom-spans.js';
import type { TopicMention } from './parsed-question.js';

/**
 * Marks the words of the question's phrasal verbs and manner idioms as explained ("figures out",
 * "inside out"), and takes back a one-word topic the dataset read inside one: "out" is a word
 * of the dataset's texts, but "who figures out the legal side" asks about the legal side. An
 * idiom a vocabulary term read ("tidy up") is left to the term. Returns how many named topics
 * it took back, so that the question's count of content words stays right.
 */
export function explainIdioms(
  index: KnowledgeIndex,
  tokens: readonly Token[],
  covered: boolean[],
  readEveryday: ReadonlySet<number>,
  topics: TopicMention[],
  topicStarts: Map<string, number>,
): number {
  let takenBack = 0;
  for (const span of idiomSpans(tokens)) {
    const end = span.start + span.length;
    let read = false;
    for (let k = span.start; k < end; k++) read ||= readEveryday.has(k);
    if (read) continue;
    for (let k = span.start; k < end; k++) {
      covered[k] = true;
      const at = topics.findIndex(
        (t) => t.via === undefined && t.words.length === 1 && topicStarts.get(t.concept) === k,
      );
      const topic = topics[at];
      if (topic === undefined) continue;
      topics.splice(at, 1);
      topicStarts.delete(topic.concept);
      if (!index.genericConcepts.has(topic.concept)) takenBack += 1;
    }
  }
  return takenBack;
}
