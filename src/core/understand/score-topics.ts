import type { KnowledgeIndex } from '../index/knowledge-index.js';
import type { TopicMention } from './parsed-question.js';
import { rarestTopics, repeatsCarrier, soleCarrier } from './sole-carrier.js';
import { insertTop } from './top-partners.js';
import { sumTopics } from './topic-credit.js';
import { clearScratch, scratchFor, type TopicScratch } from './topic-scratch.js';

/** How well one document (a role, or the profile) matches the question's topics, 0..1. */
export interface DocMatch {
  doc: number;
  score: number;
}

/** A partner's topic match: its score and its matching documents, best first. */
export interface PartnerMatch {
  partnerId: string;
  score: number;
  readonly docs: readonly DocMatch[];
}

/** The partners a question's topics find: the best few in full, and how many more count. */
export interface TopicRanking {
  /** Score of the best partner, 0..1 (0 when nothing matches). */
  best: number;
  /** The best matches, best first, at most `limit` of them. */
  top: PartnerMatch[];
  /** Partners scoring at least `RELATIVE_CUTOFF` × `best`, those in `top` included. */
  kept: number;
}

/**
 * The most a ranking found by generic words alone is worth: below the 0.7 at which a topic
 * answer speaks firmly (answer-topic.ts), so it says these are the closest matches.
 */
export const GENERIC_ONLY_BEST = 0.5;
/** Below this share of the best topic score, a partner is not listed. */
export const RELATIVE_CUTOFF = 0.5;
/** Leaders first: a small bonus, larger when the question asks who leads. */
const LEAD_BONUS = { asked: 1.3, always: 1.05 } as const;
/** A role is shown, and counts, when it scores at least this share of the partner's best. */
export const ROLE_CUTOFF = 0.8;
/** Each further matching role adds a little, so a partner doing more of the topic ranks higher. */
const EXTRA_ROLE_BONUS = 0.05;
/** Partners far below the best are never listed; dropping them early keeps large datasets fast. */
const KEEP_SHARE = 0.45;

/** Options of a ranking: whether leaders are asked for, which partners count, how many to keep. */
export interface RankOptions {
  leadAsked: boolean;
  /** Ordinals of the partners that may match, each once (all partners when absent). */
  only?: readonly number[];
  /** How many of the best matches to return in full. */
  limit: number;
  /** Documents that do not count, 1 per document: those about a topic the question leaves out. */
  skipDocs?: Uint8Array;
  /**
   * Ordinals of partners the question leaves out by name ("other than UM", "who else …?" after
   * an answer): never listed, but their match still sets the bar (RELATIVE_CUTOFF × best), so
   * leaving the best partners out does not let weaker matches in.
   */
  barOnly?: readonly number[];
}

/**
 * Ranks partners by the topics of the question: each topic's best credit in a document,
 * weighted by its inverse document frequency and normalised so that a keyword match of every
 * topic scores 1. Only documents in the topics' postings are touched, in reused typed arrays,
 * and only the best `limit` partners are built in full: a common topic over 10,000 partners
 * matches hundreds of them, and answers show eight.
 */
export function scoreTopics(
  index: KnowledgeIndex,
  topics: readonly TopicMention[],
  options: RankOptions,
): TopicRanking {
  const s = scratchFor(index);
  try {
    const total = sumTopics(index, topics, s);
    if (total === 0) return { best: 0, top: [], kept: 0 };
    const ranking = rank(index, options, total, s, rarestTopics(index, topics));
    // Found by generic words alone ("new images"), the best partner is only a guess.
    if (topics.every((t) => index.genericConcepts.has(t.concept)))
      ranking.best = Math.min(ranking.best, GENERIC_ONLY_BEST);
    return ranking;
  } finally {
    clearScratch(s);
  }
}

