import { randomUUID } from 'node:crypto';
import type { Bot } from '../../core/create-bot.js';
import type { Answer } from '../../core/schema/answer.js';
import { readingOf } from '../../core/understand/question-reading.js';
import type { Surface } from './entry.js';
import type { QuestionLog } from './question-log.js';

/** A fresh answer id: what the feedback controls carry and the log's key. */
export function newAnswerId(): string {
  return randomUUID();
}

/** Who asked, as the platform names them; only a keyed hash of it is stored. */
export interface AskerRef {
  platform: 'slack' | 'teams' | 'terminal';
  /** The platform's user id; undefined (a workflow's post) counts as one anonymous asker. */
  id: string | undefined;
}

/** One answered question, as an adapter reports it. */
export interface AnsweredQuestion {
  answerId: string;
  surface: Surface;
  asker: AskerRef;
  answer: Answer;
  /** The platform's id of the reply, where feedback names the reply rather than the answer. */
  messageRef?: string | undefined;
}

/**
 * The one call every adapter makes once it has answered: queues the question for the log. The
 * row (with what was understood and what not, as the core kept it beside the answer) is built
 * when the queue is written, off the reply path. No log (QUESTION_LOG=off) records nothing.
 */
export function recordAnswer(log: QuestionLog | undefined, bot: Bot, asked: AnsweredQuestion) {
  if (log === undefined) return;
  const { index } = bot;
  const askedAt = new Date().toISOString();
  const { answer, asker } = asked;
  log.record(() => {
    const { unexplained, ...understood } = readingOf(index, answer);
    return {
      id: asked.answerId,
      askedAt,
      surface: asked.surface,
      asker: log.key.pseudonym(asker.platform, asker.id ?? 'anonymous'),
      question: answer.question,
      intent: answer.intent,
      understood,
      unexplained,
      confidence: answer.confidence,
      partners: answer.partners.map((p) => p.id),
      messageKey:
        asked.messageRef === undefined
          ? null
          : log.key.pseudonym(`${asker.platform}-message`, asked.messageRef),
    };
  });
}
