import { describe, expect, it } from 'vitest';
import { realBot, sortedPartnerIds } from '../helpers/real-bot.js';

const bot = realBot();
const sorted = sortedPartnerIds;

describe('places as people name them (issue #11, places and capitals, round 4)', () => {
  it('reads "the States" as the United States, and keeps "member states" apart', () => {
    expect(sorted('any partners in the states?')).toEqual(['uams']);
    expect(sorted('anyone based in the States?')).toEqual(['uams']);
    expect(sorted('which partners are in the baltic states')).toEqual(['kauno']);
  });

  it('reads the Mediterranean countries from a sourced table and names the source', () => {
    expect(sorted('mediterranean universities?')).toEqual(['ub', 'unipi', 'upv']);
    expect(sorted('companies in mediterranean countries?')).toEqual(['lyn']);
    const answer = bot.answer('anyone in the mediterranean region?');
    expect(answer.partners).toHaveLength(7);
    expect(answer.text).toContain('Encyclopaedia Britannica');
  });

  it('reads a code in capitals after "in" as the place, also where it is an English word', () => {
    expect(bot.answer('UNIVERSITIES IN DE?').text).toContain('No university in Germany');
    expect(sorted('PARTNERS IN SE OR DE')).toEqual(['cmrad', 'sie', 'tmf', 'umu']);
    const norway = bot.answer('any partner in NO, the norwegian ones');
    expect(norway.partners).toEqual([]);
    expect(norway.text).toContain('No partner in Norway');
    expect(bot.answer('which partners are from NO').text).toContain('No partner in Norway');
  });

  it('keeps a code that stands nowhere a place stands as its word', () => {
    expect(bot.answer('who works on AI for breast cancer').intent).toBe('topic');
  });

  it('reads "no … right?" as a statement to confirm, not as leaving out', () => {
    expect(sorted('no universities in sweden right?')).toEqual(['umu']);
    expect(sorted('no hospitals in lithuania, correct?')).toEqual(['kauno']);
    expect(bot.answer('no companies in austria, right?').text).toContain('No company in Austria');
    // Without the tag "no" still leaves out: "no hospitals in WP4" is WP4 without hospitals.
    expect(bot.answer('no hospitals in WP4').headline).toContain('other than hospitals');
  });
});
