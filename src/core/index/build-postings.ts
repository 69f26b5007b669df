import type { Dataset } from '../schema/dataset.js';
import { createConceptReader } from './concept-reader.js';
import type { PostingList, TopicDoc } from './entities.js';
import { type ConceptVocabulary, FIELD_WEIGHT } from './topic-concepts.js';

/** The topic documents of a dataset and, per concept, where it occurs and how rare it is. */
export interface TopicPostings {
  docs: TopicDoc[];
  /** Per document: the ordinal of its partner. */
  docPartner: Int32Array;
  postings: Map<string, PostingList>;
  idf: Map<string, number>;
  /** Every word of the indexed texts as written, with its canonical form (for typo fixes). */
  writtenWords: ReadonlyMap<string, string>;
}

/**
 * One document per role (keywords, summary and source sentence, by field weight) and one per
 * profile. Each distinct keyword is read once, each document's concepts are collected as
 * (concept, weight) pairs, and the posting lists are then laid out in one pass: this loop
 * dominates the index build.
 */
export function buildPostings(
  dataset: Dataset,
  vocabulary: ConceptVocabulary,
  isContentWord: (token: string) => boolean,
): TopicPostings {
  const reader = createConceptReader(vocabulary, isContentWord);
  const textConcepts = new Map<string, Int32Array>();
  const docs: TopicDoc[] = [];
  const docPartner: number[] = [];
  // Per document, its pairs run up to docEnds[doc].
  const pairConcepts: number[] = [];
  const pairWeights: number[] = [];
  const docEnds: number[] = [];
  let best = new Float64Array(1024);
  const touched: number[] = [];

  // Keywords repeat (a few thousand distinct in a hundred thousand), so their concepts are
  // remembered; sentences hardly repeat, and hashing them to look them up costs more.
  const addField = (text: string, weight: number, repeats: boolean): void => {
    let found = repeats ? textConcepts.get(text) : undefined;
    let count = found?.length ?? 0;
    if (found === undefined) {
      count = reader.read(text);
      found = reader.found;
      if (repeats) textConcepts.set(text, found.slice(0, count));
    }
    if (reader.names.length > best.length) {
      const grown = new Float64Array(Math.max(best.length * 2, reader.names.length));
      grown.set(best);
      best = grown;
    }
    for (let i = 0; i < count; i++) {
      const id = found[i] ?? 0;
      const current = best[id] ?? 0;
      if (current === 0) touched.push(id);
      if (weight > current) best[id] = weight;
    }
  };
  const endDoc = (doc: TopicDoc, partner: number): void => {
    docs.push(doc);
    docPartner.push(partner);
    for (const id of touched) {
      pairConcepts.push(id);
      pairWeights.push(best[id] ?? 0);
      best[id] = 0;
    }
    touched.length = 0;
    docEnds.push(pairConcepts.length);
  };
  for (const [p, partner] of dataset.partners.entries()) {
    for (const [roleIndex, role] of partner.roles.entries()) {
      for (const keyword of role.keywords) addField(keyword, FIELD_WEIGHT.keyword, true);
      addField(role.summary, FIELD_WEIGHT.summary, false);
      addField(role.source, FIELD_WEIGHT.source, false);
      endDoc({ partnerId: partner.id, roleIndex, lead: role.lead, wp: role.wp }, p);
    }
    addField(partner.profile, FIELD_WEIGHT.profile, false);
    endDoc({ partnerId: partner.id, roleIndex: null, lead: false, wp: null }, p);
  }

  const { postings, idf } = layOut(
    reader.names,
    { concepts: pairConcepts, weights: pairWeights, docEnds, docPartner },
    dataset.partners.length,
  );
  return {
    docs,
    docPartner: Int32Array.from(docPartner),
    postings,
    idf,
    writtenWords: reader.writtenWords,
  };
}

/** Lays the pairs out as one posting list per concept, in document order, and scores rarity. */
function layOut(
  names: readonly string[],
  pairs: { concepts: number[]; weights: number[]; docEnds: number[]; docPartner: number[] },
  partnerCount: number,
): { postings: Map<string, PostingList>; idf: Map<string, number> } {
  const starts = new Int32Array(names.length + 1);
  for (const id of pairs.concepts) starts[id + 1] = (starts[id + 1] ?? 0) + 1;
  for (let id = 0; id < names.length; id++)
    starts[id + 1] = (starts[id + 1] ?? 0) + (starts[id] ?? 0);
  const next = starts.slice(0, names.length);
  const allDocs = new Int32Array(pairs.concepts.length);
  const allWeights = new Float64Array(pairs.concepts.length);
  let pair = 0;
  for (let doc = 0; doc < pairs.docEnds.length; doc++) {
    for (const end = pairs.docEnds[doc] ?? 0; pair < end; pair++) {
      const id = pairs.concepts[pair] ?? 0;
      const at = next[id] ?? 0;
      allDocs[at] = doc;
      allWeights[at] = pairs.weights[pair] ?? 0;
      next[id] = at + 1;
    }
  }
  const postings = new Map<string, PostingList>();
  const idf = new Map<string, number>();
  for (const [id, concept] of names.entries()) {
    const start = starts[id] ?? 0;
    const end = starts[id + 1] ?? 0;
    // A partner's documents are consecutive, so counting partner changes counts partners.
    let df = 0;
    let last = -1;
    for (let i = start; i < end; i++) {
      const partner = pairs.docPartner[allDocs[i] ?? 0] ?? -1;
      if (partner !== last) df += 1;
      last = partner;
    }
    postings.set(concept, {
      docs: allDocs.subarray(start, end),
      weights: allWeights.subarray(start, end),
    });
    idf.set(concept, Math.log(1 + (partnerCount - df + 0.5) / (df + 0.5)));
  }
  return { postings, idf };
}
