import { describe, expect, it } from 'vitest';
import { checkTurn, loadConversations, runConversation } from '../golden/conversations.js';
import { realBot } from '../helpers/real-bot.js';

const conversations = loadConversations();
const bot = realBot();

describe('multi-turn conversations (test/golden/conversations.json)', () => {
  it('has at least 40 conversations of 2 to 5 turns', () => {
    expect(conversations.length).toBeGreaterThanOrEqual(40);
  });

  it.each(conversations.map((c) => [`${c.family}: ${c.id}`, c] as const))('%s', (_name, c) => {
    const answers = runConversation(bot, c);
    const failures = c.turns.flatMap((turn, i) => {
      const answer = answers[i];
      if (answer === undefined) return [`turn ${i + 1} has no answer`];
      return checkTurn(answer, turn).map(
        (f) => `turn ${i + 1} “${turn.q}” (read as “${answer.resolvedQuestion}”): ${f}`,
      );
    });
    expect(failures).toEqual([]);
  });
});
