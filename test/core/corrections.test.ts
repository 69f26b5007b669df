import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/core/schema/answer.js';
import { splitCorrection } from '../../src/core/understand/corrections.js';
import { realBot } from '../helpers/real-bot.js';

const bot = realBot();
const ids = (answer: Answer): string[] => answer.partners.map((p) => p.id);

describe('splitCorrection', () => {
  it.each([
    [
      'which universities are in Spain? actually, Italy',
      'which universities are in Spain',
      'Italy',
    ],
    ['who heads WP2 — no wait, WP6', 'who heads WP2', 'WP6'],
    [
      'companies in Belgium, sorry I meant the Netherlands',
      'companies in Belgium',
      'the Netherlands',
    ],
    ['or rather Austria', '', 'Austria'],
  ])('%s', (text, question, instead) => {
    expect(splitCorrection(text)).toEqual({ question, instead });
  });

  it.each([
    'actually, who leads WP3?',
    'who actually leads WP3?',
    'I mean, which partners work on radiomics',
    'who leads WP2? actually never mind, which partners are in Austria and what do they do?',
    'which partners are in Spain',
  ])('finds none in %s', (text) => {
    expect(splitCorrection(text)).toBeUndefined();
  });
});

describe('a message that corrects itself', () => {
  it('answers what it meant: the corrected part replaces the question’s own', () => {
    const answer = bot.answer('which universities are in Spain? actually, Italy');
    expect(ids(answer)).toEqual(['unipi']);
    expect(answer.question).toBe('which universities are in Spain? actually, Italy');
    expect(answer.resolvedQuestion).toMatch(/Italy/);
    expect(answer.resolvedQuestion).not.toMatch(/Spain/);
  });

  it('keeps the rest of the question: who leads, the kind asked for', () => {
    expect(ids(bot.answer('who heads WP2 — no wait, WP4'))).toEqual(['uams']);
    expect(bot.answer('which hospitals are in WP2? I mean WP5').headline).toMatch(/WP5/);
  });

  it('follows the last answer when sent alone', () => {
    const first = bot.answer('which partners are in Spain?');
    expect(ids(bot.answer('sorry, I meant Italy', first.context))).toEqual(['lyn', 'unipi']);
  });

  it('asks what a correction names when there is nothing before it to correct', () => {
    const answer = bot.answer('no wait, Austria');
    expect(answer.intent).not.toBe('unknown');
    expect(ids(answer)).toEqual(expect.arrayContaining(['bbmri']));
  });

  it('reads the message whole when the correction is not understood', () => {
    const answer = bot.answer('who works on radiomics? actually blorfish');
    expect(answer.intent).not.toBe('help');
    expect(answer.question).toBe('who works on radiomics? actually blorfish');
  });
});
