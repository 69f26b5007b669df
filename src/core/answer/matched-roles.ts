import {
  conceptWords,
  datasetWording,
  isDatasetConcept,
  type NamedConcept,
} from '../index/concept-wording.js';
import type { KnowledgeIndex } from '../index/knowledge-index.js';
import type { Role } from '../schema/dataset.js';
import type { ParsedQuestion, TopicMention } from '../understand/parsed-question.js';
import { type PartnerMatch, ROLE_CUTOFF } from '../understand/score-topics.js';
import { joinWords } from './parts.js';

/** The roles that carried a partner's topic match (profile matches excluded), best first. */
export function matchedRoles(index: KnowledgeIndex, match: PartnerMatch): Role[] {
  const partner = index.partners.get(match.partnerId);
  const best = match.docs[0]?.score ?? 0;
  if (partner === undefined) return [];
  return match.docs
    .filter((d) => d.score >= ROLE_CUTOFF * best)
    .map((d) => index.docs[d.doc]?.roleIndex)
    .filter((i): i is number => typeof i === 'number')
    .map((i) => partner.roles[i])
    .filter((r): r is Role => r !== undefined);
}

/**
 * The concept a topic names, as the dataset's words: a word read through everyday words or
 * general English ("scrubs" for anonymisation) stands for its concept, not for itself.
 */
function named(topic: TopicMention): NamedConcept {
  return topic.via
    ? { concept: topic.concept, words: conceptWords(topic.concept), shown: '' }
    : topic;
}

/** Whether a topic is one of the dataset's own concepts (see isDatasetConcept). */
export function isTopicConcept(index: KnowledgeIndex, topic: TopicMention): boolean {
  return isDatasetConcept(index, named(topic));
}

/** A topic as the dataset writes it ("anonymisation", "GDPR"), else as the question did. */
export function topicWording(index: KnowledgeIndex, topic: TopicMention): string {
  return datasetWording(index, named(topic)) ?? topic.shown;
}

/**
 * Every topic once, as the dataset writes it; a word read through everyday words keeps its
 * reading ("scrubs patient identifiers (anonymisation)"), so the asker sees how it was read.
 */
export function topicNames(index: KnowledgeIndex, topics: readonly TopicMention[]): string[] {
  return [...new Set(topics.map((t) => (t.via ? t.shown : topicWording(index, t))))];
}

/**
 * How the question's topics read in a headline ("breast cancer and AI"), as the dataset writes
 * them, never by their stems. Only the dataset's own concepts are named when the question has
 * any: a word that merely occurs in some sentence ("meeting" in "before my meeting, who brings
 * the GDPR expertise?") is left out. Without any, the words found are named, except the verb
 * ("who hosts MareNostrum?" is on MareNostrum).
 */
export function topicLabels(index: KnowledgeIndex, topics: readonly TopicMention[]): string[] {
  const concepts = topics.filter((t) => t.via !== undefined || isTopicConcept(index, t));
  const words = topics.filter((t) => t.verb !== true);
  return topicNames(index, concepts.length > 0 ? concepts : words.length > 0 ? words : topics);
}

/** The question's topics in a phrase: "GDPR and consent", or "GDPR or consent" as alternatives. */
export function topicPhrase(
  index: KnowledgeIndex,
  parsed: Pick<ParsedQuestion, 'topics' | 'anyTopic'>,
): string {
  return joinWords(topicLabels(index, parsed.topics), parsed.anyTopic ? 'or' : 'and');
}
