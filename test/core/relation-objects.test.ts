import { describe, expect, it } from 'vitest';
import { realBot, sortedPartnerIds } from '../helpers/real-bot.js';

const bot = realBot();

describe('a partner named as the object of a relation is not the subject (issue #11, round 4)', () => {
  it.each([
    ["which partner is BBMRI's third party?", 'tmf'],
    ['name the third parties of BBMRI-ERIC', 'tmf'],
  ])('answers from the relation field: %s', (question, id) => {
    const answer = bot.answer(question);
    expect(answer.partners.map((p) => p.id)).toEqual([id]);
    expect(answer.headline).toBe('1 third party of BBMRI-ERIC:');
  });

  it('says so when the partner has none', () => {
    const answer = bot.answer('any third party for UB?');
    expect(answer.partners).toEqual([]);
    expect(answer.headline).toBe('No third party of UB.');
  });

  it('reads the object of the verb as the word the roles use, however it is typed', () => {
    expect(sortedPartnerIds('who liaises with BBMRI and Euro-BioImaging on training?')).toEqual([
      'emc',
    ]);
  });

  it('still profiles a partner that is the subject', () => {
    expect(bot.answer('whose third party is TMF?').partners[0]?.id).toBe('tmf');
    expect(bot.answer('what does BBMRI do?').partners[0]?.id).toBe('bbmri');
  });
});
