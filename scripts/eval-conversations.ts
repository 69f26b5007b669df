/**
 * The multi-turn part of `npm run eval`: the conversations of test/golden/conversations.json,
 * each turn answered in the context the answer before it left, scored per family and whole (a
 * conversation counts only when every turn is right).
 */
import type { Bot } from '../src/core/index.js';
import {
  ConversationFamily,
  checkTurn,
  loadConversations,
  runConversation,
} from '../test/golden/conversations.js';

/** Prints how many conversations of each family are right in every turn, then every miss. */
export function evaluateConversations(bot: Bot, write: (line?: string) => void): void {
  const conversations = loadConversations();
  const tally = new Map<string, { passed: number; total: number }>();
  const missed: string[] = [];
  let turns = 0;
  for (const conversation of conversations) {
    const answers = runConversation(bot, conversation);
    let right = true;
    conversation.turns.forEach((turn, i) => {
      turns += 1;
      const answer = answers[i];
      const failures = answer ? checkTurn(answer, turn) : ['no answer'];
      if (failures.length === 0 || answer === undefined) return;
      right = false;
      missed.push(
        `- [${conversation.id} turn ${i + 1}] ${turn.q}\n    read as: ${answer.resolvedQuestion}\n    ${failures.join('; ')}`,
      );
    });
    const t = tally.get(conversation.family) ?? { passed: 0, total: 0 };
    t.total += 1;
    if (right) t.passed += 1;
    tally.set(conversation.family, t);
  }
  const whole = [...tally.values()].reduce((sum, t) => sum + t.passed, 0);
  write(`Conversations: ${conversations.length} of 2 to 5 turns (${turns} turns).`);
  write();
  write(`${'family'.padEnd(14)} |   n | right in every turn`);
  for (const family of ConversationFamily.options) {
    const t = tally.get(family);
    if (t) write(`${family.padEnd(14)} | ${String(t.total).padStart(3)} | ${t.passed}`);
  }
  write(`${'overall'.padEnd(14)} | ${String(conversations.length).padStart(3)} | ${whole}`);
  if (missed.length > 0) {
    write();
    write(`eucanbot misses ${missed.length} turns of the conversations:`);
    for (const line of missed) write(line);
  }
}
