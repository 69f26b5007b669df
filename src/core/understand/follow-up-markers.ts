import { CUE_PHRASES } from '../lexicon/cues.js';
import {
  ALL_WORDS,
  CONNECTIVES,
  COUNTRY_POINTERS,
  DEMONSTRATIVES,
  ELLIPTIC_WHICH,
  LAST_WORDS,
  OTHERS_WORDS,
  PICKED_NOUNS,
  PLURAL_POINTERS,
  RESTRICTORS,
  SINGULAR_POINTERS,
} from '../lexicon/follow-up-words.js';
import { canonicalWord, type Token, tokenize } from '../text/normalise.js';
import { STOPWORDS } from '../text/stopwords.js';
import { stripChatMarkup } from './parse-question.js';

/** What ties a question to the one before it, found in its words. */
export interface FollowUpMarkers {
  /** Words of a leading "and", "what about", …; 0 when the question opens with none. */
  connective: number;
  /** "it", "that one": one thing named before. */
  singular: boolean;
  /** "they", "those", "ones": what the last answer listed. */
  plural: boolean;
  /** "which of them", "among those": the last list, narrowed down. */
  restrict: boolean;
  /** "which are in Sweden?": "which" with no noun, a narrowing unless a subject is named. */
  ellipticWhich: boolean;
  /** "else", "others", "the rest": those the last answer did not show. */
  others: boolean;
  /** "more", "all", "the full list": the whole of the last list. */
  all: boolean;
  /** The position picked ("the second one": 2), -1 for "the last one"; undefined for none. */
  pick: number | undefined;
  /** A partner noun naming what is asked for ("which partners"), not one pointed at. */
  partnerNoun: boolean;
  /** "who …?", "which …?": asks for partners, so a pointer means the subject, not a partner shown. */
  asksWho: boolean;
  asksWhich: boolean;
  /** "that country": the country of the partner named before. */
  country: boolean;
  /** Words read as markers, folded as typed: they are neither topics nor unexplained. */
  consumed: ReadonlySet<string>;
}

/** Nouns that name partners in general, from the "partners" cue's single words. */
const PARTNER_NOUNS: ReadonlySet<string> = new Set(
  CUE_PHRASES.partners.filter((p) => !p.includes(' ')).map((p) => canonicalWord(p)),
);
/** Ordinal words; a Map, so that no word of a question reads as an Object property. */
const ORDINALS: ReadonlyMap<string, number> = new Map([
  ['first', 1],
  ['second', 2],
  ['third', 3],
  ['fourth', 4],
  ['fifth', 5],
  ['sixth', 6],
  ['seventh', 7],
  ['eighth', 8],
  ['ninth', 9],
  ['tenth', 10],
]);
/** "the full list", "the whole list": ALL_WORDS adjectives count only before "list". */
const LIST_ADJECTIVES = new Set(['full', 'whole', 'complete', 'entire']);
const set = (words: readonly string[]): ReadonlySet<string> => new Set(words);
const SINGULAR = set(SINGULAR_POINTERS);
const PLURAL = set(PLURAL_POINTERS);
const DEMONSTRATIVE = set(DEMONSTRATIVES);
const OTHERS = set(OTHERS_WORDS);
const ALL = set(ALL_WORDS);
const LAST = set(LAST_WORDS);
const PICKED = set(PICKED_NOUNS);

/** Phrases by their first word, split once: each question is scanned word by word. */
type PhraseIndex = ReadonlyMap<string, readonly (readonly string[])[]>;

function indexPhrases(phrases: readonly string[]): PhraseIndex {
  const index = new Map<string, string[][]>();
  for (const phrase of phrases) {
    const words = phrase.split(' ');
    const first = words[0] ?? '';
    index.set(first, [...(index.get(first) ?? []), words]);
  }
  return index;
}

/** Start and length of each place where one of the phrases occurs in the words. */
function findPhrases(norms: readonly string[], phrases: PhraseIndex): [number, number][] {
  const found: [number, number][] = [];
  // Plain loops: this runs four times on every question, and callbacks here were its garbage.
  for (let i = 0; i < norms.length; i++) {
    const candidates = phrases.get(norms[i] ?? '');
    if (candidates === undefined) continue;
    for (const words of candidates) {
      let k = 0;
      while (k < words.length && norms[i + k] === words[k]) k += 1;
      if (k === words.length) found.push([i, words.length]);
    }
  }
  return found;
}

