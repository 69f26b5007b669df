import { describe, expect, it } from 'vitest';
import { answerEach, describeRun } from './answer-each.js';
import { realBot } from './real-bot.js';
import { wordnetLemmas, wordnetQuestions } from './wordnet.js';

/**
 * The test of one half of the WordNet lemmas, alone and in questions: two files run one half
 * each, in parallel, so that each stays under 20 s on a loaded machine (see wordnetQuestions).
 */
export function describeWordnetHalf(half: 0 | 1): void {
  const name = half === 0 ? 'first' : 'second';
  describe(`the ${name} half of WordNet, alone and in questions`, () => {
    it('is answered without a throw', () => {
      const questions = wordnetQuestions(half);
      expect(questions.length).toBeGreaterThan(wordnetLemmas().length / 2 - 1);
      const run = answerEach(realBot(), questions);
      // biome-ignore lint/suspicious/noConsole: the figure goes into docs/RELIABILITY.md.
      console.info(describeRun(`WordNet questions (${name} half)`, run));
      expect(run.failures.slice(0, 20)).toEqual([]);
    }, 60_000);
  });
}
