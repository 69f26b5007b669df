import { describe, expect, it } from 'vitest';
import { tokenizeAsides } from '../../src/core/understand/asides.js';
import { realBot } from '../helpers/real-bot.js';

/** The words of a message that are set aside, as typed, joined. */
function aside(text: string): string {
  return tokenizeAsides(text)
    .filter((t) => t.aside)
    .map((t) => t.norm)
    .join(' ');
}

describe('clauses about the asker', () => {
  it('sets aside a clause that starts with I, we, my, our or "as a"', () => {
    expect(aside("I'm at one of the universities, who should I ask about radiomics?")).toBe(
      'i m at one of the universities',
    );
    expect(aside("we're a company partner - who handles GDPR")).toBe('we re a company partner');
    expect(aside('as a newbie, who does XNAT')).toBe('as a newbie');
    expect(aside('our lab is in Spain: which partners do radiomics?')).toBe('our lab is in spain');
  });

  it('sets aside a first-person lead-in up to the question inside the clause', () => {
    expect(aside('I need to know who handles GDPR')).toBe('i need to know');
  });

  it('sets aside "… here" clauses, brackets after an aside, sign-offs and the name after them', () => {
    expect(aside('new PM here, which partner does ethics?')).toBe('new pm here');
    expect(aside('im new (started monday) - who leads WP4')).toBe('im new started monday');
    expect(aside('which partners are in Sweden? Best regards, Anna')).toBe('best regards anna');
  });

  it('reads a message whole when no other clause asks something', () => {
    expect(aside('I work on radiomics')).toBe('');
    expect(aside("I'm in Spain, thanks")).toBe('');
  });

  it('keeps a question that starts with a first-person word but asks', () => {
    expect(aside('I want partners in Spain, which ones do radiomics?')).toBe(
      'i want partners in spain',
    );
    expect(aside('who works on radiomics, I am at UB')).toBe('i am at ub');
  });

  it('marks politeness phrases', () => {
    expect(aside('who handles GDPR, thanks in advance')).toBe('thanks in advance');
  });
});

describe('answers with the asker set aside', () => {
  const bot = realBot();
  it('does not filter by what the asker says of themselves', () => {
    const answer = bot.answer('we are at a hospital in Lithuania, who handles anonymisation?');
    expect(answer.intent).toBe('topic');
    expect(answer.partners[0]?.id).toBe('uams');
  });

  it('takes the topic from the aside when the question names nothing', () => {
    const answer = bot.answer(
      "I've been asked to find the people on the cost-benefit analysis, who would that be?",
    );
    expect(answer.partners.map((p) => p.id)).toContain('onco');
  });

  it('sets aside where the asker is, said with a participle, but keeps "based in" as a filter', () => {
    expect(aside('being at a university, who should I ask about ethics?')).toBe(
      'being at a university',
    );
    expect(aside('working at one of the hospitals - who does anonymisation')).toBe(
      'working at one of the hospitals',
    );
    const ethics = bot.answer('being at a university, who should I ask about ethics?');
    expect(ethics.headline).not.toMatch(/universit/i);
    expect(bot.answer('based at Erasmus MC: which partners are companies?').headline).toMatch(
      /^\d+ companies:/,
    );
    expect(bot.answer('which partners are based in Spain?').headline).toBe('5 partners in Spain:');
  });

  it('sets aside arrivals without "I" and the side the asker is on', () => {
    expect(aside('joined last week from BSC, who handles ethics?')).toBe(
      'joined last week from bsc',
    );
    expect(aside('just started in WP3 - who leads it?')).toBe('just started in wp3');
    expect(aside('from the Italian side: who works on radiomics?')).toBe('from the italian side');
    // Neither the partner, the place nor the kind of the aside becomes the question's.
    expect(bot.answer('joined last week from BSC, who handles ethics?').intent).toBe('topic');
    expect(bot.answer('from the Italian side: who works on radiomics?').headline).toBe(
      bot.answer('who works on radiomics?').headline,
    );
    expect(bot.answer('new in the consortium (company side) - who leads WP2?').headline).toBe(
      bot.answer('who leads WP2?').headline,
    );
    // A generic word of the aside is no topic to fall back on.
    expect(bot.answer('just started in WP3 - who leads it?').headline).not.toMatch(/start/);
    // "side" in a question that asks stays the question's.
    expect(aside('who is on the clinical side?')).toBe('');
  });

  it('a work package about the asker is no filter', () => {
    const answer = bot.answer("I'm in WP2 - who leads WP4?");
    expect(answer.workPackages.map((wp) => wp.id)).toEqual(['WP4']);
  });
});
