import type { Entity } from '../index/entities.js';
import type { EverydayMeaning } from '../index/everyday-words.js';
import type { KnowledgeIndex } from '../index/knowledge-index.js';
import { isContentWord } from '../index/known-words.js';
import type { PhraseMatch, PhraseTable } from '../index/phrase-table.js';
import { FIELD_WEIGHT } from '../index/topic-concepts.js';
import { PLAIN_MODIFIERS, PLAIN_VERBS } from '../lexicon/common-words.js';
import { VAGUE_NOUNS } from '../lexicon/vague-nouns.js';
import { inflectionBase, type Token } from '../text/normalise.js';
import { STOPWORDS } from '../text/stopwords.js';
import type { Reading, TopicMention } from './parsed-question.js';

/**
 * Credits of a word read through something other than the dataset's own words, each below the
 * 0.85 of the dataset's synonyms (topic-credit.ts), so that a partner named by the question's
 * own words always ranks first. A vocabulary term was written for the field by a person
 * ("press" for dissemination); a WordNet relation is general English, and a derived form
 * ("stores" → "storage") keeps more of the meaning than a synonym of a first sense does.
 */
export const VOCABULARY_CREDIT = 0.75;
/** Credit of a dataset word that WordNet derives from the question's word ("storage"). */
export const DERIVED_CREDIT = 0.7;
/** Credit of a dataset word that is a WordNet synonym of the question's word. */
export const ENGLISH_SYNONYM_CREDIT = 0.6;

/** A span of the question: something the dataset names, or an everyday word for one of them. */
export type QuestionSpan =
  | (PhraseMatch<Entity> & { everyday?: undefined })
  | (PhraseMatch<EverydayMeaning> & { everyday: true });

/**
 * Whether the dataset reads a single word itself: when it writes the word as typed and has a
 * topic of that word alone ("communication"), or when the topic it finds by the word's stem is
 * one the vocabulary means too ("labels", "labelling"). "Publicity" shares only a stem with the
 * dataset's "public", and "scans" is written only inside "CT scans": the vocabulary reads those.
 */
function readsOwnWord(
  index: KnowledgeIndex,
  token: Token,
  meanings: readonly EverydayMeaning[],
): boolean {
  const own = index.entities.get(token.canon).filter((e) => e.type === 'topic');
  if (own.length === 0) return false;
  return (
    index.writtenWords.has(token.norm) ||
    own.some((e) => meanings.some((m) => m.concepts.includes(e.concept)))
  );
}

/**
 * Whether an everyday span may be read where the dataset has words of its own: a single word
 * only when the dataset does not read it itself and it is no cue, name or place ("press" yes,
 * "talk" no), a phrase only when the dataset has no phrase as long at its start ("data
 * protection") nor one that it would cut in two.
 */
function mayReadEveryday(
  index: KnowledgeIndex,
  tokens: readonly Token[],
  canon: readonly string[],
  span: PhraseMatch<EverydayMeaning>,
  free: (i: number) => boolean,
): boolean {
  const end = span.start + span.length;
  if (span.length === 1) {
    const token = tokens[span.start];
    if (token === undefined || readsOwnWord(index, token, span.values)) return false;
    return index.entities.get(token.canon).every((e) => e.type === 'topic');
  }
  for (let k = span.start; k < end; k++) {
    const own = index.entities.matchAt(canon, k, free);
    if (own === undefined || own.length < 2) continue;
    if (k + own.length > end || (k === span.start && own.length >= span.length)) return false;
  }
  return true;
}

/**
 * Most function words a term's words may have between them in the question: "share all the
 * work" is "share the work", but in "checks how sure the AI is" the words between say more.
 */
const MAX_SKIPPED = 2;

/** The question's words that are no function words: their bases, and where each stands. */
interface ContentView {
  bases: string[];
  at: number[];
  /** For each token, its place among the content words; -1 for a function word. */
  place: number[];
}

function contentView(tokens: readonly Token[], bases: readonly string[]): ContentView {
  const view: ContentView = { bases: [], at: [], place: [] };
  tokens.forEach((token, i) => {
    if (STOPWORDS.has(token.canon)) {
      view.place.push(-1);
      return;
    }
    view.place.push(view.at.length);
    view.bases.push(bases[i] ?? '');
    view.at.push(i);
  });
  return view;
}

/**
 * A term found with the function words of both left out ("share all the work" for "share the
 * work"), as a span of the question's tokens from its first content word to its last. Every
 * token it covers must still be free.
 */
