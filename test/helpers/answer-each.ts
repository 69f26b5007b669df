import type { Answer } from '../../src/core/index.js';
import { Answer as AnswerSchema } from '../../src/core/index.js';

/** One answer in this many is checked against the schema in full; all are checked for a throw. */
const PARSE_EVERY = 97;

/** What answering many questions found: each failure with its question, and the time taken. */
export interface AnswerEachResult {
  failures: string[];
  count: number;
  ms: number;
}

/**
 * Answers every question, collecting those that throw or give an empty or invalid answer (with
 * the error) rather than stopping at the first, so that one run shows every failing word.
 */
export function answerEach(
  bot: { answer(question: string): Answer },
  questions: Iterable<string>,
): AnswerEachResult {
  const failures: string[] = [];
  let count = 0;
  const started = performance.now();
  for (const question of questions) {
    try {
      const answer = bot.answer(question);
      if (answer.text.trim() === '') failures.push(`${question}: empty text`);
      else if (count % PARSE_EVERY === 0 && !AnswerSchema.safeParse(answer).success)
        failures.push(`${question}: invalid Answer`);
    } catch (error) {
      failures.push(`${question}: ${String(error)}`);
    }
    count += 1;
  }
  return { failures, count, ms: performance.now() - started };
}

/** "147478 questions: 11727 ms, 80 µs each", for the test log and the docs. */
export function describeRun(what: string, { count, ms }: AnswerEachResult): string {
  return `${count} ${what}: ${Math.round(ms)} ms, ${((ms / count) * 1000).toFixed(0)} µs each`;
}
