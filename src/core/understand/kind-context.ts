import type { Token } from '../text/normalise.js';

/**
 * Prepositions that put an organisation kind in the object of an activity: "manuals for the
 * hospitals", "images from different machines and hospitals", "what AI does to society". The
 * kind says whom the work is for or where its material comes from, not who does it, so it is
 * context there and no filter. "in", "at" and "among" are left out: "who at the hospitals does
 * annotation" asks about hospitals. From English grammar, not from any question.
 */
const OBJECT_PREPOSITIONS: ReadonlySet<string> = new Set([
  'for',
  'from',
  'to',
  'across',
  'between',
  'with',
]);

/**
 * Words that end the phrase a kind stands in, looking back: a clause starts ("who", "that"), a
 * preposition that makes the kind the doer's place ("in", "at"), or a verb of being.
 */
const PHRASE_BOUNDARIES: ReadonlySet<string> = new Set([
  'in',
  'at',
  'among',
  'amongst',
  'within',
  'who',
  'whom',
  'which',
  'what',
  'that',
  'is',
  'are',
  'be',
  'not',
  'except',
]);

/**
 * Most words between the preposition and the kind: a determiner, an adjective and a noun joined
 * by "and" ("from different machines and hospitals"); further back it governs something else.
 */
const MAX_WORDS_BACK = 4;

/**
 * Whether the kind that starts at `start` is context of an activity, not a filter: a topic comes
 * before it (the question is about doing something), and it stands in that activity's object
 * after one of OBJECT_PREPOSITIONS.
 */
export function kindIsContext(
  tokens: readonly Token[],
  start: number,
  topicBefore: boolean,
): boolean {
  if (!topicBefore) return false;
  for (let i = start - 1; i >= 0 && start - i <= MAX_WORDS_BACK; i--) {
    const word = tokens[i]?.canon ?? '';
    if (OBJECT_PREPOSITIONS.has(word)) return true;
    if (PHRASE_BOUNDARIES.has(word)) return false;
  }
  return false;
}
