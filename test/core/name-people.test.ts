import { describe, expect, it } from 'vitest';
import { realBot } from '../helpers/real-bot.js';

const bot = realBot();

describe('"the X people" are X, not a contact (issue #11, fresh set 5)', () => {
  it.each([
    ['the WP6 people?', ['ub', 'um']],
    ['which WP1 people are not in Spain', ['bbmri', 'cmrad', 'lyn', 'tmf']],
    ['the Radiomics people?', ['onco']],
    ['is it true the Lynkeus people lead WP1?', ['lyn']],
  ])('answers with the partners: %s', (question, ids) => {
    const answer = bot.answer(question);
    expect(answer.intent).not.toBe('not-found');
    expect(answer.partners.map((p) => p.id).sort()).toEqual([...ids].sort());
  });

  it.each(['who are the people at CRG?', 'who is the UB person?', 'contact person at BSC'])(
    'still reads a person to reach as a contact question: %s',
    (question) => {
      expect(bot.answer(question).text).toContain('no contact details');
    },
  );
});
