import type { Token } from '../text/normalise.js';
import { STOPWORDS } from '../text/stopwords.js';

/** Where a span of the question lies, in tokens. */
export interface SpanAt {
  start: number;
  end: number;
}

/**
 * Words between a relation and the partner it is of: "the third party of BBMRI-ERIC", "third
 * party to BBMRI". English marks a relation's other end with "of"/"to"/"for" after it, or with
 * a possessive before it ("BBMRI's third party": the tokenizer splits off the "s").
 */
const OF_WORDS: ReadonlySet<string> = new Set(['of', 'to', 'for']);
const POSSESSIVE = 's';

/**
 * Whether the partner at `partner` is the other end of a relation the question names, not the
 * partner asked about: "who is the third party of BBMRI-ERIC?" asks for the partner whose
 * parent is BBMRI-ERIC. The dataset's relation fields then decide (see filterPartners).
 */
export function isRelationObject(
  tokens: readonly Token[],
  partner: SpanAt,
  relations: readonly SpanAt[],
): boolean {
  return relations.some((relation) => {
    if (relation.end <= partner.start) {
      const between = tokens.slice(relation.end, partner.start).map((t) => t.norm);
      return OF_WORDS.has(between[0] ?? '') && between.slice(1).every((w) => w === 'the');
    }
    if (partner.end <= relation.start) {
      const between = tokens.slice(partner.end, relation.start).map((t) => t.norm);
      return between[0] === POSSESSIVE && between.length <= 2;
    }
    return false;
  });
}

/**
 * Prepositions that make a name the object of the question's verb: "who liaises with
 * Euro-BioImaging and BBMRI?", "which partner talks to ESOI?". The partner asked for is the one
 * whose roles name the object, so the name is read as the dataset's word for it.
 */
const OBJECT_PREPOSITIONS: ReadonlySet<string> = new Set(['with', 'to']);
/** How far back, in words, the preposition of a list of objects may stand: "with A, B and C". */
const OBJECT_REACH = 5;

/**
 * Whether the name starting at `start` is the object of the verb of a doer question: after
 * "with"/"to", itself at most OBJECT_REACH words back with only names and "and"/"or" between.
 */
export function isVerbObject(tokens: readonly Token[], start: number, doerAt: number): boolean {
  if (doerAt < 0 || doerAt >= start) return false;
  for (let i = start - 1; i > doerAt && i >= start - OBJECT_REACH; i--) {
    const word = tokens[i]?.canon ?? '';
    if (OBJECT_PREPOSITIONS.has(word)) return i > doerAt + 1;
    if (STOPWORDS.has(word) && word !== 'and' && word !== 'or') return false;
  }
  return false;
}
