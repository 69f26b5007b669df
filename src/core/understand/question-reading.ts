import type { Place } from '../index/entities.js';
import type { KnowledgeIndex } from '../index/knowledge-index.js';
import { parseQuestion } from './parse-question.js';
import type { ParsedQuestion } from './parsed-question.js';

/**
 * What the core read in a question, as plain lists of labels: what a maintainer reads in the
 * question log. A whole question (a follow-up's resolved question) reads alone, with no context.
 */
export interface QuestionReading {
  partners: string[];
  workPackages: string[];
  /** Topics as answers write them: "anonymisation", "scrub (anonymisation)". */
  topics: string[];
  countries: string[];
  places: string[];
  kinds: string[];
  /** What the question left out, each with what it is: "country:Spain", "topic:GDPR". */
  excluded: string[];
  cues: string[];
  /** Content words nothing explained, as typed (lower case). */
  unexplained: string[];
}

function placeLabel(place: Place): string {
  return place.type === 'region' ? place.label : place.name;
}

/** The labels of a parsed question's parts. */
export function describeReading(parsed: ParsedQuestion): QuestionReading {
  const { excluded } = parsed;
  return {
    partners: parsed.partners.map((p) => p.id),
    workPackages: [...parsed.workPackages],
    topics: parsed.topics.map((t) => t.shown),
    countries: [...parsed.countries],
    places: parsed.places.map(placeLabel),
    kinds: [...parsed.kinds, ...parsed.relations],
    excluded: [
      ...excluded.countries.map((c) => `country:${c}`),
      ...excluded.places.map((p) => `place:${placeLabel(p)}`),
      ...excluded.kinds.map((k) => `kind:${k}`),
      ...excluded.partners.map((p) => `partner:${p}`),
      ...excluded.workPackages.map((wp) => `work package:${wp}`),
      ...excluded.topics.map((t) => `topic:${t.shown}`),
    ],
    cues: [...parsed.cues],
    unexplained: [...parsed.unexplained],
  };
}

/**
 * What each answer's question was parsed as, kept beside the answer by createBot: the question log
 * describes it from here rather than read the question a second time (which cost as much as the
 * answer itself). The parse is kept, not its description: most answers are never logged, and
 * describing each one cost every answer about 1.6 KB of garbage.
 *
 * It is a property of the answer itself, under a symbol and not enumerable, so that no spread,
 * JSON or structured clone carries it and it lives exactly as long as the answer. Not a WeakMap:
 * a WeakMap made at start-up lives in V8's old generation, and its young entries' values are
 * copied by every scavenge although their keys (the answers) are already dead. Every parse since
 * the last scavenge was copied: measured on the bench's question mix, the median scavenge took
 * 1.45 ms with the WeakMap and 0.58 ms without (node --trace-gc-nvp, --single-threaded-gc).
 */
const READING = Symbol('question reading');

/** Keeps what an answer's question was parsed as (createBot calls it). */
export function rememberReading(answer: object, parsed: ParsedQuestion): void {
  Object.defineProperty(answer, READING, { value: parsed });
}

/** The parse createBot kept on the answer, if it is still the object createBot returned. */
function keptReading(answer: object): ParsedQuestion | undefined {
  return (answer as { [READING]?: ParsedQuestion })[READING];
}

/**
 * What the core understood of an answer's question: as kept when it answered, or else (an answer
 * that went through JSON) read again from its resolved question, which stands alone.
 */
export function readingOf(
  index: KnowledgeIndex,
  answer: { resolvedQuestion: string },
): QuestionReading {
  return describeReading(keptReading(answer) ?? parseQuestion(index, answer.resolvedQuestion));
}