function rank(
  index: KnowledgeIndex,
  options: RankOptions,
  total: number,
  s: TopicScratch,
  rarest: number,
): TopicRanking {
  const partners = index.dataset.partners;
  const bonus = options.leadAsked ? LEAD_BONUS.asked : LEAD_BONUS.always;
  // A skipped document stops being seen: nothing below reads it, and clearScratch still resets it.
  if (options.skipDocs !== undefined)
    for (let i = 0; i < s.seenCount; i++) {
      const doc = s.seenDocs[i] ?? 0;
      if (options.skipDocs[doc] === 1) s.seen[doc] = 0;
    }
  if (options.only === undefined) {
    for (let i = 0; i < s.seenCount; i++) {
      const doc = s.seenDocs[i] ?? 0;
      if (s.seen[doc] === 1) scoreDoc(index, s, doc, total, bonus);
    }
  } else {
    // A filter's few partners: reading their documents beats reading every document touched.
    for (const p of [...options.only, ...(options.barOnly ?? [])])
      for (const doc of index.partnerDocs[p] ?? [])
        if (s.seen[doc] === 1) scoreDoc(index, s, doc, total, bonus);
  }
  let top = 0;
  for (let i = 0; i < s.partnerCount; i++)
    top = Math.max(top, s.partnerBest[s.partners[i] ?? 0] ?? 0);
  const best: number[] = [];
  const bestScores: number[] = [];
  let highest = 0;
  // Within a filter's partners only: a carrier outside it answers nothing here.
  const sole = soleCarrier(index, s, rarest);
  const carrier =
    sole !== undefined && (options.only === undefined || options.only.includes(sole.partner))
      ? sole
      : undefined;
  for (let i = 0; i < s.partnerCount; i++) {
    const p = s.partners[i] ?? 0;
    if (options.barOnly?.includes(p)) {
      highest = Math.max(highest, partnerScore(index, p, top, s) ?? 0);
      continue;
    }
    if (carrier !== undefined && repeatsCarrier(index, p, carrier, s)) {
      // Not listed, but what it matched still shows how well the question was understood.
      highest = Math.max(highest, partnerScore(index, p, top, s) ?? 0);
      continue;
    }
    // A partner that carries the question's weightiest topic is listed, however much more
    // another partner matched beside it (see sumTopics); so is the sole carrier of its rarest.
    const carries = carriesHead(index, p, s) || p === carrier?.partner;
    const own = partnerScore(index, p, top, s) ?? (carries ? s.partnerBest[p] : undefined);
    if (own === undefined) continue;
    const score = carries ? Math.max(own, RELATIVE_CUTOFF * top) : own;
    s.scores[s.scoreCount++] = score;
    highest = Math.max(highest, score);
    insertTop(index, best, bestScores, p, score, options.limit);
  }
  const bestScore = Math.min(1, highest);
  let kept = 0;
  for (let i = 0; i < s.scoreCount; i++)
    if (Math.min(1, s.scores[i] ?? 0) >= RELATIVE_CUTOFF * bestScore) kept += 1;
  const matches = best.map((p, i) => ({
    partnerId: partners[p]?.id ?? '',
    score: Math.min(1, bestScores[i] ?? 0),
    docs: docMatches(index, p, s),
  }));
  // With partners left out by name, their match says the topic was understood though none
  // is listed: "who else?" after the only two is answered "no other partner", not a guess.
  const understood = matches.length > 0 || (options.barOnly?.length ?? 0) > 0;
  return { best: understood ? bestScore : 0, top: matches, kept };
}

/** Whether a partner has a document that carries the question's weightiest topic. */
function carriesHead(index: KnowledgeIndex, p: number, s: TopicScratch): boolean {
  for (const d of index.partnerDocs[p] ?? []) if (s.seen[d] === 1 && s.head[d] === 1) return true;
  return false;
}

/**
 * Turns a document's summed credit in `raw` into its score, once, and raises its partner's
 * best. Not capped yet: a leader's bonus must still order ties at the top.
 */
function scoreDoc(
  index: KnowledgeIndex,
  s: TopicScratch,
  doc: number,
  total: number,
  bonus: number,
): void {
  const score = ((s.raw[doc] ?? 0) / total) * (index.docLead[doc] === 1 ? bonus : 1);
  s.raw[doc] = score;
  const p = index.docPartner[doc] ?? 0;
  const current = s.partnerBest[p] ?? 0;
  if (score > current) {
    if (current === 0) s.partners[s.partnerCount++] = p;
    s.partnerBest[p] = score;
  }
}

/**
 * A partner's score: its best document, plus a little for each further role backed by another
 * sentence (several roles split from one sentence are one fact). Undefined when the partner is
 * too far below the best to ever be listed.
 */
function partnerScore(
  index: KnowledgeIndex,
  p: number,
  top: number,
  s: TopicScratch,
): number | undefined {
  const best = s.partnerBest[p] ?? 0;
  const docs = index.partnerDocs[p] ?? [];
  const keep = KEEP_SHARE * top;
  // Out of reach even if every document matched: most partners of a common word, at no cost.
  if (best + EXTRA_ROLE_BONUS * (docs.length - 1) < keep) return undefined;
  let matched = 0;
  for (const d of docs) if (s.seen[d] === 1) matched += 1;
  if (best + EXTRA_ROLE_BONUS * (matched - 1) < keep) return undefined;
  const cutoff = ROLE_CUTOFF * best;
  let sources = 0;
  for (let i = 0; i < docs.length; i++) {
    const d = docs[i] ?? 0;
    const source = index.docSource[d] ?? -1;
    if (s.seen[d] !== 1 || source < 0 || (s.raw[d] ?? 0) < cutoff) continue;
    // A partner has a handful of documents: looking back beats allocating a Set.
    let repeated = false;
    for (let j = 0; j < i && !repeated; j++) {
      const e = docs[j] ?? 0;
      repeated = s.seen[e] === 1 && index.docSource[e] === source && (s.raw[e] ?? 0) >= cutoff;
    }
    if (!repeated) sources += 1;
  }
  return best + EXTRA_ROLE_BONUS * Math.max(0, sources - 1);
}

/** A partner's matching documents, best first, ties in document order. */
function docMatches(index: KnowledgeIndex, p: number, s: TopicScratch): DocMatch[] {
  return (index.partnerDocs[p] ?? [])
    .filter((d) => s.seen[d] === 1)
    .map((doc) => ({ doc, score: Math.min(1, s.raw[doc] ?? 0) }))
    .sort((a, b) => b.score - a.score || a.doc - b.doc);
}