function compactMatch(
  table: PhraseTable<EverydayMeaning>,
  view: ContentView,
  start: number,
  free: (i: number) => boolean,
): PhraseMatch<EverydayMeaning> | undefined {
  const first = view.place[start] ?? -1;
  // Most words start no term: a lookup spares building the test below.
  if (first < 0 || !table.startsWith(view.bases[first] ?? '')) return undefined;
  const freeFrom = (k: number): boolean => {
    const to = view.at[k] ?? 0;
    const from = k === first ? to : (view.at[k - 1] ?? 0) + 1;
    if (to - from > MAX_SKIPPED) return false;
    for (let t = from; t <= to; t++) if (!free(t)) return false;
    return true;
  };
  const found = table.matchAt(view.bases, first, freeFrom);
  if (found === undefined) return undefined;
  const last = view.at[first + found.length - 1] ?? start;
  return { ...found, start, length: last - start + 1 };
}

/** The longer of two matches at one place, the first on a tie. */
function longer<V>(
  a: PhraseMatch<V> | undefined,
  b: PhraseMatch<V> | undefined,
): PhraseMatch<V> | undefined {
  if (a === undefined) return b;
  return b !== undefined && b.length > a.length ? b : a;
}

/**
 * The question's spans, left to right, longest first and without overlaps, as PhraseTable.scan
 * finds them, with everyday words read where the dataset has no word of its own.
 */
export function* scanQuestion(
  index: KnowledgeIndex,
  tokens: readonly Token[],
  free: (i: number) => boolean,
): Generator<QuestionSpan> {
  const everyday = index.everyday();
  const canon = tokens.map((t) => t.canon);
  const bases = tokens.map((t) => inflectionBase(t.norm));
  const content = contentView(tokens, bases);
  // No word of any term: the terms' tables need not even be built.
  const readsTerms = bases.some((base) => everyday.contentWords.has(base));
  let i = 0;
  while (i < canon.length) {
    const term = readsTerms
      ? longer(
          everyday.phrases.matchAt(bases, i, free),
          compactMatch(everyday.compact, content, i, free),
        )
      : undefined;
    if (term !== undefined && mayReadEveryday(index, tokens, canon, term, free)) {
      yield { ...term, everyday: true };
      i += term.length;
      continue;
    }
    const own = index.entities.matchAt(canon, i, free);
    if (own !== undefined) yield own;
    i += own?.length ?? 1;
  }
}

/** Whether the vocabularies know a word of the question: then it is no typo. */
export function isEverydayWord(index: KnowledgeIndex, token: Token): boolean {
  return index.everyday().words.has(inflectionBase(token.norm));
}

/** The rarest of some concepts: it weighs the mention, as the rarest word of a phrase would. */
function rarest(index: KnowledgeIndex, concepts: readonly string[]): string {
  let best = concepts[0] ?? '';
  for (const concept of concepts)
    if ((index.idf.get(concept) ?? 0) > (index.idf.get(best) ?? 0)) best = concept;
  return best;
}

/** The topic an everyday span names: the dataset's concepts, read at the vocabulary's credit. */
export function everydayMention(
  index: KnowledgeIndex,
  span: PhraseMatch<EverydayMeaning>,
  tokens: readonly Token[],
): TopicMention {
  const spanTokens = tokens.slice(span.start, span.start + span.length);
  const shown = spanTokens.map((t) => t.norm).join(' ');
  const concepts = [...new Set(span.values.flatMap((meaning) => meaning.concepts))];
  const label = span.values[0]?.label ?? '';
  return {
    concept: rarest(index, concepts),
    words: spanTokens.map((t) => t.canon),
    shown: `${shown} (${label})`,
    via: { concepts, credit: VOCABULARY_CREDIT, reading: 'vocabulary' },
  };
}

/**
 * Whether a concept is what some role is about: in its keywords or its summary, not only in a
 * profile or in passing in a source sentence. General English may lead a word only there:
 * "person" derives "personal", which a hospital's profile uses ("personal care"), but no role
 * is about it.
 */
function namesARole(index: KnowledgeIndex, concept: string): boolean {
  const weights = index.postings.get(concept)?.weights ?? [];
  for (const weight of weights) if (weight >= FIELD_WEIGHT.summary) return true;
  return false;
}

/**
 * The topic general English finds for a word neither the dataset nor a vocabulary knows: the
 * dataset's words that WordNet derives from it ("stores" → "storage"), else its synonyms. A
 * related word counts only as the dataset writes it (not one sharing its stem) and only when it
 * tells partners apart: a word that leads only to a generic one stays unexplained.
 */
export function englishMention(index: KnowledgeIndex, token: Token): TopicMention | undefined {
  if (!isContentWord(token.canon)) return undefined;
  const relations = index.english.related(token.canon);
  if (relations === undefined) return undefined;
  const readings: [readonly string[], number, Reading][] = [
    [relations.derived, DERIVED_CREDIT, 'derived'],
    [relations.synonyms, ENGLISH_SYNONYM_CREDIT, 'synonym'],
  ];
  for (const [words, credit, reading] of readings) {
    const concepts: string[] = [];
    let label: string | undefined;
    for (const word of words) {
      const canon = index.writtenWords.get(word);
      if (canon === undefined || !isContentWord(canon)) continue;
      const concept = index.concepts.conceptOf(canon);
      if (!namesARole(index, concept) || index.genericConcepts.has(concept)) continue;
      label ??= word;
      if (!concepts.includes(concept)) concepts.push(concept);
    }
    if (label !== undefined)
      return {
        concept: rarest(index, concepts),
        words: [token.canon],
        shown: `${token.norm} (${label})`,
        via: { concepts, credit, reading },
      };
  }
  return undefined;
}

