import type { Dataset } from '../schema/dataset.js';
import { tokenize } from '../text/normalise.js';
import type { Posting, TopicDoc } from './entities.js';
import { type ConceptVocabulary, createConceptReader, FIELD_WEIGHT } from './topic-concepts.js';

/** The topic documents of a dataset and, per concept, where it occurs and how rare it is. */
export interface TopicPostings {
  docs: TopicDoc[];
  postings: Map<string, Posting[]>;
  idf: Map<string, number>;
  /** Every word of the indexed texts as written, with its canonical form (for typo fixes). */
  writtenWords: Map<string, string>;
}

/**
 * One document per role (keywords, summary and source sentence, by field weight) and one per
 * profile. Concepts are interned to numbers while building, and each distinct text is read
 * once: keywords and split sentences repeat, and this loop dominates the index build.
 */
export function buildPostings(
  dataset: Dataset,
  vocabulary: ConceptVocabulary,
  isContentWord: (token: string) => boolean,
): TopicPostings {
  const ids = new Map<string, number>();
  const names: string[] = [];
  const lists: Posting[][] = [];
  const writtenWords = new Map<string, string>();
  const readTokens = createConceptReader(vocabulary, isContentWord);
  const textConcepts = new Map<string, number[]>();
  const conceptsOf = (text: string): number[] => {
    let found = textConcepts.get(text);
    if (found === undefined) {
      const tokens = tokenize(text);
      for (const token of tokens) writtenWords.set(token.norm, token.canon);
      found = [];
      for (const concept of readTokens(tokens)) {
        let id = ids.get(concept);
        if (id === undefined) {
          id = names.push(concept) - 1;
          ids.set(concept, id);
          lists.push([]);
        }
        found.push(id);
      }
      textConcepts.set(text, found);
    }
    return found;
  };

  const docs: TopicDoc[] = [];
  const best: number[] = [];
  const addDoc = (doc: TopicDoc, fields: readonly (readonly [string, number])[]): void => {
    const index = docs.push(doc) - 1;
    const touched: number[] = [];
    for (const [text, weight] of fields) {
      for (const id of conceptsOf(text)) {
        const current = best[id] ?? 0;
        if (current === 0) touched.push(id);
        if (weight > current) best[id] = weight;
      }
    }
    for (const id of touched) {
      lists[id]?.push({ doc: index, weight: best[id] ?? 0 });
      best[id] = 0;
    }
  };
  for (const partner of dataset.partners) {
    partner.roles.forEach((role, roleIndex) => {
      addDoc({ partnerId: partner.id, roleIndex, lead: role.lead, wp: role.wp }, [
        ...role.keywords.map((k) => [k, FIELD_WEIGHT.keyword] as const),
        [role.summary, FIELD_WEIGHT.summary],
        [role.source, FIELD_WEIGHT.source],
      ]);
    });
    addDoc({ partnerId: partner.id, roleIndex: null, lead: false, wp: null }, [
      [partner.profile, FIELD_WEIGHT.profile],
    ]);
  }

  const postings = new Map<string, Posting[]>();
  const idf = new Map<string, number>();
  const n = dataset.partners.length;
  names.forEach((concept, id) => {
    const list = lists[id] ?? [];
    // A partner's documents are consecutive, so counting partner changes counts partners.
    let df = 0;
    let last: string | undefined;
    for (const { doc } of list) {
      const partner = docs[doc]?.partnerId;
      if (partner !== last) df += 1;
      last = partner;
    }
    postings.set(concept, list);
    idf.set(concept, Math.log(1 + (n - df + 0.5) / (df + 0.5)));
  });
  return { docs, postings, idf, writtenWords };
}
