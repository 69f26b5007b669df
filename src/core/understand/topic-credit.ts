import type { PostingList } from '../index/entities.js';
import type { KnowledgeIndex } from '../index/knowledge-index.js';
import { exactConcept, FIELD_WEIGHT, tokenConcept } from '../index/topic-concepts.js';
import { ENGLISH_SYNONYM_CREDIT } from './everyday-words.js';
import type { TopicMention } from './parsed-question.js';
import type { TopicScratch } from './topic-scratch.js';

/** Credit for a phrase matched only word by word ("breast … cancer"); below a synonym's. */
const PARTIAL_CREDIT = 0.8;
/** Credit for a match through a synonym ("privacy" for "GDPR"): the word itself ranks first. */
const SYNONYM_CREDIT = 0.85;

/**
 * Raises each posting's document to `scale × weight` in `topicBest`, keeping the larger value;
 * postings below `minWeight` (a field weight) are left out.
 */
function takeMax(
  postings: PostingList | undefined,
  scale: number,
  s: TopicScratch,
  minWeight = 0,
): void {
  if (postings === undefined) return;
  const { docs, weights } = postings;
  for (let i = 0; i < docs.length; i++) {
    const doc = docs[i] ?? 0;
    if ((weights[i] ?? 0) < minWeight) continue;
    const credit = (weights[i] ?? 0) * scale;
    const current = s.topicBest[doc] ?? 0;
    if (credit > current) {
      if (current === 0) s.topicDocs[s.topicCount++] = doc;
      s.topicBest[doc] = credit;
    }
  }
}

/**
 * Per document, the best credit of a word read through a vocabulary or general English: each
 * concept it stands for at the credit of the reading, a concept more common than the rarest at
 * less, so the one that tells partners apart ranks first.
 */
function scoreReading(
  index: KnowledgeIndex,
  topic: TopicMention,
  via: NonNullable<TopicMention['via']>,
  s: TopicScratch,
): void {
  const top = index.idf.get(topic.concept) ?? 0;
  for (const concept of via.concepts) {
    const share = top > 0 ? Math.min(1, (index.idf.get(concept) ?? 0) / top) : 1;
    takeMax(index.postings.get(concept), via.credit * share, s);
  }
}

/**
 * Credit of a concept a vocabulary entry names together with the question's own word: a
 * WordNet synonym's (ENGLISH_SYNONYM_CREDIT, everyday-words.ts), below a vocabulary term's,
 * for the asker chose the other word; a partner found so ranks below those the word names.
 */
const SIBLING_CREDIT = ENGLISH_SYNONYM_CREDIT;

/**
 * Per document, the credit of the concepts a vocabulary entry names together with the topic's
 * ("deposit" also finds GUMed, which populates the platform), as a vocabulary reading of the
 * topic would credit them: below the dataset's own word and synonyms, a more common concept
 * at less.
 */
function scoreSiblings(index: KnowledgeIndex, topic: TopicMention, s: TopicScratch): void {
  const concepts = index.everyday().siblings.get(topic.concept);
  if (concepts === undefined) return;
  const top = index.idf.get(topic.concept) ?? 0;
  for (const concept of concepts) {
    const share = top > 0 ? Math.min(1, (index.idf.get(concept) ?? 0) / top) : 1;
    // Only where a role is about it (its keywords or summary), as general English may lead a
    // word only there (namesARole, everyday-words.ts): a hospital's profile names "diagnosis"
    // in passing, and "who detects liver cancer?" is not about the hospital.
    takeMax(index.postings.get(concept), SIBLING_CREDIT * share, s, FIELD_WEIGHT.summary);
  }
}

/** Per document, the best credit one topic earns: exact words, its synonyms, or its words apart. */
function scoreTopic(index: KnowledgeIndex, topic: TopicMention, s: TopicScratch): void {
  if (topic.via !== undefined) {
    scoreReading(index, topic, topic.via, s);
    return;
  }
  const exact = exactConcept(topic.words.join(' '));
  takeMax(index.postings.get(exact), 1, s);
  if (topic.concept !== exact) takeMax(index.postings.get(topic.concept), SYNONYM_CREDIT, s);
  if (topic.words.length < 2) return;
  // A word no document has is as rare as can be: it must weigh in the share, not vanish.
  const idfs = topic.words.map((w) => index.idf.get(tokenConcept(w)) ?? index.maxIdf);
  const sum = idfs.reduce((acc, idf) => acc + idf, 0);
  topic.words.forEach((word, i) => {
    const idf = idfs[i] ?? 0;
    const postings = index.postings.get(tokenConcept(word));
    if (postings === undefined) return;
    const { docs, weights } = postings;
    for (let j = 0; j < docs.length; j++) {
      const doc = docs[j] ?? 0;
      const current = s.partial[doc] ?? 0;
      const next = current + ((weights[j] ?? 0) * PARTIAL_CREDIT * idf) / sum;
      if (current === 0 && next !== 0) s.partialDocs[s.partialCount++] = doc;
      s.partial[doc] = next;
    }
  });
  for (let i = 0; i < s.partialCount; i++) {
    const doc = s.partialDocs[i] ?? 0;
    const credit = s.partial[doc] ?? 0;
    s.partial[doc] = 0;
    const current = s.topicBest[doc] ?? 0;
    if (credit > current) {
      if (current === 0) s.topicDocs[s.topicCount++] = doc;
      s.topicBest[doc] = credit;
    }
  }
  s.partialCount = 0;
}

