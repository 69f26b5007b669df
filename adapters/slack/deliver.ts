import { ErrorCode, webApi } from '@slack/bolt';
import type { Logger } from '../../src/logger.js';
import type { SlackMessage } from './blocks.js';

/** Web API errors that mean "these blocks are not acceptable"; the text alone may still go. */
const BLOCK_ERRORS = new Set(['invalid_blocks', 'invalid_blocks_format', 'msg_blocks_too_long']);

/** The Slack error code and a safe summary of a failed call, for logs (no request, no token). */
export function describeSlackError(error: unknown): {
  code: string;
  error?: string;
  status?: number;
} {
  if (typeof error !== 'object' || error === null) return { code: 'unknown' };
  const e = error as { code?: string; data?: { error?: string }; statusCode?: number };
  return {
    code: e.code ?? 'unknown',
    ...(e.data?.error ? { error: e.data.error } : {}),
    ...(e.statusCode ? { status: e.statusCode } : {}),
  };
}

function rejectsBlocks(error: unknown): boolean {
  const { code, error: slackError, status } = describeSlackError(error);
  if (code === webApi.ErrorCode.PlatformError) return BLOCK_ERRORS.has(slackError ?? '');
  // A response_url answers 400 for bad blocks and gives no JSON to tell more.
  return code === ErrorCode.RespondError && status === 400;
}

/**
 * Sends a message with its blocks; if Slack rejects the blocks, sends its plain text instead.
 * Never throws: a failure is logged and reported as false, so one bad reply cannot take the
 * process down. Rate limits are retried by the Web API client, honouring Retry-After.
 */
export async function sendWithFallback(
  send: (message: SlackMessage | { text: string }) => Promise<unknown>,
  message: SlackMessage,
  logger: Logger,
  what: string,
): Promise<boolean> {
  try {
    await send(message);
    return true;
  } catch (error) {
    if (!rejectsBlocks(error)) {
      logger.error(
        { adapter: 'slack', what, ...describeSlackError(error) },
        'Slack API call failed',
      );
      return false;
    }
    logger.warn(
      { adapter: 'slack', what, ...describeSlackError(error) },
      'Slack rejected the blocks; sending plain text',
    );
  }
  try {
    await send({ text: message.text });
    return true;
  } catch (error) {
    logger.error({ adapter: 'slack', what, ...describeSlackError(error) }, 'Slack API call failed');
    return false;
  }
}
