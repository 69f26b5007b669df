import { describe, expect, it } from 'vitest';
import { realBot } from '../helpers/real-bot.js';

const bot = realBot();

describe('a partner left out of a place stays out (issue #11, negation, round 4)', () => {
  it.each([
    [
      'partners in the US other than UAMS',
      'No partner in the United States, other than UAMS/TCIA.',
    ],
    ['companies in belgium apart from ONCO', 'No company in Belgium, other than ONCO.'],
    ['polish partners excluding GUMed?', 'No partner in Poland, other than GUMed.'],
  ])('lists none when it was the only one: %s', (question, headline) => {
    const answer = bot.answer(question);
    expect(answer.partners).toEqual([]);
    expect(answer.headline).toBe(headline);
  });

  it('lists the rest of the place without it', () => {
    const answer = bot.answer('hospitals in spain other than FCRB');
    expect(answer.headline).toContain('No hospital in Spain, other than FCRB.');
    const ids = answer.partners.map((p) => p.id);
    expect(ids).not.toContain('fcrb');
    expect(ids).toContain('ub');
  });
});
