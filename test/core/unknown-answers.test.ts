import { describe, expect, it } from 'vitest';
import { realBot } from '../helpers/real-bot.js';

describe('an answer that does not know', () => {
  const bot = realBot();

  it('offers the part of the question it understood, and that question works', () => {
    const answer = bot.answer('who can help me with the ethics approval?');
    expect(answer.intent).toBe('unknown');
    expect(answer.partners).toEqual([]);
    expect(answer.headline).toContain('I can answer “Who works on ethics?”');
    expect(answer.suggestions[0]).toEqual({ label: 'ethics', question: 'Who works on ethics?' });
    const followed = bot.answer('Who works on ethics?');
    expect(followed.intent).toBe('topic');
    expect(followed.partners.map((p) => p.id)).toContain('upv');
  });

  it('offers a topic as the dataset writes it, never its stem nor a word of a profile', () => {
    const answer = bot.answer('who can help me with the anonymization approval?');
    expect(answer.intent).toBe('unknown');
    expect(answer.suggestions[0]?.question).toBe('Who works on anonymisation?');
    // "sharing" is only in two profiles: no concept of the dataset, so no question to offer.
    const sharing = bot.answer('who do I talk to about data sharing agreements?');
    expect(sharing.suggestions.map((s) => s.question)).not.toContain('Who works on sharing?');
    // A synonym group's first term ("breast") is not what was asked.
    const screening = bot.answer('who is involved in breast cancer screening');
    expect(screening.suggestions[0]?.question).toBe('Who works on breast cancer?');
  });

  it('offers a country it understood', () => {
    const answer = bot.answer('weather in Spain');
    expect(answer.partners).toEqual([]);
    expect(answer.suggestions.map((s) => s.question)).toContain('Which partners are in Spain?');
  });

  it('does not offer a topic half the partners share', () => {
    const answer = bot.answer('does anyone do lung cancer');
    expect(answer.intent).toBe('unknown');
    expect(answer.suggestions.map((s) => s.question)).not.toContain('Who works on cancer?');
  });
});

describe('a question with invisible characters inside its words', () => {
  const bot = realBot();

  it('reads a soft hyphen or a zero-width space as nothing at all', () => {
    const plain = bot.answer('who handles anonymisation');
    const hyphenated = bot.answer('who handles ano\u00ADnymi\u00ADsation');
    expect(hyphenated.intent).toBe('topic');
    expect(hyphenated.partners.map((p) => p.id)).toEqual(plain.partners.map((p) => p.id));
    expect(hyphenated.headline).toBe(plain.headline);
    const wp = bot.answer('who leads W\u200BP4?');
    expect(wp.intent).toBe('work-package');
    expect(wp.headline).toContain('WP4 is led by **UAMS/TCIA**');
  });
});
