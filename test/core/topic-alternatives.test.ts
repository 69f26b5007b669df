import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/core/schema/answer.js';
import { realBot } from '../helpers/real-bot.js';

const bot = realBot();
const ids = (answer: Answer): string[] => answer.partners.map((p) => p.id);

/**
 * Topics joined by "or" ask for the partners on either one (issue #11, either-or family), as
 * "both … and …" asks for those on every one. Ranked together, a partner on one of them fell
 * under the bar that partners matching both set, and the answer hedged.
 */
describe('topics as alternatives', () => {
  it('lists the partners of each topic, and says "or" in the headline', () => {
    const answer = bot.answer('anyone doing radiomics or federated learning?');
    expect(ids(answer)).toEqual(expect.arrayContaining(['onco', 'um']));
    expect(answer.headline).toMatch(/^On .*radiomics or federated learning:$/i);
  });

  it('is firm where each alternative is the dataset’s own topic', () => {
    const answer = bot.answer('which partners work on data quality or annotation?');
    expect(answer.headline).toBe('On data quality or annotation:');
    expect(ids(answer)).toEqual(expect.arrayContaining(['crg', 'uams', 'gumed']));
  });

  it('keeps a partner on one alternative that partners on both used to crowd out', () => {
    expect(ids(bot.answer('who handles GDPR or consent?'))).toEqual(
      expect.arrayContaining(['tmf', 'bbmri']),
    );
  });

  it('works inside a filter: "Spanish partners on GDPR or ethics"', () => {
    const answer = bot.answer('which Spanish partners do GDPR or ethics');
    expect(answer.headline).toBe('1 partner in Spain on GDPR or ethics:');
    expect(ids(answer)).toEqual(['upv']);
  });

  it('leaves "and", "both … and …" and a mix of "and" and "or" as they were', () => {
    const and = bot.answer('who works on legal and ethics issues?');
    expect(and.headline).toBe('On legal and ethics:');
    const both = bot.answer('who works on both liver cancer and breast cancer?');
    expect(both.headline).not.toContain(' or ');
    const mixed = bot.answer('who does privacy and consent or ethics?');
    expect(mixed.headline).not.toContain(' or ');
  });

  it('carries the reading into a follow-up that only narrows the place', () => {
    const first = bot.answer('who handles GDPR or consent?');
    const spain = bot.answer('and in Spain?', first.context);
    expect(spain.headline).toContain('GDPR');
    expect(first.context?.anyTopic).toBe(true);
  });
});
