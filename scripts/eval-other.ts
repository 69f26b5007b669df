/**
 * The other consortium's part of `npm run eval`: the golden-set checker run on a made-up
 * ocean-observation consortium (test/fixtures/other-consortium/), and how many of its answers
 * name anything of EuCanImage (its name, partners, countries or topics, from its dataset).
 */
import { forbiddenTerms, leaks, readText } from '../test/golden/forbidden-words.js';
import { checkAnswer, loadGoldenSet } from '../test/golden/golden-set.js';
import {
  OTHER_GOLDEN_PATH,
  OTHER_SOURCE_PATH,
  otherBot,
} from '../test/helpers/other-consortium.js';
import { realDataset } from '../test/helpers/real-bot.js';

/** Prints the score on the other consortium's golden set and each failure or leak. */
export function evaluateOtherConsortium(write: (line?: string) => void): void {
  const bot = otherBot();
  const cases = loadGoldenSet(OTHER_GOLDEN_PATH);
  const terms = forbiddenTerms(realDataset(), bot.dataset, readText(OTHER_SOURCE_PATH));
  const problems: string[] = [];
  let passed = 0;
  let leaking = 0;
  for (const c of cases) {
    const answer = bot.answer(c.q);
    const failures = checkAnswer(answer, c.expect);
    const named = leaks(JSON.stringify(answer), terms, c.q);
    if (failures.length === 0) passed += 1;
    if (named.length > 0) leaking += 1;
    for (const problem of [...failures, ...named.map((n) => `names ${n}`)])
      problems.push(`- [${c.family}] ${c.q}: ${problem}`);
  }
  const { name } = bot.dataset.consortium;
  write(
    `Another consortium (${name}, made up: ${bot.dataset.partners.length} partners): ${passed} of ${cases.length} golden questions right (${((100 * passed) / cases.length).toFixed(1)}%); ${leaking} answers name something of EuCanImage (${terms.length} terms read from its dataset).`,
  );
  for (const line of problems) write(line);
}
