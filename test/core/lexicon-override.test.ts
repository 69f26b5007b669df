import { describe, expect, it } from 'vitest';
import { createBot } from '../../src/core/create-bot.js';
import { groupingsBot, groupingsDataset } from '../helpers/groupings-bot.js';

const ids = (answer: { partners: { id: string }[] }) => answer.partners.map((p) => p.id);

describe('kind words a dataset uses as topics (fixture)', () => {
  const bot = groupingsBot();

  it('reads "industry" as the topic a role lists on its own, not as companies', () => {
    const answer = bot.answer('who works on industry engagement?');
    // CITYNET is no company: a filter of companies would have left it out.
    expect(ids(answer)).toContain('citynet');
    expect(answer.intent).toBe('topic');
  });

  it('reads "society" as the topic the lexicon section declares, not as non-profits', () => {
    const answer = bot.answer('who works on society dialogues?');
    expect(ids(answer)).toEqual(['nbu']);
    expect(answer.intent).toBe('topic');
  });

  it('adds and removes kind words as the lexicon section says', () => {
    const labs = bot.answer('which labs are in Portugal?');
    expect(answer(labs)).toEqual({ intent: 'partners-filter', ids: ['ptl'] });
    // "institute" no longer names research centres here: it is no filter of them.
    expect(bot.answer('which institutes are there?').headline).not.toMatch(/research centres?/);
  });

  it('keeps the built-in reading where the dataset does not say otherwise', () => {
    expect(answer(bot.answer('which companies are in Germany?'))).toEqual({
      intent: 'partners-filter',
      ids: ['mobi'],
    });
  });

  it('reads the words as the built-in lexicon does without the lexicon section', () => {
    const { lexicon: _, ...rest } = groupingsDataset();
    const plain = createBot(rest);
    expect(plain.answer('who works on society dialogues?').headline).toMatch(
      /^No society\/non-profit matches/,
    );
    expect(answer(plain.answer('which institutes are in Finland?')).ids).toEqual(['hui']);
  });
});

function answer(a: { intent: string; partners: { id: string }[] }) {
  return { intent: a.intent, ids: ids(a) };
}
