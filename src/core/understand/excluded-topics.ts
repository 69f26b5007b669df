import type { KnowledgeIndex } from '../index/knowledge-index.js';
import { ABOUT_TOPIC } from './every-topic.js';
import type { TopicMention } from './parsed-question.js';
import { scoreTopics } from './score-topics.js';

/** A document is about a left-out topic by the same bar as a topic asked for. */
const EXCLUDED_MATCH = ABOUT_TOPIC;

/** What a left-out topic takes away: the documents about it, and the partners that have one. */
export interface TopicExclusion {
  /** 1 per document about a left-out topic; for RankOptions.skipDocs. */
  docs: Uint8Array;
  partners: ReadonlySet<string>;
}

/**
 * The documents and partners about the topics a question leaves out: "breast cancer work that
 * isn't about data deposits" keeps the roles on breast cancer that are not about deposits;
 * "who does not work on GDPR" keeps the partners with no role on GDPR.
 */
export function excludeTopics(
  index: KnowledgeIndex,
  topics: readonly TopicMention[],
): TopicExclusion | undefined {
  if (topics.length === 0) return undefined;
  const docs = new Uint8Array(index.docs.length);
  const partners = new Set<string>();
  const ranking = scoreTopics(index, topics, {
    leadAsked: false,
    limit: index.dataset.partners.length,
  });
  for (const match of ranking.top)
    for (const doc of match.docs) {
      if (doc.score < EXCLUDED_MATCH) continue;
      docs[doc.doc] = 1;
      partners.add(match.partnerId);
    }
  return { docs, partners };
}
