import { describe, expect, it } from 'vitest';
import { realBot, sortedPartnerIds } from '../helpers/real-bot.js';

const bot = realBot();

describe("the asker's errand is no request (issue #11, chat noise, round 4)", () => {
  it.each([
    ['which partners are in italy? writing them an email', ['lyn', 'unipi']],
    ['partners in the netherlands? preparing a map for the website', ['emc', 'um']],
    ['which universities are in spain, need it for a phone list', ['ub', 'upv']],
    ['good evening from the office, who is in WP6?', ['ub', 'um']],
    ['who is in WP6? sending a mail round after', ['ub', 'um']],
  ])('answers what is asked: %s', (question, expected) => {
    const answer = bot.answer(question);
    expect(answer.text).not.toContain('no contact details');
    expect(sortedPartnerIds(question)).toEqual(expected);
  });

  it('still reads a contact request from what is asked', () => {
    expect(bot.answer("what's UB's email?").text).toContain('no contact details');
    expect(bot.answer('UB email, need to write to them').text).toContain('no contact details');
  });
});

describe('an errand around a partner is no question about the partner', () => {
  it.each([
    ['any good spots near the CRG for sushi?', 'restaurants, cafés or food'],
    ["what's the linkedin page of Lynkeus?", 'contact details'],
    ["what's the teams link for the WP3 meeting?", 'meetings, agendas or call links'],
    ['whats the agenda for the next WP2 call', 'meetings, agendas or call links'],
    ['who is the team leader at Siemens?', "people's names or staff"],
    ['what does a Lynkeus subscription cost?', 'budgets, costs or salaries'],
  ])('%s', (question, says) => {
    const answer = bot.answer(question);
    expect(answer.partners).toEqual([]);
    expect(answer.text).toContain(`has no ${says}`);
  });

  it('keeps the partner where the same words ask about its work', () => {
    expect(bot.answer('who runs the project linkedin?').partners.length).toBeGreaterThan(0);
    // Posting on social media is dissemination work; only an account is a contact detail.
    for (const question of ['who posts on social media for us?', 'who does the twitter posts'])
      expect(bot.answer(question).text).not.toContain('no contact details');
    expect(bot.answer("what's the project's social media account?").text).toContain(
      'no contact details',
    );
    expect(sortedPartnerIds('who does the cost-benefit analysis?')).toEqual(['onco']);
  });
});
