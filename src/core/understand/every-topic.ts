import type { KnowledgeIndex } from '../index/knowledge-index.js';
import type { TopicMention } from './parsed-question.js';
import {
  type PartnerMatch,
  type RankOptions,
  RELATIVE_CUTOFF,
  scoreTopics,
  type TopicRanking,
} from './score-topics.js';

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

/**
 * Ranks partners for the question's topics: together, or as alternatives when they are joined
 * by "or" (see topicsAreAlternatives). Ranked together, a partner on both topics sets a bar
 * that one on either alone falls under: "who handles GDPR or consent?" listed BBMRI-ERIC, on
 * both, and not TMF, on GDPR only. As alternatives each topic is ranked alone, and a partner
 * counts at its best score over them, against the bar of the best partner of any.
 */
export function rankTopics(
  index: KnowledgeIndex,
  topics: readonly TopicMention[],
  anyTopic: boolean,
  options: RankOptions,
): TopicRanking {
  // A generic word ("cancer" in "breast or prostate cancer") qualifies every alternative.
  const generic = topics.filter((t) => index.genericConcepts.has(t.concept));
  const alternatives = topics.filter((t) => !index.genericConcepts.has(t.concept));
  if (!anyTopic || alternatives.length < 2) return scoreTopics(index, topics, options);
  const found = new Map<string, PartnerMatch>();
  let best = 0;
  for (const topic of alternatives) {
    const ranking = scoreTopics(index, [topic, ...generic], {
      ...options,
      limit: index.dataset.partners.length,
    });
    best = Math.max(best, ranking.best);
    for (const match of ranking.top) {
      const had = found.get(match.partnerId);
      if (had === undefined || match.score > had.score) found.set(match.partnerId, match);
    }
  }
  // One bar for all: a topic that only a stray word matches lists nobody on its own.
  const listed = [...found.values()].filter((m) => m.score >= RELATIVE_CUTOFF * best);
  // Best first; a stable sort keeps the first topic's partners first among equals.
  const top = listed.sort((a, b) => b.score - a.score).slice(0, options.limit);
  return { best, top, kept: listed.length };
}
