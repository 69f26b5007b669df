import { describe, expect, it } from 'vitest';
import { realBot } from '../helpers/real-bot.js';

const bot = realBot();

describe('posts in a hospital or university are staff (issue #11, out-of-scope, fresh set 5)', () => {
  it.each([
    "who's the head of oncology at Kauno",
    'who is the dean of medicine at UB',
    'which professor at UM works on RQS',
    'who is the head of the department at FCRB?',
  ])('says the dataset names no staff: %s', (question) => {
    const answer = bot.answer(question);
    expect(answer.partners).toEqual([]);
    expect(answer.text).toContain("no people's names or staff");
  });

  it('still reads the head of a work package as its leader', () => {
    expect(bot.answer('who is the head of WP4').text).toContain('WP4 is led by');
  });
});
