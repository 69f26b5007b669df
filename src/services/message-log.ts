import type { Answer } from '../core/schema/answer.js';
import { MAX_QUESTION_LENGTH } from '../core/understand/parse-question.js';
import type { Logger } from '../logger.js';

/** What an adapter reports once it has handled a message. */
export interface HandledMessage {
  adapter: 'slack' | 'teams' | 'terminal';
  /** Where the question came from, e.g. `mention`, `dm`, `command`, `button`. */
  surface: string;
  answer: Pick<Answer, 'intent' | 'confidence' | 'question'>;
  /** `performance.now()` when the message arrived. */
  startedAt: number;
  /** False when the reply could not be sent, even as plain text. */
  delivered: boolean;
}

/**
 * Writes the one structured log line per handled message: adapter, intent, confidence and
 * latency. The question's text is added only at debug level, as it may be personal.
 */
export function logHandledMessage(logger: Logger, message: HandledMessage): void {
  const fields = {
    adapter: message.adapter,
    surface: message.surface,
    intent: message.answer.intent,
    confidence: message.answer.confidence,
    latencyMs: Math.round(performance.now() - message.startedAt),
    delivered: message.delivered,
    // Only the part the core read: a 100 KB message must not become a 100 KB log line.
    ...(logger.isLevelEnabled('debug')
      ? { question: message.answer.question.slice(0, MAX_QUESTION_LENGTH) }
      : {}),
  };
  if (message.delivered) logger.info(fields, 'message handled');
  else logger.warn(fields, 'message handled, reply not delivered');
}
