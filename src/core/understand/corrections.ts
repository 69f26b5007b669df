import { CORRECTION_OPENINGS, WH_WORDS } from '../lexicon/chat-talk.js';
import { phraseAt, type Token, tokenize } from '../text/normalise.js';

/**
 * Most words a correction says instead: "I mean Italy", "sorry, I meant WP4 and WP5". A longer
 * clause after "actually" is a question or a remark of its own, not a part put right.
 */
const MAX_CORRECTION_WORDS = 5;

/**
 * Where a message may turn to a correction: after punctuation that ends a clause, or a dash.
 * asides.ts's CLAUSE_BREAK also breaks at brackets and emoji; no correction is looked for
 * after those.
 */
const TURN = /[,;:!?.…—–\n]|\s-+\s/g;

/**
 * The longest word of each opening ("wait", "mean", "rather", "scratch"): a message holding none
 * of them holds no correction, and is not tokenised again for one (every question passes here).
 */
const OPENING_KEYS: readonly string[] = [
  ...new Set(
    CORRECTION_OPENINGS.map((words) => words.reduce((a, b) => (b.length > a.length ? b : a))),
  ),
];

/** A message that puts a part of itself right, split: what it asked, and what it meant instead. */
export interface Correction {
  /** The question before the correction; empty when the message is the correction alone. */
  question: string;
  /** The words meant instead, the openings left out: "Italy", "WP4". */
  instead: string;
}

/**
 * Reads a correction of the asker's own words at the end of a message (issue #11): "which
 * partners are in Spain? wait, I mean Italy", "who leads WP3 - sorry, I meant WP4", or one
 * sent alone after an answer: "no wait, Italy". The correction opens with a word of
 * CORRECTION_OPENINGS, asks nothing itself, and is short (MAX_CORRECTION_WORDS); the part it
 * names is put in place of the question's own, as a follow-up puts it ("and in Italy?").
 */
export function splitCorrection(text: string): Correction | undefined {
  const lower = text.toLowerCase();
  if (!OPENING_KEYS.some((key) => lower.includes(key))) return undefined;
  const alone = insteadOf(tokenize(text));
  if (alone !== undefined) return { question: '', instead: alone };
  TURN.lastIndex = 0;
  for (let found = TURN.exec(text); found !== null; found = TURN.exec(text)) {
    const instead = insteadOf(tokenize(text.slice(found.index + found[0].length)));
    const question = text.slice(0, found.index).trim();
    if (instead !== undefined && question !== '') return { question, instead };
  }
  return undefined;
}

/** The words after one or more correction openings, when they make a short correction. */
function insteadOf(tokens: readonly Token[]): string | undefined {
  let at = 0;
  for (let opening = openingAt(tokens, at); opening > 0; opening = openingAt(tokens, at))
    at += opening;
  const rest = tokens.slice(at);
  if (at === 0 || rest.length === 0 || rest.length > MAX_CORRECTION_WORDS) return undefined;
  if (rest.some((t) => WH_WORDS.has(t.norm))) return undefined;
  return rest.map((t) => t.raw).join(' ');
}

/** The length of the correction opening at `at`, or 0. */
function openingAt(tokens: readonly Token[], at: number): number {
  let longest = 0;
  for (const words of CORRECTION_OPENINGS)
    if (words.length > longest && phraseAt(tokens, at, words)) longest = words.length;
  return longest;
}
