import type { Role } from '../schema/dataset.js';
import { canonicalTokens, foldCase, phraseKey } from '../text/normalise.js';
import { type WordSpot, wordSpots } from '../text/word-spots.js';
import type { KnowledgeIndex } from './knowledge-index.js';
import { exactConcept, FIELD_WEIGHT } from './topic-concepts.js';

/** A topic as the question named it: its concept and the canonical words that named it. */
export interface NamedConcept {
  concept: string;
  words: readonly string[];
  /** The words as the question wrote them, folded: kept where a keyword has them. */
  shown: string;
}

/**
 * Documents read to find how the dataset writes a concept: its best few, best field first. The
 * wording is the same in all of them in practice; a few bound the cost on a large dataset.
 */
const DOCS_READ = 8;

/** The canonical words of a concept id ("t:mri", "p:breast cancer"); none for a synonym group. */
export function conceptWords(concept: string): string[] {
  const [kind, key = ''] = [
    concept.slice(0, concept.indexOf(':')),
    concept.slice(concept.indexOf(':') + 1),
  ];
  return kind === 'syn' || key === '' ? [] : key.split(' ');
}

/** The terms of the synonym group a concept id names ("syn:3"); none for another concept. */
function groupTerms(index: KnowledgeIndex, concept: string): readonly string[] {
  const group = /^syn:(\d+)$/.exec(concept);
  return group ? (index.dataset.synonyms[Number(group[1])]?.terms ?? []) : [];
}

/**
 * Whether the topic is one of the dataset's own concepts: its words are a whole keyword of some
 * role, or a synonym of one ("XAI" of "interpretability"). A word that only occurs in running
 * text ("hosts", "year", "new"), or inside a longer keyword ("best" in "best practice"), is a
 * word of a sentence, not a concept the dataset declares.
 */
export function isDatasetConcept(index: KnowledgeIndex, topic: NamedConcept): boolean {
  const { roleKeywords } = index.concepts;
  if (roleKeywords.has(topic.words.join(' '))) return true;
  return groupTerms(index, topic.concept).some((term) => roleKeywords.has(phraseKey(term)));
}

/**
 * The first place in `text` where one of the phrases (canonical words) is written, as written:
 * "Euro-BioImaging", "GDPR". `accept` may turn a place down. A capital that only starts a
 * sentence is lowered; one inside the phrase ("MareNostrum", "Clinical Consensus Group") marks
 * a name and stays.
 */
function writtenIn(
  text: string,
  phrases: readonly (readonly string[])[],
  accept: (found: string) => boolean = () => true,
): string | undefined {
  const spots = wordSpots(text);
  for (let i = 0; i < spots.length; i++) {
    for (const words of phrases) {
      if (!words.every((w, k) => spots[i + k]?.canon === w)) continue;
      const first = spots[i] as WordSpot;
      const last = spots[i + words.length - 1] as WordSpot;
      const found = text.slice(first.start, last.end);
      if (!accept(found)) continue;
      const opensSentence = /(^|[.!?:]\s+)$/.test(text.slice(0, first.start));
      return opensSentence && !/\p{Lu}/u.test(found.slice(1))
        ? found.charAt(0).toLowerCase() + found.slice(1)
        : found;
    }
  }
  return undefined;
}

/** A document's role, or undefined for a profile. */
function roleOf(index: KnowledgeIndex, doc: number): Role | undefined {
  const found = index.docs[doc];
  if (found?.roleIndex === null || found === undefined) return undefined;
  return index.partners.get(found.partnerId)?.roles[found.roleIndex];
}

/** A document's sentences, the curated one first: the role's summary and source, or the profile. */
function textsOf(index: KnowledgeIndex, doc: number): string[] {
  const role = roleOf(index, doc);
  if (role) return [role.summary, role.source];
  const found = index.docs[doc];
  return found ? [index.partners.get(found.partnerId)?.profile ?? ''] : [];
}

