import { describe, expect, it } from 'vitest';
import { realBot } from '../helpers/real-bot.js';

const bot = realBot();

describe('every way of asking who leads a work package (issue #11, wp-leadership, round 4)', () => {
  it.each([
    ["who's in charge of WP6, the assessment platform one?", 'WP6', ['ub', 'um']],
    ['which partner coordinates WP6 on uncertainty and AI errors?', 'WP6', ['ub', 'um']],
    ['who steers WP7?', 'WP7', ['bbmri', 'eacr', 'eibir', 'emc', 'fcrb', 'lyn', 'onco']],
    [
      'which partner is in charge of WP7 (dissemination and training)?',
      'WP7',
      ['bbmri', 'eacr', 'eibir', 'emc', 'fcrb', 'lyn', 'onco'],
    ],
  ])('%s', (question, wp, members) => {
    const answer = bot.answer(question);
    expect(answer.intent).toBe('work-package');
    expect(answer.text).toContain(`names no leader for ${wp}`);
    expect(answer.partners.map((p) => p.id).sort()).toEqual(members);
  });

  it('names the leader where the document names one', () => {
    const answer = bot.answer('who coordinates WP4?');
    expect(answer.headline).toContain('WP4 is led by **UAMS/TCIA**');
    expect(answer.partners.map((p) => p.id)).toEqual(['uams']);
  });

  it('keeps a task named before the work package as what to rank by', () => {
    const answer = bot.answer('who leads the Clinical Consensus Group in WP2?');
    expect(answer.partners.map((p) => p.id)).toEqual(['umu']);
  });

  it('reads "the main/overall coordinator" as the project coordinator', () => {
    for (const question of [
      "who's the main coordinator here?",
      'who is the overall coordinator?',
    ]) {
      const answer = bot.answer(question);
      expect(answer.intent).toBe('coordinator');
      expect(answer.partners.map((p) => p.id)).toEqual(['ub']);
    }
  });
});
