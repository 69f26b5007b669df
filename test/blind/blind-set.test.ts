import { describe, expect, it } from 'vitest';
import { realBot } from '../helpers/real-bot.js';
import {
  BlindFamily,
  checkBlind,
  createPartnerResolver,
  loadBlindConversations,
  loadBlindSet,
} from './blind-set.js';

/**
 * The number of blind questions answered right must never fall: a change that loses blind
 * questions is a regression even when the golden set still passes. Raise it as the score rises;
 * `npm run eval` prints the score and every failure.
 */
const BLIND_FLOOR = 276;

const bot = realBot();
const resolve = createPartnerResolver(bot.dataset);
const cases = loadBlindSet();
const conversations = loadBlindConversations();

describe('blind sets', () => {
  it('hold at least 200 questions in every family and 40 conversations', () => {
    expect(cases.length).toBeGreaterThanOrEqual(200);
    const families = new Set(cases.map((c) => c.family));
    expect(BlindFamily.options.filter((f) => !families.has(f))).toEqual([]);
    expect(conversations.length).toBeGreaterThanOrEqual(40);
  });

  it('name only partners that the dataset has', () => {
    const names = [...cases, ...conversations.flatMap((c) => c.turns)].flatMap(({ expect: e }) =>
      e.type === 'partners' ? [...e.include, ...e.exclude] : e.type === 'leader' ? [e.partner] : [],
    );
    expect(() => names.map(resolve)).not.toThrow();
  });

  it(`are answered right at least ${BLIND_FLOOR} times`, () => {
    const passed = cases.filter(
      (c) => checkBlind(bot.answer(c.question), c.expect, resolve).length === 0,
    ).length;
    expect(passed).toBeGreaterThanOrEqual(BLIND_FLOOR);
  });
});
