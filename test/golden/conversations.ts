import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { Bot } from '../../src/core/create-bot.js';
import type { Answer } from '../../src/core/schema/answer.js';
import { checkAnswer, Expectation } from './golden-set.js';

/** The follow-up form a conversation is mostly about, to group results. */
export const ConversationFamily = z.enum([
  'filter',
  'topic',
  'work-package',
  'partner',
  'pointer',
  'ordinal',
  'all',
  'others',
  'new-question',
  'robust',
  'mixed',
]);

/** One turn: a question, what its answer must satisfy, and whether it is read as a follow-up. */
export const ConversationTurn = z
  .object({
    q: z.string().min(1),
    expect: Expectation,
    followUp: z
      .boolean()
      .optional()
      .describe('true: read against the context; false: a question of its own.'),
  })
  .strict();
export type ConversationTurn = z.infer<typeof ConversationTurn>;

/** A conversation of two to five turns, each answered in the context the one before left. */
export const GoldenConversation = z
  .object({
    id: z.string().min(1),
    family: ConversationFamily,
    turns: z.array(ConversationTurn).min(2).max(5),
  })
  .strict();
export type GoldenConversation = z.infer<typeof GoldenConversation>;

export const CONVERSATIONS_PATH = fileURLToPath(new URL('./conversations.json', import.meta.url));

/** Reads and validates the multi-turn set. */
export function loadConversations(file: string = CONVERSATIONS_PATH): GoldenConversation[] {
  return z
    .array(GoldenConversation)
    .min(1)
    .parse(JSON.parse(readFileSync(file, 'utf8')));
}

/** Every way a turn's answer misses; a follow-up must be read as one, a new question must not. */
export function checkTurn(answer: Answer, turn: ConversationTurn): string[] {
  const failures = checkAnswer(answer, turn.expect);
  const readAsFollowUp = answer.resolvedQuestion !== answer.question;
  if (turn.followUp !== undefined && turn.followUp !== readAsFollowUp)
    failures.push(
      turn.followUp
        ? 'should be read as a follow-up of the conversation'
        : `should be a question of its own, was read as “${answer.resolvedQuestion}”`,
    );
  return failures;
}

/** Answers a conversation turn by turn, each in the context the answer before left. */
export function runConversation(bot: Bot, conversation: GoldenConversation): Answer[] {
  let context: Answer['context'] = null;
  return conversation.turns.map((turn) => {
    const answer = bot.answer(turn.q, context);
    context = answer.context;
    return answer;
  });
}
