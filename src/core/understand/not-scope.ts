import type { Entity } from '../index/entities.js';
import { CLAUSE_FILLERS, CONFIRMATION_TAGS } from '../lexicon/chat-talk.js';
import { phraseAt, type Token } from '../text/normalise.js';

/** Words that join a list: a "not" before its first item reaches the next. */
const LIST_JOINS: ReadonlySet<string> = new Set(['or', 'and', 'nor']);
/** What a "not" can leave out; a topic it cannot (see ParsedQuestion.negatesTopic). */
const EXCLUDABLE: ReadonlySet<Entity['type']> = new Set([
  'partner',
  'country',
  'region',
  'city',
  'kind',
]);

/**
 * Words that may stand between a "not" and what it leaves out without carrying meaning of their
 * own: "but not the ones in Spain", "apart from those based in WP2", "nothing to do with the
 * Austrian one". From round 2 of issue #11's negation family (families-round2.md).
 */
const NOT_FILLERS: ReadonlySet<string> = new Set([
  'the',
  'one',
  'ones',
  'those',
  'that',
  'which',
  'who',
  'are',
  'is',
  'in',
  'from',
  'based',
  'located',
  'also',
]);
/** Meaningful words a "not" reaches across: "not in Spain", "not also in WP7". */
const NOT_REACH = 2;

/**
 * Whether a "not" ending at `end` reaches an item starting at `start`: at most NOT_REACH words
 * between them besides fillers ("not the ones in Spain" reaches Spain).
 */
export function notReaches(tokens: readonly Token[], end: number, start: number): boolean {
  if (start < end) return false;
  const between = tokens.slice(end, start).map((t) => t.canon);
  return between.filter((w) => !NOT_FILLERS.has(w)).length <= NOT_REACH && between.length <= 5;
}

/** Where a "not" reaches in a question, read span by span from left to right. */
export interface NotScope {
  /** Whether a span that starts at this token is negated. */
  reaches(start: number): boolean;
  /** Moves past a span: a "not" opens the scope, a negated item carries it to the next. */
  pass(start: number, length: number, accepted: readonly Entity[], negated: boolean): void;
}

/**
 * What a "not" (or "except", "besides"…) leaves out: the place, kind or partner that starts at
 * most two words after it ("not in Spain"), and the next item of a list joined by "or", "and" or
 * a comma alone ("not in Spain or Italy", "outside the EU or the UK"). In "except universities in Spain", Spain is where to
 * look, not a place to leave out.
 */
export function createNotScope(tokens: readonly Token[]): NotScope {
  let reach = -1;
  let fromList = false;
  return {
    reaches(start) {
      if (reach < 0) return false;
      if (!fromList) return notReaches(tokens, reach, start);
      // "not in Spain or the Baltics": a "the" may open the next item.
      const between = tokens.slice(reach, start).map((t) => t.canon);
      if (between.at(-1) === 'the') between.pop();
      return between.length <= 1 && between.every((word) => LIST_JOINS.has(word));
    },
    pass(start, length, accepted, negated) {
      if (accepted.some((e) => e.type === 'cue' && e.cue === 'not')) {
        reach = start + length;
        fromList = false;
      } else if (negated && accepted.some((e) => EXCLUDABLE.has(e.type))) {
        reach = start + length;
        fromList = true;
      }
    },
  };
}

/** Words that open a yes/no question: "is it true that…", "are there…", "does any…". */
const YES_NO_OPENINGS: ReadonlySet<string> = new Set(['is', 'are', 'does', 'do', 'was', 'were']);

/**
 * Whether a "no" at `at` asks about a set rather than leaving it out: in a yes/no question ("is
 * it true that no company is in WP1?", "are there no hospitals in WP2?") or a statement put up
 * for confirmation ("no companies in WP1, right?") the answer is the set asked about, so the
 * companies in WP1 are shown (issue #11, capitals family of rounds 2 and 4).
 */
export function asksAboutNo(tokens: readonly Token[], at: number): boolean {
  if (tokens[at]?.norm !== 'no') return false;
  if (at > 0 && YES_NO_OPENINGS.has(tokens[0]?.norm ?? '')) return true;
  // "no partners in Norway, right?": a statement put up for confirmation asks about the set.
  const opens = tokens.slice(0, at).every((t) => CLAUSE_FILLERS.has(t.norm));
  return opens && CONFIRMATION_TAGS.some((tag) => endsWith(tokens, tag));
}

function endsWith(tokens: readonly Token[], words: readonly string[]): boolean {
  const start = tokens.length - words.length;
  return start > 0 && phraseAt(tokens, start, words);
}
