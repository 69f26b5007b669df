import { describe, expect, it } from 'vitest';
import { checkBlind, createPartnerResolver, loadBlindSet } from '../blind/blind-set.js';
import { realBot } from '../helpers/real-bot.js';

/**
 * Lay questions written for issue #11's everyday-words family by the helper that broadened the
 * vocabulary, in the blind set's format, with expected partners checked against the dataset's
 * roles: lay-set.json (123, written before the change; 28.7 % of its in-scope questions passed
 * then) and lay-set-2.json (68, written after it and scored once before any change for it,
 * 78.3 %) and lay-set-3.json (60 + 6 refused, written for round 2 from the concept families of
 * the vocabulary before any change for it: 47 of 60, 78.3 %, and 5 of 6 refused;
 * 59 and 6 after round 2). Each holds out-of-scope questions that must stay refused. The floors keep the
 * scores from falling; `npm run eval -- --blind test/lay/lay-set.json` lists the failures.
 */
const SETS = [
  { file: 'lay-set.json', floor: 94, refusals: 8 },
  { file: 'lay-set-2.json', floor: 55, refusals: 8 },
  { file: 'lay-set-3.json', floor: 59, refusals: 6 },
] as const;

const bot = realBot();
const resolve = createPartnerResolver(bot.dataset);

describe.each(SETS)('lay questions in $file', ({ file, floor, refusals }) => {
  const cases = loadBlindSet(new URL(`./${file}`, import.meta.url).pathname);
  const passed = (wanted: (c: (typeof cases)[number]) => boolean) =>
    cases.filter(
      (c) => wanted(c) && checkBlind(bot.answer(c.question), c.expect, resolve).length === 0,
    ).length;

  it(`answers at least ${floor} of the lay questions right`, () => {
    expect(passed((c) => c.expect.type === 'partners')).toBeGreaterThanOrEqual(floor);
  });

  it('still refuses every out-of-scope question among them', () => {
    expect(passed((c) => c.expect.type === 'none')).toBe(refusals);
  });
});
