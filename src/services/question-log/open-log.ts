import { EucanbotError } from '../../core/errors.js';
import type { Logger } from '../../logger.js';
import type { QuestionLogConfig } from '../../question-log-config.js';
import { createQuestionLog, type QuestionLog } from './question-log.js';

/**
 * Opens the log a command was configured with, or none with QUESTION_LOG=off. A file that
 * cannot be created stops the start naming QUESTION_LOG_FILE; a PostgreSQL server that is down
 * does not (it is logged, and the writes retry: see write-queue.ts).
 */
export async function openQuestionLog(
  config: QuestionLogConfig | undefined,
  logger: Logger,
): Promise<QuestionLog | undefined> {
  if (config === undefined) return undefined;
  try {
    return await createQuestionLog(config, logger);
  } catch (cause) {
    const detail = `QUESTION_LOG_FILE: cannot open ${config.file} (${(cause as Error).message}); set QUESTION_LOG_FILE to a writable path, or QUESTION_LOG=off`;
    throw new EucanbotError('CONFIG_INVALID', `Invalid configuration:\n  - ${detail}`, {
      cause,
      details: [detail],
    });
  }
}
