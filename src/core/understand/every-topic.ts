import type { KnowledgeIndex } from '../index/knowledge-index.js';
import type { TopicMention } from './parse-question.js';
import { scoreTopics } from './score-topics.js';

/**
 * A document is about a topic when it scores at least this for the topic alone: half of a
 * keyword match of every word of the topic, the same bar as a topic left out (excluded-topics.ts),
 * so a stray shared word ("cancer" in "liver cancer" and "breast cancer") does not count.
 */
export const ABOUT_TOPIC = 0.5;

/** The ordinals of the partners with a document about `topic`. */
export function partnersAbout(index: KnowledgeIndex, topic: TopicMention): Set<number> {
  const ranking = scoreTopics(index, [topic], {
    leadAsked: false,
    limit: index.dataset.partners.length,
  });
  const found = new Set<number>();
  for (const match of ranking.top)
    if (match.docs.some((d) => d.score >= ABOUT_TOPIC))
      found.add(index.partnerOrdinal.get(match.partnerId) ?? -1);
  return found;
}

/**
 * "Who works on both liver cancer and breast cancer?": the partners about every topic named,
 * as ordinals for RankOptions.only. Undefined unless the question says "both" of two topics or
 * more (two work packages are intersected by the filter instead).
 */
export function partnersAboutEvery(
  index: KnowledgeIndex,
  topics: readonly TopicMention[],
  both: boolean,
): number[] | undefined {
  if (!both || topics.length < 2) return undefined;
  const [first, ...rest] = topics.map((t) => partnersAbout(index, t));
  return [...(first ?? [])].filter((p) => rest.every((set) => set.has(p)));
}
