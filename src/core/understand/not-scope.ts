import type { Entity } from '../index/entities.js';
import type { Token } from '../text/normalise.js';

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
      if (!fromList) return start - reach <= 2;
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
