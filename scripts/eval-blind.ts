/**
 * The blind sets' part of `npm run eval`: questions written by someone who read only the
 * consortium description, scored per family, and multi-turn conversations scored whole (a
 * conversation counts only when every turn is right). Reported apart from the golden set,
 * which passes because it was written beside the code.
 */
import type { Answer, Bot } from '../src/core/index.js';
import {
  BlindFamily,
  checkBlind,
  createPartnerResolver,
  loadBlindConversations,
  loadBlindSet,
} from '../test/blind/blind-set.js';

function percent(passed: number, total: number): string {
  return total === 0 ? '–' : `${((100 * passed) / total).toFixed(1)}%`;
}

/** Prints the blind set's score per family, then the conversations', then every failure. */
export function evaluateBlind(
  bot: Bot,
  write: (line?: string) => void,
  files: { set?: string; conversations?: string } = {},
): void {
  const resolve = createPartnerResolver(bot.dataset);
  const cases = loadBlindSet(files.set);
  const failures: string[] = [];
  const tally = new Map<string, { passed: number; total: number }>();
  for (const c of cases) {
    const answer = bot.answer(c.question);
    const missed = checkBlind(answer, c.expect, resolve);
    const t = tally.get(c.family) ?? { passed: 0, total: 0 };
    t.total += 1;
    if (missed.length === 0) t.passed += 1;
    else
      failures.push(
        `- [${c.family}] ${c.question}\n    got: ${answer.intent} [${answer.partners.map((p) => p.id).join(', ')}] “${answer.headline}”\n    ${missed.join('; ')}`,
      );
    tally.set(c.family, t);
  }
  write(
    `Blind set${files.set ? ` ${files.set}` : ''}: ${cases.length} questions written from the description alone.`,
  );
  write();
  write(`${'family'.padEnd(22)} |   n | eucanbot`);
  let passed = 0;
  for (const family of BlindFamily.options) {
    const t = tally.get(family);
    if (!t) continue;
    passed += t.passed;
    write(`${family.padEnd(22)} | ${String(t.total).padStart(3)} | ${percent(t.passed, t.total)}`);
  }
  write(
    `${'overall'.padEnd(22)} | ${String(cases.length).padStart(3)} | ${percent(passed, cases.length)}`,
  );
  const conversations = files.conversations
    ? loadBlindConversations(files.conversations)
    : files.set
      ? []
      : loadBlindConversations();
  let whole = 0;
  const missedTurns: string[] = [];
  for (const conversation of conversations) {
    // Each turn is read in the context the answer before it left, as a chat would.
    let context: Answer['context'] = null;
    let right = true;
    for (const [i, turn] of conversation.turns.entries()) {
      const answer = bot.answer(turn.question, context);
      context = answer.context;
      const missed = checkBlind(answer, turn.expect, resolve);
      if (missed.length === 0) continue;
      right = false;
      missedTurns.push(
        `- [${conversation.id} turn ${i + 1}] ${turn.question}\n    read as: ${answer.resolvedQuestion}\n    got: ${answer.intent} [${answer.partners.map((p) => p.id).join(', ')}] “${answer.headline}”\n    ${missed.join('; ')}`,
      );
    }
    if (right) whole += 1;
  }
  write();
  write(
    `Blind conversations: ${whole} of ${conversations.length} right in every turn (${percent(whole, conversations.length)}).`,
  );
  write();
  write(`eucanbot fails ${failures.length} blind questions:`);
  for (const failure of failures) write(failure);
  write();
  write(`eucanbot misses ${missedTurns.length} turns of the blind conversations:`);
  for (const missed of missedTurns) write(missed);
}
