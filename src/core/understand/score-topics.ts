import type { KnowledgeIndex } from '../index/knowledge-index.js';
import { exactConcept, tokenConcept } from '../index/topic-concepts.js';
import type { TopicMention } from './parse-question.js';

/** How well one document (a role, or the profile) matches the question's topics, 0..1. */
export interface DocMatch {
  doc: number;
  score: number;
}

/** A partner's topic match: its best documents, best first. */
export interface PartnerMatch {
  partnerId: string;
  score: number;
  docs: DocMatch[];
}

/** Credit for a phrase matched only word by word ("breast … cancer"); below a synonym's. */
const PARTIAL_CREDIT = 0.8;
/** Credit for a match through a synonym ("privacy" for "GDPR"): the word itself ranks first. */
const SYNONYM_CREDIT = 0.85;
/** Leaders first: a small bonus, larger when the question asks who leads. */
const LEAD_BONUS = { asked: 1.3, always: 1.05 } as const;
/** A role is shown, and counts, when it scores at least this share of the partner's best. */
export const ROLE_CUTOFF = 0.8;
/** Each further matching role adds a little, so a partner doing more of the topic ranks higher. */
const EXTRA_ROLE_BONUS = 0.05;

function addWeighted(
  into: Map<number, number>,
  concept: string,
  index: KnowledgeIndex,
  scale: number,
): void {
  for (const posting of index.postings.get(concept) ?? []) {
    into.set(posting.doc, Math.max(into.get(posting.doc) ?? 0, posting.weight * scale));
  }
}

/**
 * Ranks partners by the topics of the question: each topic's best field weight in a document,
 * weighted by its inverse document frequency and normalised so a full keyword match of every
 * topic scores 1. Uses the postings, so it only touches documents that share a word.
 */
export function scoreTopics(
  index: KnowledgeIndex,
  topics: readonly TopicMention[],
  options: { leadAsked: boolean; allow?: (partnerId: string) => boolean },
): PartnerMatch[] {
  const docScores = new Map<number, number>();
  let total = 0;
  for (const topic of topics) {
    const weight = index.idf.get(topic.concept) ?? 0;
    total += weight;
    const matched = new Map<number, number>();
    const exact = exactConcept(topic.words.join(' '));
    addWeighted(matched, exact, index, 1);
    if (topic.concept !== exact) addWeighted(matched, topic.concept, index, SYNONYM_CREDIT);
    if (topic.words.length > 1) {
      // Partial credit: the phrase's words found apart, each by its own rarity.
      // A word no document has is as rare as can be: it must weigh in the share, not vanish.
      const parts = topic.words.map((w) => ({
        concept: tokenConcept(w),
        idf: index.idf.get(tokenConcept(w)) ?? index.maxIdf,
      }));
      const sum = parts.reduce((acc, p) => acc + p.idf, 0);
      const partial = new Map<number, number>();
      for (const part of parts) {
        const one = new Map<number, number>();
        addWeighted(one, part.concept, index, sum === 0 ? 0 : (PARTIAL_CREDIT * part.idf) / sum);
        for (const [doc, s] of one) partial.set(doc, (partial.get(doc) ?? 0) + s);
      }
      for (const [doc, s] of partial) matched.set(doc, Math.max(matched.get(doc) ?? 0, s));
    }
    for (const [doc, s] of matched) docScores.set(doc, (docScores.get(doc) ?? 0) + s * weight);
  }
  if (total === 0) return [];
  const byPartner = new Map<string, DocMatch[]>();
  for (const [doc, raw] of docScores) {
    const info = index.docs[doc];
    if (info === undefined || (options.allow && !options.allow(info.partnerId))) continue;
    const bonus = info.lead ? (options.leadAsked ? LEAD_BONUS.asked : LEAD_BONUS.always) : 1;
    // Not capped yet: a leader's bonus must still order ties at the top.
    const score = (raw / total) * bonus;
    const list = byPartner.get(info.partnerId) ?? [];
    list.push({ doc, score });
    byPartner.set(info.partnerId, list);
  }
  const matches: PartnerMatch[] = [];
  for (const [partnerId, docs] of byPartner) {
    docs.sort((a, b) => b.score - a.score || a.doc - b.doc);
    const best = docs[0]?.score ?? 0;
    // Only roles backed by other sentences add: several roles split from one sentence are one fact.
    const sources = new Set(
      docs
        .filter((d) => d.score >= ROLE_CUTOFF * best)
        .map((d) => index.docs[d.doc])
        .filter((d) => d !== undefined && d.roleIndex !== null)
        .map((d) => index.partners.get(d?.partnerId ?? '')?.roles[d?.roleIndex ?? -1]?.source),
    );
    const extra = Math.max(0, sources.size - 1);
    matches.push({ partnerId, score: best + EXTRA_ROLE_BONUS * extra, docs });
  }
  matches.sort((a, b) => b.score - a.score || a.partnerId.localeCompare(b.partnerId));
  for (const match of matches) {
    match.score = Math.min(1, match.score);
    for (const doc of match.docs) doc.score = Math.min(1, doc.score);
  }
  return matches;
}
