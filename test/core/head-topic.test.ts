import { describe, expect, it } from 'vitest';
import { realBot } from '../helpers/real-bot.js';

const bot = realBot();
const ids = (question: string) => bot.answer(question).partners.map((p) => p.id);

describe("a partner that carries the question's weightiest topic", () => {
  it('stays listed when another partner also matches a second topic', () => {
    // CMRAD's annotation role names medical images too; UAMS leads annotation without them.
    const labels = ids('who puts labels on the scans');
    expect(labels[0]).toBe('cmrad');
    expect(labels).toContain('uams');
  });

  it('is ranked after the partners that match more of the question', () => {
    const labels = ids('who puts labels on the scans');
    expect(labels.indexOf('uams')).toBeGreaterThan(labels.indexOf('cmrad'));
  });

  it('leaves a question of one topic as it was', () => {
    expect(ids('who works on annotation')).toEqual(ids('who does annotation'));
  });
});

describe('one unknown noun heading a compound of a concept named clearly', () => {
  it('is the thing the work handles, not another subject', () => {
    expect(bot.answer('who handles patient permission forms').partners[0]?.id).toBe('bbmri');
  });

  it('still sinks a question with no such concept', () => {
    expect(bot.answer('who is the best oncologist?').partners).toEqual([]);
    expect(bot.answer('who won the football trophy').partners).toEqual([]);
    expect(bot.answer('who handles data protection for the committee?').partners).toEqual([]);
  });
});