/** The field weights, best first: a posting's weight is that of the best field it is in. */
const WEIGHTS_DOWN = [...new Set(Object.values(FIELD_WEIGHT))].sort((a, b) => b - a);

/**
 * The documents that match a topic best, best field first, in document order, at most
 * DOCS_READ. A pass per field weight that stops when it has enough, rather than a sort of all
 * of them: a common word is in thousands of documents of a large dataset.
 */
function bestDocs(index: KnowledgeIndex, topic: NamedConcept): { docs: number[]; exact: boolean } {
  const exact =
    topic.words.length > 0 ? index.postings.get(exactConcept(topic.words.join(' '))) : undefined;
  const postings = exact ?? index.postings.get(topic.concept);
  const docs: number[] = [];
  if (postings === undefined) return { docs, exact: false };
  for (const weight of WEIGHTS_DOWN)
    for (let i = 0; i < postings.docs.length && docs.length < DOCS_READ; i++)
      if (postings.weights[i] === weight) docs.push(postings.docs[i] ?? 0);
  return { docs, exact: exact !== undefined };
}

/**
 * How the dataset writes a topic the question named, in the documents that match it best: the
 * question's own words where the dataset uses them, else the synonym it uses ("XAI" →
 * "interpretability"). A keyword gives the words ("anonymization" → "anonymisation"), and a
 * sentence that writes the keyword gives its capitals ("gdpr" → "GDPR"). Undefined when no text
 * of those documents has it (a phrase only found word by word).
 */
export function datasetWording(index: KnowledgeIndex, topic: NamedConcept): string | undefined {
  let known = wordings.get(index);
  if (known === undefined) {
    known = new Map();
    wordings.set(index, known);
  }
  const key = `${topic.concept}\u0000${topic.words.join(' ')}\u0000${topic.shown}`;
  let wording = known.get(key);
  if (wording === undefined) {
    wording = findWording(index, topic) ?? null;
    if (known.size >= MAX_WORDINGS) known.clear();
    known.set(key, wording);
  }
  return wording ?? undefined;
}

/**
 * Wordings found, per index: a topic's depends only on the dataset, and finding it reads a few
 * sentences, which costs more than the rest of a short answer. Bounded like canonicalWord's memo.
 */
const wordings = new WeakMap<KnowledgeIndex, Map<string, string | null>>();
const MAX_WORDINGS = 20_000;

function findWording(index: KnowledgeIndex, topic: NamedConcept): string | undefined {
  const { docs, exact } = bestDocs(index, topic);
  const phrases: (readonly string[])[] = topic.words.length > 0 ? [topic.words] : [];
  if (!exact) phrases.push(...groupTerms(index, topic.concept).map(canonicalTokens));
  // Longest first, so that "breast cancer" is found whole rather than as "breast".
  phrases.sort((a, b) => b.length - a.length);
  const keys = new Set(phrases.map((p) => p.join(' ')));
  const keywords = docs
    .flatMap((doc) => roleOf(index, doc)?.keywords ?? [])
    .filter((k) => keys.has(phraseKey(k)));
  // The question's own form when a keyword has it ("images", not the "imaging" it stems with).
  const keyword = keywords.find((k) => foldCase(k) === topic.shown) ?? keywords[0];
  if (keyword !== undefined) {
    // Capitals inside a word or phrase are the dataset's ("GDPR", "AI passport"); those that
    // only start its words are a title's ("the Project Coordinator"): the keyword says better.
    const same = (found: string) =>
      foldCase(found) === foldCase(keyword) && /\p{Lu}/u.test(found.replace(/\b\p{Lu}/gu, ''));
    for (const doc of docs)
      for (const text of textsOf(index, doc)) {
        const cased = writtenIn(text, [canonicalTokens(keyword)], same);
        if (cased !== undefined) return cased;
      }
    return keyword;
  }
  for (const doc of docs)
    for (const text of textsOf(index, doc)) {
      const found = writtenIn(text, phrases);
      if (found !== undefined) return found;
    }
  return undefined;
}
