import { describe, expect, it } from 'vitest';
import { realBot } from '../helpers/real-bot.js';

const bot = realBot();

describe('a kind word after a partner of that kind names it (issue #11, either-or, fresh set 5)', () => {
  it.each([
    ['liver cancer AI: Siemens or the Radiomics company?', 'onco'],
    ['radiomics quality score, is it Maastricht or the Siemens company?', 'um'],
    ['XNAT linking: the Erasmus hospital or CRG?', 'emc'],
    ['the Umea university or Kauno, who leads the Clinical Consensus Group?', 'umu'],
  ])('answers which of the two: %s', (question, id) => {
    const answer = bot.answer(question);
    expect(answer.partners.map((p) => p.id)).toEqual([id]);
    expect(answer.text).not.toMatch(/is an? (company|hospital|university)/);
  });

  it('still filters by a kind that is no apposition', () => {
    const answer = bot.answer('UB or CRG, which is a company?');
    expect(answer.text).toContain('Neither');
  });
});