/**
 * What a generic topic ("new", "images") may weigh beside discriminating ones: this share of the
 * lightest of them. A partner found only by a discriminating word, in its profile (field weight
 * 0.35) through a WordNet synonym (credit 0.6), earns 0.21 of that word's weight: more than a
 * partner found only by the generic word in a keyword. So a generic word orders partners that
 * the discriminating words found, and never puts another one above them.
 */
export const GENERIC_WEIGHT = 0.15;

/** The most a generic topic weighs in this question; unbounded when every topic is generic. */
function genericCap(index: KnowledgeIndex, topics: readonly TopicMention[]): number {
  let lightest = Number.POSITIVE_INFINITY;
  for (const topic of topics)
    if (!index.genericConcepts.has(topic.concept))
      lightest = Math.min(lightest, index.idf.get(topic.concept) ?? 0);
  return GENERIC_WEIGHT * lightest;
}

/**
 * Share of the best credit on the weightiest topic at which a document counts as carrying it:
 * the relative cut-off of the ranking (RELATIVE_CUTOFF in score-topics.ts), so that a partner
 * found by the topic through a more common concept of the same vocabulary entry ("annotation"
 * for "labels", where the rarest is "image annotation") still counts.
 */
const HEAD_SHARE = 0.5;

/**
 * The question's weightiest topic when it has several: the rarest that is no generic word. A
 * partner that another outranks by matching a second topic too ("who puts labels on the scans":
 * annotation, and the scans as its object) still does what the question is mostly about.
 */
function headTopic(
  index: KnowledgeIndex,
  topics: readonly TopicMention[],
): TopicMention | undefined {
  if (topics.length < 2) return undefined;
  let head: TopicMention | undefined;
  for (const topic of topics) {
    if (index.genericConcepts.has(topic.concept)) continue;
    const idf = index.idf.get(topic.concept) ?? 0;
    if (head === undefined || idf > (index.idf.get(head.concept) ?? 0)) head = topic;
  }
  return head;
}

/** The best credit of the topic just scored, over the documents it touched. */
function bestCredit(s: TopicScratch): number {
  let best = 0;
  for (let i = 0; i < s.topicCount; i++)
    best = Math.max(best, s.topicBest[s.topicDocs[i] ?? 0] ?? 0);
  return best;
}

/** Flags the documents that carry the topic just scored at HEAD_SHARE of its best credit. */
function markHead(s: TopicScratch): void {
  const best = bestCredit(s);
  for (let i = 0; i < s.topicCount; i++) {
    const doc = s.topicDocs[i] ?? 0;
    if ((s.topicBest[doc] ?? 0) >= HEAD_SHARE * best) s.head[doc] = 1;
  }
}

/**
 * Sums each topic's credit per document, weighted by its IDF, into `raw`, marking the
 * documents touched as `seen`; returns the total weight (0 when no topic is known).
 */
export function sumTopics(
  index: KnowledgeIndex,
  topics: readonly TopicMention[],
  s: TopicScratch,
): number {
  let total = 0;
  const cap = genericCap(index, topics);
  const head = headTopic(index, topics);
  for (const [k, topic] of topics.entries()) {
    const idf = index.idf.get(topic.concept) ?? 0;
    const generic = index.genericConcepts.has(topic.concept);
    const weight = generic ? Math.min(idf, cap) : idf;
    // What each document matches at all, and what it carries as a head is carried (HEAD_SHARE
    // of the topic's best credit), generic words left out: partners are compared by them
    // (see sole-carrier.ts).
    const bit = generic || k >= 32 ? 0 : 1 << k;
    total += weight;
    scoreTopic(index, topic, s);
    if (topic === head) markHead(s);
    // After the head is marked: a partner found only by another word than the asker's does
    // not carry the question's weightiest topic (it is listed on its score alone).
    if (topic.via === undefined) scoreSiblings(index, topic, s);
    const carried = HEAD_SHARE * bestCredit(s);
    for (let i = 0; i < s.topicCount; i++) {
      const doc = s.topicDocs[i] ?? 0;
      const credit = s.topicBest[doc] ?? 0;
      if (credit > 0) s.matched[doc] = (s.matched[doc] ?? 0) | bit;
      if (credit >= carried) s.carried[doc] = (s.carried[doc] ?? 0) | bit;
      s.raw[doc] = (s.raw[doc] ?? 0) + (s.topicBest[doc] ?? 0) * weight;
      s.topicBest[doc] = 0;
      if (s.seen[doc] === 0) {
        s.seen[doc] = 1;
        s.seenDocs[s.seenCount++] = doc;
      }
    }
    s.topicCount = 0;
  }
  return total;
}
