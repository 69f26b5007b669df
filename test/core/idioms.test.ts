import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/core/text/normalise.js';
import { idiomSpans } from '../../src/core/understand/idiom-spans.js';
import { realBot } from '../helpers/real-bot.js';

const bot = realBot();

describe('phrasal verbs and manner idioms', () => {
  it('are found by inflection base, longest first', () => {
    const spans = (text: string) => idiomSpans(tokenize(text)).map((s) => [s.start, s.length]);
    expect(spans('who figures out the legal side')).toEqual([[1, 2]]);
    expect(spans('knows it off by heart')).toEqual([[2, 3]]);
    expect(spans('who does the legal analysis')).toEqual([]);
  });

  it('neither sink a question nor become its topic', () => {
    expect(bot.answer('who figures out the legal side').headline).toBe('On legal side (legal):');
    expect(
      bot.answer('who knows the big EU privacy rulebook inside out').partners.map((p) => p.id),
    ).toContain('tmf');
  });

  it('leave a term of the vocabulary that holds them to the vocabulary', () => {
    expect(bot.answer('who tidies up the image data').headline).toMatch(/curation/);
  });

  it('make no out-of-scope question answerable', () => {
    expect(bot.answer("what's the weather like inside out").partners).toEqual([]);
    expect(bot.answer('who sorts out the restaurant booking').partners).toEqual([]);
  });
});

describe('a modifier of extent before a topic', () => {
  it('does not make the topic another subject', () => {
    expect(bot.answer('who builds the backbone of the whole system').partners[0]?.id).toBe('bsc');
  });
});

describe('a password', () => {
  it('is refused as a subject the dataset does not hold, not read as a mistyped passport', () => {
    const answer = bot.answer("what's the password for the shared drive");
    expect(answer.partners).toEqual([]);
    expect(answer.headline).toMatch(/no passwords/);
    expect(bot.answer('who implements the AI passport').partners.map((p) => p.id)).toContain('lyn');
  });
});