const CONNECTIVE_PHRASES = indexPhrases(CONNECTIVES);
const RESTRICTOR_PHRASES = indexPhrases(RESTRICTORS);
const ELLIPTIC_PHRASES = indexPhrases(ELLIPTIC_WHICH);
const COUNTRY_PHRASES = indexPhrases(COUNTRY_POINTERS);

/** The position an ordinal at `i` picks, if it picks one: "the second one", "2nd?", "the last". */
function pickAt(tokens: readonly Token[], i: number): number | undefined {
  const norm = tokens[i]?.norm ?? '';
  const figure = /^(\d{1,2})(?:st|nd|rd|th)$/.exec(norm)?.[1];
  const position = LAST.has(norm)
    ? -1
    : (ORDINALS.get(norm) ?? (figure === undefined ? undefined : Number(figure)));
  if (position === undefined || position === 0) return undefined;
  const next = tokens[i + 1];
  // "the third party" names a relation and "the first work package" a work package: an
  // ordinal picks only after "the", before "one" or a partner noun, or on its own.
  if (next !== undefined && PICKED.has(next.norm)) return position;
  if (next !== undefined && !STOPWORDS.has(next.canon)) return undefined;
  const alone = tokens.every((t, k) => k === i || STOPWORDS.has(t.canon));
  return tokens[i - 1]?.norm === 'the' || alone ? position : undefined;
}

/** Finds the words that make a question a follow-up: pointers, connectives, ordinals. */
export function findFollowUpMarkers(question: string): FollowUpMarkers {
  const tokens = tokenize(stripChatMarkup(question));
  const norms = tokens.map((t) => t.norm);
  const consumed = new Set<string>();
  const consume = (start: number, length: number): void => {
    for (let k = start; k < start + length; k++) consumed.add(norms[k] ?? '');
  };
  const connective = Math.max(
    0,
    ...findPhrases(norms, CONNECTIVE_PHRASES)
      .filter(([start]) => start === 0)
      .map(([, length]) => length),
  );
  const restrictors = findPhrases(norms, RESTRICTOR_PHRASES);
  for (const [start, length] of restrictors) consume(start, length);
  let singular = false;
  let plural = false;
  let others = false;
  let all = false;
  let pick: number | undefined;
  let partnerNoun = false;
  tokens.forEach((token, i) => {
    const { norm, canon } = token;
    const next = norms[i + 1];
    const previous = norms[i - 1] ?? '';
    const position = pickAt(tokens, i);
    if (position !== undefined) {
      pick ??= position;
      consume(i, next !== undefined && PICKED.has(next) ? 2 : 1);
    } else if (SINGULAR.has(norm) && token.raw !== 'IT') {
      // "IT" in capitals is Italy's code.
      singular = true;
      consume(i, 1);
    } else if (PLURAL.has(norm)) {
      plural = true;
      consume(i, 1);
    } else if (DEMONSTRATIVE.has(norm) && (next === undefined || PICKED.has(next))) {
      singular = true;
      consume(i, next === undefined ? 1 : 2);
    } else if (OTHERS.has(norm) && next !== 'than') {
      others = true;
      consume(i, 1);
    } else if (ALL.has(norm) && (!LIST_ADJECTIVES.has(norm) || next === 'list')) {
      all = true;
      consume(i, 1);
    } else if (PARTNER_NOUNS.has(canon)) {
      // "which partners" asks for partners; "those partners", "the other ones" point back.
      const pointed = PLURAL.has(previous) || DEMONSTRATIVE.has(previous) || OTHERS.has(previous);
      if (!pointed) partnerNoun = true;
    }
  });
  return {
    connective,
    singular,
    plural,
    restrict: restrictors.length > 0,
    ellipticWhich: findPhrases(norms, ELLIPTIC_PHRASES).length > 0,
    others,
    all,
    pick,
    partnerNoun,
    asksWho: norms.some((n) => n === 'who' || n === 'whom' || n === 'whos'),
    asksWhich: norms.includes('which'),
    country: findPhrases(norms, COUNTRY_PHRASES).length > 0,
    consumed,
  };
}
