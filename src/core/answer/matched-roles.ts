import type { KnowledgeIndex } from '../index/knowledge-index.js';
import type { Role } from '../schema/dataset.js';
import type { TopicMention } from '../understand/parse-question.js';
import { type PartnerMatch, ROLE_CUTOFF } from '../understand/score-topics.js';

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

/** How the question's topics read in a headline ("breast and liver"): never by their stems. */
export function topicLabels(topics: readonly TopicMention[]): string[] {
  return [...new Set(topics.map((t) => t.shown))];
}