/**
 * Whether a topic anchors the question in the consortium's field, so that general English may
 * read the other words: a topic that tells partners apart, named by the dataset or by a
 * vocabulary written for the field. WordNet alone proves nothing: "stock" is a synonym of
 * "inventory", and "what is the Apple stock price?" is no question about the project's
 * inventory; a surgeon is derived from surgery, and "who is the best surgeon?" no question
 * about the partners' surgery departments.
 */
export function anchorsEnglish(index: KnowledgeIndex, topic: TopicMention): boolean {
  const reading = topic.via?.reading;
  return (
    (reading === undefined || reading === 'vocabulary') && !index.genericConcepts.has(topic.concept)
  );
}

// Inflection bases of the plain words, the same for every dataset.
let plain: { verbs: ReadonlySet<string>; modifiers: ReadonlySet<string> } | undefined;

/**
 * What a word the dataset does not know is, if a plain word of any sentence: a verb ("decides",
 * "keeps") or a modifier ("whole", "together", and the vague nouns: "the legal side"). Neither
 * is a typo, and neither names a topic the dataset lacks (see parseQuestion for when they need
 * no explaining). Read by inflection base, not canonical form: "approval" is no "approve".
 */
export function plainWord(token: Token): 'verb' | 'modifier' | undefined {
  plain ??= {
    verbs: new Set(PLAIN_VERBS.map(inflectionBase)),
    modifiers: new Set([...PLAIN_MODIFIERS, ...VAGUE_NOUNS].map(inflectionBase)),
  };
  const base = inflectionBase(token.norm);
  if (plain.verbs.has(base)) return 'verb';
  return plain.modifiers.has(base) ? 'modifier' : undefined;
}

/**
 * The leftover words of a question that are noise: English verbs, adjectives and adverbs (the
 * plain words, or WordNet words SemCor tagged mostly so) beside concepts the question names
 * firmly, at most one per such concept. "who teaches people how to describe image files
 * properly", "who makes sure the patients' data belongs to no one they can identify": the
 * discriminating words matched, and a word that names no subject asks for nothing more. A noun
 * does name one ("committee", "restaurant", "weather"), and stays unexplained. A firm concept
 * anchors general English (the dataset's or a vocabulary's, not generic), so "weather in Spain"
 * and "who is the best oncologist?" have none; subjects the dataset does not hold (addresses,
 * dates, money) are found apart, from every word left over.
 */
export function strayWords(
  index: KnowledgeIndex,
  tokens: readonly Token[],
  leftovers: readonly number[],
  topics: readonly TopicMention[],
): Set<number> {
  let budget = 0;
  for (const topic of topics) if (anchorsEnglish(index, topic)) budget += 1;
  const noise = new Set<number>();
  for (const i of leftovers) {
    if (noise.size >= budget) break;
    const token = tokens[i];
    if (token === undefined) continue;
    const modifiers = index.english.related(token.canon)?.modifiers ?? [];
    if (plainWord(token) !== undefined || modifiers.includes(inflectionBase(token.norm)))
      noise.add(i);
  }
  const left = leftovers.filter((i) => !noise.has(i));
  const at = left.length === 1 ? (left[0] ?? -1) : -1;
  const noun = tokens[at];
  // A gerund names an activity, another subject: "breast cancer screening" is not held.
  if (noun?.norm.endsWith('ing')) return noise;
  if (
    noun !== undefined &&
    headsClearConcept(index, tokens, at, topics) &&
    index.english.related(noun.canon)
  )
    noise.add(at);
  return noise;
}

/**
 * Whether the word at `at` heads a compound whose modifier is a concept named clearly: a phrase
 * of two words or more that the dataset or a vocabulary written for the field reads as one of
 * its concepts, right before it ("patient permission forms", "the clinical agreement
 * committee"). Such a noun is the thing the work handles, not another subject; an activity
 * ("screening") is one. A noun elsewhere
 * ("who handles data protection for the committee?") or beside a single word still names a
 * subject the dataset lacks.
 */
function headsClearConcept(
  index: KnowledgeIndex,
  tokens: readonly Token[],
  at: number,
  topics: readonly TopicMention[],
): boolean {
  return topics.some(
    (topic) =>
      topic.words.length >= 2 &&
      anchorsEnglish(index, topic) &&
      topic.words.every((word, k) => tokens[at - topic.words.length + k]?.canon === word),
  );
}
