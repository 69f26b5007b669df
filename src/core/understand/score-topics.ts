import type { KnowledgeIndex } from '../index/knowledge-index.js';
import { exactConcept, tokenConcept } from '../index/topic-concepts.js';
import type { TopicMention } from './parse-question.js';

/** How well one document (a role, or the profile) matches the question's topics, 0..1. */
export interface DocMatch {
  doc: number;
  score: number;
}

/** A partner's topic match: its score and (computed on first use) its documents, best first. */
export interface PartnerMatch {
  partnerId: string;
  score: number;
  readonly docs: DocMatch[];
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
/** Partners far below the best are never listed; dropping them early keeps large datasets fast. */
const KEEP_SHARE = 0.45;

/** Adds `scale × weight` of each posting of a concept into `into`, keeping the larger value. */
function takeMax(
  index: KnowledgeIndex,
  concept: string,
  scale: number,
  into: Float64Array,
  touched: number[],
): void {
  for (const { doc, weight } of index.postings.get(concept) ?? []) {
    if (into[doc] === 0) touched.push(doc);
    into[doc] = Math.max(into[doc] ?? 0, weight * scale);
  }
}

/** Per document, the best credit one topic earns: exact words, its synonyms, or its words apart. */
function scoreTopic(index: KnowledgeIndex, topic: TopicMention, best: Float64Array): number[] {
  const touched: number[] = [];
  const exact = exactConcept(topic.words.join(' '));
  takeMax(index, exact, 1, best, touched);
  if (topic.concept !== exact) takeMax(index, topic.concept, SYNONYM_CREDIT, best, touched);
  if (topic.words.length > 1) {
    // A word no document has is as rare as can be: it must weigh in the share, not vanish.
    const parts = topic.words.map((w) => ({
      concept: tokenConcept(w),
      idf: index.idf.get(tokenConcept(w)) ?? index.maxIdf,
    }));
    const sum = parts.reduce((acc, p) => acc + p.idf, 0);
    const partial = new Map<number, number>();
    for (const part of parts) {
      for (const { doc, weight } of index.postings.get(part.concept) ?? []) {
        partial.set(doc, (partial.get(doc) ?? 0) + (weight * PARTIAL_CREDIT * part.idf) / sum);
      }
    }
    for (const [doc, credit] of partial) {
      if (best[doc] === 0) touched.push(doc);
      best[doc] = Math.max(best[doc] ?? 0, credit);
    }
  }
  return touched;
}

/**
 * Ranks partners by the topics of the question: each topic's best credit in a document,
 * weighted by its inverse document frequency and normalised so that a keyword match of every
 * topic scores 1. Only documents in the topics' postings are touched, in typed arrays, so a
 * common topic over 10,000 partners stays within a few milliseconds.
 */
export function scoreTopics(
  index: KnowledgeIndex,
  topics: readonly TopicMention[],
  options: { leadAsked: boolean; allow?: (partnerId: string) => boolean },
): PartnerMatch[] {
  const { raw, topicBest, seen } = scratchFor(index);
  const touchedDocs: number[] = [];
  try {
    return rank(index, topics, options, { raw, topicBest, seen }, touchedDocs);
  } finally {
    // Leave the scratch arrays zeroed for the next question.
    for (const doc of touchedDocs) {
      raw[doc] = 0;
      seen[doc] = 0;
    }
  }
}

interface Scratch {
  raw: Float64Array;
  topicBest: Float64Array;
  seen: Uint8Array;
}

// One set of zeroed per-document arrays per index, reused by every question: answering stays
// synchronous, so no two questions share them at once, and large datasets avoid GC churn.
const scratches = new WeakMap<KnowledgeIndex, Scratch>();

function scratchFor(index: KnowledgeIndex): Scratch {
  let scratch = scratches.get(index);
  if (scratch === undefined) {
    const n = index.docs.length;
    scratch = { raw: new Float64Array(n), topicBest: new Float64Array(n), seen: new Uint8Array(n) };
    scratches.set(index, scratch);
  }
  return scratch;
}

function rank(
  index: KnowledgeIndex,
  topics: readonly TopicMention[],
  options: { leadAsked: boolean; allow?: (partnerId: string) => boolean },
  { raw, topicBest, seen }: Scratch,
  touchedDocs: number[],
): PartnerMatch[] {
  let total = 0;
  for (const topic of topics) {
    const weight = index.idf.get(topic.concept) ?? 0;
    total += weight;
    for (const doc of scoreTopic(index, topic, topicBest)) {
      raw[doc] = (raw[doc] ?? 0) + (topicBest[doc] ?? 0) * weight;
      topicBest[doc] = 0;
      if (seen[doc] === 0) {
        seen[doc] = 1;
        touchedDocs.push(doc);
      }
    }
  }
  if (total === 0) return [];
  const partners = index.dataset.partners;
  const docScore = (doc: number): number => {
    const info = index.docs[doc];
    const bonus = info?.lead ? (options.leadAsked ? LEAD_BONUS.asked : LEAD_BONUS.always) : 1;
    // Not capped yet: a leader's bonus must still order ties at the top.
    return ((raw[doc] ?? 0) / total) * bonus;
  };
  const partnerBest = new Float64Array(partners.length);
  const touchedPartners: number[] = [];
  for (const doc of touchedDocs) {
    const p = index.docPartner[doc] ?? 0;
    if (partnerBest[p] === 0) touchedPartners.push(p);
    partnerBest[p] = Math.max(partnerBest[p] ?? 0, docScore(doc));
  }
  const allowed = touchedPartners.filter(
    (p) => !options.allow || options.allow(partners[p]?.id ?? ''),
  );
  const top = allowed.reduce((m, p) => Math.max(m, partnerBest[p] ?? 0), 0);
  const matches: PartnerMatch[] = [];
  for (const p of allowed) {
    const best = partnerBest[p] ?? 0;
    const docs = (index.partnerDocs[p] ?? []).filter((d) => seen[d] === 1);
    if (best + EXTRA_ROLE_BONUS * (docs.length - 1) < KEEP_SHARE * top) continue;
    // Only roles backed by other sentences add: several roles split from one sentence are one fact.
    const sources = new Set(
      docs
        .filter((d) => docScore(d) >= ROLE_CUTOFF * best && (index.docSource[d] ?? -1) >= 0)
        .map((d) => index.docSource[d]),
    );
    const scores = docs.map(docScore);
    let docMatches: DocMatch[] | undefined;
    matches.push({
      partnerId: partners[p]?.id ?? '',
      score: best + EXTRA_ROLE_BONUS * Math.max(0, sources.size - 1),
      get docs() {
        docMatches ??= docs
          .map((doc, i) => ({ doc, score: Math.min(1, scores[i] ?? 0) }))
          .sort((a, b) => b.score - a.score || a.doc - b.doc);
        return docMatches;
      },
    });
  }
  // Ties by id, compared by code point: localeCompare is far slower over thousands of ties.
  matches.sort((a, b) => b.score - a.score || (a.partnerId < b.partnerId ? -1 : 1));
  for (const match of matches) match.score = Math.min(1, match.score);
  return matches;
}
