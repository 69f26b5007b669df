import { wordForms } from './normalise.js';
import { STOPWORD_FORMS } from './stopwords.js';

/**
 * Letters that English words do not end on twice, so that a doubled one at the end is chat
 * stretching ("heyy", "hii", "ohh", "yaa"), where "off", "too" or "inn" are words.
 */
const NEVER_DOUBLED_AT_END = new Set(['a', 'h', 'i', 'u', 'w', 'y']);

/**
 * The word with a run of one of NEVER_DOUBLED_AT_END at its end cut to one letter. Read from
 * the end in a loop: the pattern /([ahiuwy])\1+$/ retries at every position, which is
 * quadratic on a long run (test/reliability/redos.test.ts).
 */
function withoutDoubledEnd(word: string): string {
  const last = word.at(-1) ?? '';
  if (!NEVER_DOUBLED_AT_END.has(last)) return word;
  let start = word.length - 1;
  while (start > 0 && word[start - 1] === last) start -= 1;
  return start < word.length - 1 ? word.slice(0, start + 1) : word;
}
/** Three of a letter in a row, which no English word has: "sooo", "pleeease", "hiiii". */
const TRIPLED = /([a-z])\1{2,}/g;

/**
 * The chat word a stretched one stands for: "heyy" is "hey", "sooo" is "so", "thaaanks" is
 * "thanks" (issue #11, chat-noise family of fresh set 5: "heyy who's doing …" left "heyy"
 * unexplained). Only a stretch that gives a word carrying no topic is undone: a stretched topic
 * word is the typo corrector's, and a word that is itself no stretch is left alone.
 */
export function unstretched(norm: string): string | undefined {
  if (STOPWORD_FORMS.has(norm)) return undefined;
  const tripled = norm.replace(TRIPLED, '$1');
  for (const form of [tripled, tripled.replace(TRIPLED, '$1$1')]) {
    const shorter = withoutDoubledEnd(form);
    if (STOPWORD_FORMS.has(shorter)) return shorter;
    if (form !== norm && STOPWORD_FORMS.has(form)) return form;
  }
  return undefined;
}

/** The forms of a token, with a stretched chat word read as the word itself. */
export function unstretchedForms(norm: string): readonly [norm: string, canon: string] | undefined {
  const word = unstretched(norm);
  return word === undefined ? undefined : wordForms(word);
}
