import type { KnowledgeIndex } from '../index/knowledge-index.js';
import type { Partner, Role } from '../schema/dataset.js';
import type { ParsedQuestion } from '../understand/parsed-question.js';
import type { PartnerMatch, TopicRanking } from '../understand/score-topics.js';
import { partnerCap } from './answer-partners.js';
import { type Draft, draft } from './draft.js';
import { matchedRoles, topicPhrase } from './matched-roles.js';
import { moreNote, toAnswerPartner } from './parts.js';
import { partnerFollowUps } from './suggest.js';

/** Roles that carried a partner's match; the profile stands in when no role did. */
function rolesOrProfile(index: KnowledgeIndex, partner: Partner, match: PartnerMatch): Role[] {
  const roles = matchedRoles(index, match);
  if (roles.length > 0) return roles;
  return [
    { summary: 'From its profile', wp: null, lead: false, keywords: [], source: partner.profile },
  ];
}

/** Who works on the topics of the question, best first, with the sentences that say so. */
export function answerTopic(
  index: KnowledgeIndex,
  parsed: ParsedQuestion,
  coverage: number,
  ranking: TopicRanking,
): Draft {
  const { best, kept } = ranking;
  const shown = ranking.top.slice(0, Math.min(partnerCap(parsed), kept));
  const topics = topicPhrase(index, parsed);
  const confidence = coverage * best;
  const partners = shown.map((m) => {
    const partner = index.partners.get(m.partnerId) as Partner;
    return toAnswerPartner(partner, rolesOrProfile(index, partner, m), m.score);
  });
  const headline =
    confidence >= 0.7
      ? `On ${topics}:`
      : `These are the closest matches I found for ${topics}; check the sources below.`;
  return draft({
    intent: 'topic',
    confidence,
    headline,
    partners,
    notes: moreNote(kept, shown.length),
    suggestions: partnerFollowUps(
      index,
      shown.map((m) => m.partnerId),
    ),
  });
}
