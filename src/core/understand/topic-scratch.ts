import type { KnowledgeIndex } from '../index/knowledge-index.js';

/**
 * Zeroed per-document and per-partner working arrays for topic scoring, with lists of the
 * entries a question touched so that only those are cleared afterwards. One set per index is
 * reused by every question: answering is synchronous, so no two questions share it at once,
 * and a large dataset's answers allocate almost nothing.
 */
export interface TopicScratch {
  /** Per document: idf-weighted credit summed over the question's topics, then its score. */
  raw: Float64Array;
  /** Per document: the best credit of the topic being scored. */
  topicBest: Float64Array;
  /** Per document: word-by-word credit of the multi-word topic being scored. */
  partial: Float64Array;
  /** Per document: 1 once any topic touched it. */
  seen: Uint8Array;
  /**
   * Per document: 1 when it carries the question's weightiest topic about as well as any does
   * (see sumTopics), so that a partner found by that topic alone is not cut off.
   */
  head: Uint8Array;
  /**
   * Per document: bit k set when it matched the question's k-th topic that is no generic word
   * (the first 32 topics; a question has a handful), so that partners' topics can be compared.
   */
  matched: Uint32Array;
  /** Per document: the bits of `matched` whose topic it carries as a head is carried. */
  carried: Uint32Array;
  /** Documents with `seen` set, `seenCount` of them. */
  seenDocs: Int32Array;
  seenCount: number;
  /** Documents with `topicBest` set, `topicCount` of them. */
  topicDocs: Int32Array;
  topicCount: number;
  /** Documents with `partial` set, `partialCount` of them. */
  partialDocs: Int32Array;
  partialCount: number;
  /** Per partner ordinal: its best document score. */
  partnerBest: Float64Array;
  /** Partners with `partnerBest` set, `partnerCount` of them. */
  partners: Int32Array;
  partnerCount: number;
  /** Scores of the partners that passed the keep share, `scoreCount` of them. */
  scores: Float64Array;
  scoreCount: number;
}

const scratches = new WeakMap<KnowledgeIndex, TopicScratch>();

/** The index's scratch arrays, all zero. */
export function scratchFor(index: KnowledgeIndex): TopicScratch {
  let scratch = scratches.get(index);
  if (scratch === undefined) {
    const docs = index.docs.length;
    const partners = index.dataset.partners.length;
    scratch = {
      raw: new Float64Array(docs),
      topicBest: new Float64Array(docs),
      partial: new Float64Array(docs),
      seen: new Uint8Array(docs),
      head: new Uint8Array(docs),
      matched: new Uint32Array(docs),
      carried: new Uint32Array(docs),
      seenDocs: new Int32Array(docs),
      seenCount: 0,
      topicDocs: new Int32Array(docs),
      topicCount: 0,
      partialDocs: new Int32Array(docs),
      partialCount: 0,
      partnerBest: new Float64Array(partners),
      partners: new Int32Array(partners),
      partnerCount: 0,
      scores: new Float64Array(partners),
      scoreCount: 0,
    };
    scratches.set(index, scratch);
  }
  return scratch;
}

/** Zeroes what a question touched, so the next one starts clean. */
export function clearScratch(s: TopicScratch): void {
  for (let i = 0; i < s.seenCount; i++) {
    const doc = s.seenDocs[i] ?? 0;
    s.raw[doc] = 0;
    s.seen[doc] = 0;
    s.head[doc] = 0;
    s.matched[doc] = 0;
    s.carried[doc] = 0;
  }
  for (let i = 0; i < s.topicCount; i++) s.topicBest[s.topicDocs[i] ?? 0] = 0;
  for (let i = 0; i < s.partialCount; i++) s.partial[s.partialDocs[i] ?? 0] = 0;
  for (let i = 0; i < s.partnerCount; i++) s.partnerBest[s.partners[i] ?? 0] = 0;
  s.seenCount = 0;
  s.topicCount = 0;
  s.partialCount = 0;
  s.partnerCount = 0;
  s.scoreCount = 0;
}
