import { GENERIC_IDF } from '../index/generic-concepts.js';
import type { KnowledgeIndex } from '../index/knowledge-index.js';
import { EXTENT_MODIFIERS } from '../lexicon/idioms.js';
import type { Token } from '../text/normalise.js';
import { STOPWORDS } from '../text/stopwords.js';
import type { ClauseToken } from './asides.js';
import { plainWord, strayWords } from './everyday-words.js';
import type { Correction, TopicMention } from './parsed-question.js';

/** A question's words after its spans were read, as the search for unexplained words needs. */
export interface ReadWords {
  index: KnowledgeIndex;
  tokens: readonly ClauseToken[];
  /** Which words something explains; a topic found to be qualified is uncovered again. */
  covered: boolean[];
  /** Topics read through general English, by word. */
  english: readonly (TopicMention | undefined)[];
  /** The question's topics; one qualified by an unknown word is taken out. */
  topics: TopicMention[];
  topicStarts: ReadonlyMap<string, number>;
  corrections: readonly Correction[];
}

/**
 * The content words nothing explains (as typed, lower case), and how many topics counted as
 * named turned out to be qualified by such a word ("lung cancer"). `anchored`: the question
 * names a partner, place, kind, relation, work package or firm topic; `complete`: it asks
 * something whole without a topic ("who leads …", "list the partners").
 */
export function unexplainedWords(
  q: ReadWords,
  anchored: boolean,
  complete: boolean,
): { unexplained: string[]; unnamed: number } {
  const { index, tokens, covered, english, topics, topicStarts, corrections } = q;
  // A plain verb needs no explaining beside a topic ("who decides who can see the data?"), a
  // plain modifier none in a question complete without it ("who is running the whole project?"),
  // unless it qualifies the topic it comes right before: "financial reporting" is not the
  // dataset's reporting. Otherwise they are what was not understood: "who won the match?",
  // "who pays the partners?".
  const topicAt = new Set([...topicStarts.values()]);
  english.forEach((mention, i) => {
    if (mention !== undefined && covered[i]) topicAt.add(i);
  });
  const needsNoExplaining = (i: number, token: Token): boolean => {
    const plain = plainWord(token);
    if (plain === 'verb') return anchored;
    return (
      plain === 'modifier' && complete && (!topicAt.has(i + 1) || EXTENT_MODIFIERS.has(token.canon))
    );
  };
  const isUnexplained = (i: number): boolean => {
    const t = tokens[i];
    return (
      t !== undefined &&
      !covered[i] &&
      !STOPWORDS.has(t.canon) &&
      !/^\d+$/.test(t.canon) &&
      !needsNoExplaining(i, t)
    );
  };
  // "lung cancer", "kidney cancer AI": an unknown word right before a common topic word names
  // a thing the dataset does not have; answering on "cancer" alone would answer another
  // question. The pair is unexplained as a whole.
  const qualifying = new Set<number>();
  let unnamed = 0;
  for (const [concept, start] of topicStarts) {
    if (!isUnexplained(start - 1) || (index.idf.get(concept) ?? Infinity) > GENERIC_IDF) continue;
    qualifying.add(start - 1);
    const at = topics.findIndex((t) => t.concept === concept);
    const [topic] = topics.splice(at, 1);
    for (let k = start; k < start + (topic?.words.length ?? 1); k++) covered[k] = false;
    // A generic topic was never counted as named (see `says`).
    if (!index.genericConcepts.has(concept)) unnamed += 1;
  }
  // A stray English word beside a concept the question names firmly is noise, not a subject
  // the dataset lacks (see everyday-words.ts); one that qualifies a topic is not.
  const leftovers = tokens.flatMap((_, i) => (isUnexplained(i) ? [i] : []));
  const ownTopicAt = new Set(
    topics.flatMap((t) => (t.via === undefined ? [topicStarts.get(t.concept) ?? -1] : [])),
  );
  // A topic read from a mistyped word is a guess already ("password" as "passport").
  const guessed = new Set(corrections.map((c) => c.to));
  const noise = strayWords(
    index,
    tokens,
    leftovers.filter((i) => !qualifying.has(i) && !ownTopicAt.has(i + 1)),
    topics.filter((t) => !t.words.some((w) => guessed.has(w))),
  );
  const unexplained = leftovers.flatMap((i) => (noise.has(i) ? [] : [tokens[i]?.norm ?? '']));
  return { unexplained, unnamed };
}
