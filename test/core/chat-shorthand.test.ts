import { describe, expect, it } from 'vitest';
import { expandChatShorthand } from '../../src/core/understand/chat-shorthand.js';
import { realBot, sortedPartnerIds } from '../helpers/real-bot.js';

const bot = realBot();
const sorted = sortedPartnerIds;

describe('chat shorthand for function words (issue #11, chat noise)', () => {
  it('writes the shorthand out as a word on its own, keeping "R&D" and words that hold it', () => {
    expect(expandChatShorthand('which partners r in italy')).toBe('which partners are in italy');
    expect(expandChatShorthand('can u pls tell me')).toBe('can you please tell me');
    expect(expandChatShorthand('who does R&D, are u sure')).toBe('who does R&D, are you sure');
    expect(expandChatShorthand('run the tumour board')).toBe('run the tumour board');
  });

  it('keeps a question typed in capitals in capitals', () => {
    expect(expandChatShorthand('WHO R THE PARTNERS IN WP5')).toBe('WHO ARE THE PARTNERS IN WP5');
  });

  it.each([
    ['which partners r based in austria?', ['bbmri', 'eibir', 'esoi']],
    ['which partners r in italy thx', ['lyn', 'unipi']],
    ['who r the partners in WP5 pls', ['ub', 'um']],
  ])('never sinks a question on a shorthand: %s', (question, expected) => {
    expect(sorted(question)).toEqual(expected);
  });

  it('reads "wat" as "what"', () => {
    const answer = bot.answer('can u tell me wat UB does');
    expect(answer.intent).toBe('partner');
    expect(answer.partners[0]?.id).toBe('ub');
  });
});
