import type { KnowledgeIndex } from '../index/knowledge-index.js';
import type { TopicMention } from './parsed-question.js';
import type { TopicScratch } from './topic-scratch.js';

/**
 * Precision when a question names something only one partner has ("the MareNostrum
 * supercomputer", "XNAT", "the online collaboration platform"): the partners found beside it
 * by the question's co-words ("hosts", "platform", "radiology") answer nothing that partner
 * does not, and are not listed (issue #11, everyday words: a generic word never outranks a
 * discriminating one; co-words common to several partners are as good as generic here).
 */

/** The one partner that carries one of the question's rarest topics, and all it matched. */
export interface SoleCarrier {
  partner: number;
  /** Bits of the question's topics it matches at all. */
  matched: number;
}

/** The bits of `field` (`matched` or `carried`) over a partner's documents the question touched. */
function partnerBits(
  index: KnowledgeIndex,
  p: number,
  s: TopicScratch,
  field: 'matched' | 'carried',
): number {
  let bits = 0;
  for (const d of index.partnerDocs[p] ?? []) if (s.seen[d] === 1) bits |= s[field][d] ?? 0;
  return bits;
}

/**
 * Whether a topic names a thing, as "MareNostrum" and "XNAT" do: typed in the dataset's own
 * words, not read through an everyday word ("plumbing" for system architecture), and not one
 * word of general English. In a 21-partner dataset "patients" may be written by one partner
 * only, so its IDF is the highest, yet "is this fair and ethical for patients" asks about ethics,
 * which several partners carry; only a name makes the one partner that has it the answer.
 */
function namesAThing(index: KnowledgeIndex, topic: TopicMention): boolean {
  if (topic.via !== undefined) return false;
  if (!topic.concept.startsWith('t:')) return true;
  return index.english.related(topic.concept.slice(2)) === undefined;
}

/**
 * Bits of the question's rarest topics (numbered as in `matched`): those that are no generic
 * word and name a thing, at the highest IDF among them. None with one topic: it has no co-words.
 */
export function rarestTopics(index: KnowledgeIndex, topics: readonly TopicMention[]): number {
  if (topics.length < 2) return 0;
  let top = 0;
  let bits = 0;
  for (const [k, topic] of topics.entries()) {
    if (k >= 32 || index.genericConcepts.has(topic.concept) || !namesAThing(index, topic)) continue;
    const idf = index.idf.get(topic.concept) ?? 0;
    if (idf > top) [top, bits] = [idf, 0];
    if (idf === top) bits |= 1 << k;
  }
  return bits;
}

/**
 * The partner that alone carries one of the question's rarest topics (at the share a head is
 * carried, topic-credit.ts), the first such topic deciding; undefined when none is carried
 * by exactly one partner.
 */
export function soleCarrier(
  index: KnowledgeIndex,
  s: TopicScratch,
  rarest: number,
): SoleCarrier | undefined {
  if (rarest === 0) return undefined;
  // Per topic bit: the one partner seen carrying it, -2 once a second one does.
  const carriers = new Map<number, number>();
  for (let i = 0; i < s.seenCount; i++) {
    const doc = s.seenDocs[i] ?? 0;
    const bits = s.seen[doc] === 1 ? (s.carried[doc] ?? 0) & rarest : 0;
    if (bits === 0) continue;
    const p = index.docPartner[doc] ?? -1;
    for (let k = 0; k < 32; k++) {
      if ((bits & (1 << k)) === 0) continue;
      const known = carriers.get(k);
      carriers.set(k, known === undefined || known === p ? p : -2);
    }
  }
  const sole = [...carriers.entries()].sort((a, b) => a[0] - b[0]).find(([, p]) => p >= 0);
  if (sole === undefined) return undefined;
  return { partner: sole[1], matched: partnerBits(index, sole[1], s, 'matched') };
}

/**
 * Whether a partner only repeats the sole carrier's co-words: every topic it carries, the
 * carrier matches too. "Which org hosts the MareNostrum supercomputer?" is about BSC; ESOI,
 * which hosts workshops, carries "hosts" alone, which BSC's profile says too. A partner that
 * carries a topic the carrier lacks ("MareNostrum and dissemination") answers another part of
 * the question and stays.
 */
export function repeatsCarrier(
  index: KnowledgeIndex,
  p: number,
  carrier: SoleCarrier,
  s: TopicScratch,
): boolean {
  if (p === carrier.partner) return false;
  return (partnerBits(index, p, s, 'carried') & ~carrier.matched) === 0;
}
